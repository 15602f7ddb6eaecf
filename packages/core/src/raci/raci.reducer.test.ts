import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raciScenarioArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { guideRaci } from '../../test/fixtures/guide-example';
import { createRaciMatrix } from './raci.create';
import { nextCycleLetters, type RaciAction, raciReducer } from './raci.reducer';
import type { RaciMatrix } from './raci.schema';
import { raciCell } from './raci-cells';

const apply = (matrix: RaciMatrix, ...actions: RaciAction[]) => actions.reduce(raciReducer, matrix);

describe('raciReducer', () => {
  describe('given an empty matrix', () => {
    it('builds a matrix with tasks, roles and cells, giving replayable ids', () => {
      const matrix = apply(
        createRaciMatrix(),
        { type: 'taskAdd', label: 'Intake forms', leadOrganizationId: 'agency-b' },
        { type: 'taskAdd', label: 'Job search' },
        { type: 'roleAdd', title: 'Intake worker', organizationId: 'agency-b' },
        { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['A', 'R'] },
      );
      expect(matrix.tasks).toEqual([
        { id: 'task-1', label: 'Intake forms', leadOrganizationId: 'agency-b' },
        { id: 'task-2', label: 'Job search' },
      ]);
      expect(matrix.roles).toEqual([
        { id: 'role-1', title: 'Intake worker', organizationId: 'agency-b' },
      ]);
      expect(matrix.cells).toEqual({ 'task-1': { 'role-1': ['R', 'A'] } });
    });
  });

  describe('taskAdd / roleAdd', () => {
    it('inserts at the given index, clamped to the list', () => {
      const matrix = apply(
        guideRaci(),
        { type: 'taskAdd', id: 'first', label: 'Referral', index: -5 },
        { type: 'roleAdd', id: 'family', title: 'Family member', index: 2 },
      );
      expect(matrix.tasks[0]?.id).toBe('first');
      expect(matrix.roles.map((r) => r.id).slice(0, 3)).toEqual([
        'job-coach',
        'employment-specialist',
        'family',
      ]);
    });

    it('ignores an id already taken, or one that cannot be an object key', () => {
      const start = guideRaci();
      expect(raciReducer(start, { type: 'taskAdd', id: 'job-search', label: 'Again' })).toBe(start);
      expect(raciReducer(start, { type: 'roleAdd', id: '__proto__', title: 'Bad' })).toBe(start);
      expect(raciReducer(start, { type: 'taskAdd', id: ' padded', label: 'Bad' })).toBe(start);
    });
  });

  describe('taskRemove / roleRemove', () => {
    it('removes the cells with the task, leaving no dangling reference', () => {
      const matrix = raciReducer(guideRaci(), { type: 'taskRemove', taskId: 'job-search' });
      expect(matrix.tasks.map((t) => t.id)).not.toContain('job-search');
      expect(Object.keys(matrix.cells)).not.toContain('job-search');
    });

    it('removes the role from every row, and keeps rows that never used it', () => {
      const start = apply(
        guideRaci(),
        { type: 'roleAdd', id: 'family', title: 'Family' },
        { type: 'cellSet', taskId: 'job-coaching', roleId: 'family', letters: ['I'] },
      );
      const matrix = raciReducer(start, { type: 'roleRemove', roleId: 'family' });
      expect(raciCell(matrix, 'job-coaching', 'family')).toEqual([]);
      expect(matrix.cells['intake-forms']).toBe(start.cells['intake-forms']);
    });
  });

  describe('taskMove / roleMove', () => {
    it('moves to the target index, clamped, and does nothing for the same place', () => {
      const start = guideRaci();
      const moved = raciReducer(start, { type: 'taskMove', taskId: 'job-coaching', toIndex: 0 });
      expect(moved.tasks[0]?.id).toBe('job-coaching');
      expect(raciReducer(start, { type: 'taskMove', taskId: 'intake-forms', toIndex: 0 })).toBe(
        start,
      );
      expect(
        raciReducer(start, { type: 'roleMove', roleId: 'job-coach', toIndex: 99 }).roles.at(-1)?.id,
      ).toBe('job-coach');
    });
  });

  describe('taskLeadSet, taskRename, roleRename, roleOrganizationSet', () => {
    it('sets and clears values', () => {
      const matrix = apply(
        guideRaci(),
        { type: 'taskLeadSet', taskId: 'job-search', organizationId: 'agency-a' },
        { type: 'taskLeadSet', taskId: 'job-matching', organizationId: undefined },
        { type: 'taskRename', taskId: 'job-coaching', label: 'Job coaching on site' },
        { type: 'roleRename', roleId: 'executive', title: 'Executive director' },
        { type: 'roleOrganizationSet', roleId: 'job-coach', organizationId: 'agency-a' },
      );
      expect(matrix.tasks[3]).toEqual({
        id: 'job-search',
        label: 'Job search',
        leadOrganizationId: 'agency-a',
      });
      expect(matrix.tasks[4]).toEqual({ id: 'job-matching', label: 'Job matching' });
      expect(matrix.tasks[5]?.label).toBe('Job coaching on site');
      expect(matrix.roles[4]?.title).toBe('Executive director');
      expect(matrix.roles[0]?.organizationId).toBe('agency-a');
    });
  });

  describe('cellSet', () => {
    it('stores letters in canonical order, once each, dropping anything else', () => {
      const matrix = raciReducer(guideRaci(), {
        type: 'cellSet',
        taskId: 'job-search',
        roleId: 'job-coach',
        letters: ['I', 'A', 'X', 'A'] as never,
      });
      expect(raciCell(matrix, 'job-search', 'job-coach')).toEqual(['A', 'I']);
    });

    it('empties a cell with [] and drops a row left empty', () => {
      const start = apply(
        createRaciMatrix(),
        { type: 'taskAdd', label: 'T' },
        { type: 'roleAdd', title: 'R' },
        { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['R'] },
      );
      expect(
        raciReducer(start, { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: [] })
          .cells,
      ).toEqual({});
    });

    it('ignores cells of unknown tasks or roles', () => {
      const start = guideRaci();
      expect(
        raciReducer(start, {
          type: 'cellSet',
          taskId: 'nope',
          roleId: 'job-coach',
          letters: ['R'],
        }),
      ).toBe(start);
      expect(
        raciReducer(start, {
          type: 'cellSet',
          taskId: 'job-search',
          roleId: 'toString',
          letters: ['R'],
        }),
      ).toBe(start);
      expect(raciReducer(start, { type: 'taskAdd', id: 'constructor', label: 'Reserved' })).toBe(
        start,
      );
    });

    it('returns the same matrix when the letters do not change, and keeps other rows identical', () => {
      const start = guideRaci();
      expect(
        raciReducer(start, {
          type: 'cellSet',
          taskId: 'job-search',
          roleId: 'job-coach',
          letters: ['C'],
        }),
      ).toBe(start);
      const next = raciReducer(start, {
        type: 'cellSet',
        taskId: 'job-search',
        roleId: 'job-coach',
        letters: ['I'],
      });
      expect(next).not.toBe(start);
      expect(next.tasks).toBe(start.tasks);
      expect(next.roles).toBe(start.roles);
      const others = start.tasks.filter((task) => task.id !== 'job-search');
      expect(others.every((task) => next.cells[task.id] === start.cells[task.id])).toBe(true);
    });
  });

  describe('cellCycle', () => {
    it('walks empty → R → A → C → I → empty', () => {
      const seen: string[] = [];
      let matrix = apply(
        createRaciMatrix(),
        { type: 'taskAdd', label: 'T' },
        { type: 'roleAdd', title: 'R' },
      );
      for (let i = 0; i < 5; i += 1) {
        matrix = raciReducer(matrix, { type: 'cellCycle', taskId: 'task-1', roleId: 'role-1' });
        seen.push(raciCell(matrix, 'task-1', 'role-1').join('') || '—');
      }
      expect(seen).toEqual(['R', 'A', 'C', 'I', '—']);
    });

    it('moves a combined cell on from its last letter', () => {
      expect(nextCycleLetters(['R', 'A'])).toEqual(['C']);
      expect(nextCycleLetters(['C', 'I'])).toEqual([]);
    });
  });

  describe('adopt / reopen (RACI-8)', () => {
    it('adopts with a date, and reopens to a draft', () => {
      const draft = raciReducer(guideRaci(), { type: 'reopen' });
      expect(draft).toMatchObject({ status: 'draft' });
      expect(draft.adoptedOn).toBeUndefined();
      expect(raciReducer(draft, { type: 'adopt', on: '2026-12-01' })).toMatchObject({
        status: 'adopted',
        adoptedOn: '2026-12-01',
      });
    });

    it('returns an adopted matrix to draft when its content changes, not when an edit is a no-op', () => {
      const adopted = guideRaci();
      expect(
        raciReducer(adopted, { type: 'taskRename', taskId: 'job-search', label: 'Job search' }),
      ).toBe(adopted);
      const edited = raciReducer(adopted, {
        type: 'taskRename',
        taskId: 'job-search',
        label: 'Job hunting',
      });
      expect(edited.status).toBe('draft');
      expect(edited.adoptedOn).toBeUndefined();
    });
  });

  describe('for any sequence of actions', () => {
    it('never leaves a cell pointing at a missing task or role, nor an empty cell', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(raciScenarioArb(raciReducer), ({ start, actions }) => {
          const matrix = actions.reduce(raciReducer, start);
          const taskIds = new Set(matrix.tasks.map((t) => t.id));
          const roleIds = new Set(matrix.roles.map((r) => r.id));
          expect(taskIds.size).toBe(matrix.tasks.length);
          expect(roleIds.size).toBe(matrix.roles.length);
          for (const [taskId, row] of Object.entries(matrix.cells)) {
            expect(taskIds.has(taskId)).toBe(true);
            for (const [roleId, letters] of Object.entries(row)) {
              expect(roleIds.has(roleId)).toBe(true);
              expect(letters.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('never mutates the matrix it was given', { timeout: PROPERTY_TEST_MS }, () => {
      fc.assert(
        fc.property(raciScenarioArb(raciReducer), ({ start, actions }) => {
          const before = structuredClone(start);
          actions.reduce(raciReducer, start);
          expect(start).toEqual(before);
        }),
        { numRuns: 300 },
      );
    });
  });
});
