import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb, raciScenarioArb } from '../../test/arbitraries';
import { guideRaci } from '../../test/fixtures/guide-example';
import { createRaciMatrix } from './raci.create';
import { applyRaciAction, nextCycleLetters, type RaciAction, raciReducer } from './raci.reducer';
import { type RaciMatrix, RaciMatrixSchema } from './raci.schema';
import { raciCell } from './raci-cells';

const apply = (matrix: RaciMatrix, ...actions: RaciAction[]) => actions.reduce(raciReducer, matrix);
const en = (text: string) => ({ en: text });

describe('raciReducer', () => {
  describe('given an empty matrix', () => {
    it('builds a matrix with tasks, roles and cells, giving replayable ids', () => {
      const matrix = apply(
        createRaciMatrix(),
        {
          type: 'taskAdd',
          label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
          leadOrganizationId: 'agency-b',
        },
        { type: 'taskAdd', label: en('Job search') },
        { type: 'roleAdd', title: en('Intake worker'), organizationId: 'agency-b' },
        { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['A', 'R'] },
      );
      expect(matrix.tasks).toEqual([
        {
          id: 'task-1',
          label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
          leadOrganizationId: 'agency-b',
          cells: { 'role-1': ['R', 'A'] },
        },
        { id: 'task-2', label: en('Job search'), cells: {} },
      ]);
      expect(matrix.roles).toEqual([
        { id: 'role-1', title: en('Intake worker'), organizationId: 'agency-b' },
      ]);
    });
  });

  describe('taskAdd / roleAdd', () => {
    it('inserts at the given index, clamped to the list', () => {
      const matrix = apply(
        guideRaci(),
        { type: 'taskAdd', id: 'first', label: en('Referral'), index: -5 },
        { type: 'roleAdd', id: 'family', title: en('Family member'), index: 2 },
      );
      expect(matrix.tasks[0]?.id).toBe('first');
      expect(matrix.roles.map((r) => r.id).slice(0, 3)).toEqual([
        'job-coach',
        'employment-specialist',
        'family',
      ]);
    });

    it('refuses an id already taken, or one that cannot be an object key, and says why', () => {
      const start = guideRaci();
      expect(
        applyRaciAction(start, { type: 'taskAdd', id: 'job-search', label: en('Again') }),
      ).toMatchObject({ value: start, rejection: { code: 'ACTION_ID_TAKEN' } });
      expect(
        applyRaciAction(start, { type: 'roleAdd', id: '__proto__', title: en('Bad') }),
      ).toMatchObject({ value: start, rejection: { code: 'ACTION_INVALID_ID' } });
      expect(raciReducer(start, { type: 'taskAdd', id: ' padded', label: en('Bad') })).toBe(start);
      expect(
        raciReducer(start, { type: 'taskAdd', id: 'constructor', label: en('Reserved') }),
      ).toBe(start);
    });
  });

  describe('given an action whose result would not load again', () => {
    const start = guideRaci();
    it.each<[string, unknown, string]>([
      [
        'a label over 500 characters',
        { type: 'taskRename', taskId: 'job-search', label: en('x'.repeat(501)) },
        'ACTION_TEXT_TOO_LONG',
      ],
      [
        'a title over 500 characters',
        { type: 'roleAdd', title: { fr: 'y'.repeat(600) } },
        'ACTION_TEXT_TOO_LONG',
      ],
      [
        'a label in a language the kit does not have',
        { type: 'taskRename', taskId: 'job-search', label: { de: 'Stellensuche' } },
        'ACTION_MALFORMED',
      ],
      ['a label that is a string', { type: 'taskAdd', label: 'Intake' }, 'ACTION_MALFORMED'],
      [
        'a lead organization id that cannot be one',
        { type: 'taskLeadSet', taskId: 'job-search', organizationId: '' },
        'ACTION_INVALID_ID',
      ],
      ['an impossible adoption date', { type: 'adopt', on: '2027-02-30' }, 'ACTION_INVALID_DATE'],
      [
        'an adoption date outside 1900–2199',
        { type: 'adopt', on: '2300-01-01' },
        'ACTION_INVALID_DATE',
      ],
      [
        'letters that are not R, A, C or I',
        { type: 'cellSet', taskId: 'job-search', roleId: 'job-coach', letters: ['X'] },
        'ACTION_INVALID_VALUE',
      ],
      [
        'an unknown task',
        { type: 'cellSet', taskId: 'nope', roleId: 'job-coach', letters: ['R'] },
        'ACTION_UNKNOWN_TARGET',
      ],
      [
        'an unknown role (even one named like a prototype key)',
        { type: 'cellSet', taskId: 'job-search', roleId: 'toString', letters: ['R'] },
        'ACTION_UNKNOWN_TARGET',
      ],
      ['a missing task id', { type: 'taskRemove' }, 'ACTION_MALFORMED'],
      ['an unknown action type', { type: 'explode' }, 'ACTION_MALFORMED'],
    ])('refuses %s, leaves the matrix as it was and says why', (_name, action, code) => {
      const result = applyRaciAction(start, action as RaciAction);
      expect(result.value).toBe(start);
      expect(result.rejection?.code).toBe(code);
    });

    it.each([null, undefined, 42, 'cellSet', [], {}])(
      'ignores %j instead of throwing',
      (action) => {
        expect(() => raciReducer(start, action as unknown as RaciAction)).not.toThrow();
        expect(raciReducer(start, action as unknown as RaciAction)).toBe(start);
      },
    );
  });

  describe('taskRemove / roleRemove', () => {
    it('removes the task with its cells', () => {
      const matrix = raciReducer(guideRaci(), { type: 'taskRemove', taskId: 'job-search' });
      expect(matrix.tasks.map((t) => t.id)).not.toContain('job-search');
    });

    it('removes the role from every row, and keeps rows that never used it', () => {
      const start = apply(
        guideRaci(),
        { type: 'roleAdd', id: 'family', title: en('Family') },
        { type: 'cellSet', taskId: 'job-coaching', roleId: 'family', letters: ['I'] },
      );
      const matrix = raciReducer(start, { type: 'roleRemove', roleId: 'family' });
      expect(raciCell(matrix, 'job-coaching', 'family')).toEqual([]);
      expect(Object.keys(matrix.tasks[5]?.cells ?? {})).not.toContain('family');
      expect(matrix.tasks[0]).toBe(start.tasks[0]);
    });
  });

  describe('taskMove / roleMove', () => {
    it('moves to the target index, clamped, and does nothing for the same place', () => {
      const start = guideRaci();
      const moved = raciReducer(start, { type: 'taskMove', taskId: 'job-coaching', toIndex: 0 });
      expect(moved.tasks[0]?.id).toBe('job-coaching');
      expect(raciCell(moved, 'job-coaching', 'job-coach')).toEqual(['R']);
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
        {
          type: 'taskRename',
          taskId: 'job-coaching',
          label: { fr: 'Accompagnement sur place', en: 'Job coaching on site' },
        },
        { type: 'roleRename', roleId: 'executive', title: en('Executive director') },
        { type: 'roleOrganizationSet', roleId: 'job-coach', organizationId: 'agency-a' },
      );
      expect(matrix.tasks[3]).toMatchObject({ id: 'job-search', leadOrganizationId: 'agency-a' });
      expect(matrix.tasks[4]).not.toHaveProperty('leadOrganizationId');
      expect(matrix.tasks[5]?.label).toEqual({
        fr: 'Accompagnement sur place',
        en: 'Job coaching on site',
      });
      expect(matrix.roles[4]?.title).toEqual(en('Executive director'));
      expect(matrix.roles[0]?.organizationId).toBe('agency-a');
    });
  });

  describe('cellSet', () => {
    it('stores letters in canonical order, once each', () => {
      const matrix = raciReducer(guideRaci(), {
        type: 'cellSet',
        taskId: 'job-search',
        roleId: 'job-coach',
        letters: ['I', 'A', 'A'],
      });
      expect(raciCell(matrix, 'job-search', 'job-coach')).toEqual(['A', 'I']);
    });

    it('empties a cell with []', () => {
      const start = apply(
        createRaciMatrix(),
        { type: 'taskAdd', label: en('T') },
        { type: 'roleAdd', title: en('R') },
        { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['R'] },
      );
      expect(
        raciReducer(start, { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: [] })
          .tasks[0]?.cells,
      ).toEqual({});
    });

    it('returns the same matrix when the letters do not change, and keeps every other row identical', () => {
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
      expect(next.roles).toBe(start.roles);
      expect(next.tasks.filter((task, i) => task !== start.tasks[i]).map((t) => t.id)).toEqual([
        'job-search',
      ]);
    });

    it('returns an adopted matrix to draft (RACI-8)', () => {
      const next = raciReducer(guideRaci(), {
        type: 'cellSet',
        taskId: 'job-search',
        roleId: 'job-coach',
        letters: ['I'],
      });
      expect(next.status).toBe('draft');
      expect(next).not.toHaveProperty('adoptedOn');
    });
  });

  describe('cellCycle', () => {
    it('walks empty → R → A → C → I → empty', () => {
      const seen: string[] = [];
      let matrix = apply(
        createRaciMatrix(),
        { type: 'taskAdd', label: en('T') },
        { type: 'roleAdd', title: en('R') },
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
      const same = adopted.tasks[3]?.label ?? {};
      expect(
        raciReducer(adopted, { type: 'taskRename', taskId: 'job-search', label: { ...same } }),
      ).toBe(adopted);
      const edited = raciReducer(adopted, {
        type: 'taskRename',
        taskId: 'job-search',
        label: en('Job hunting'),
      });
      expect(edited.status).toBe('draft');
      expect(edited.adoptedOn).toBeUndefined();
    });

    it('keeps the adoption when only the notes change', () => {
      const noted = raciReducer(guideRaci(), {
        type: 'notesSet',
        notes: en('Reviewed with staff'),
      });
      expect(noted).toMatchObject({ status: 'adopted', notes: en('Reviewed with staff') });
    });
  });

  describe('for any sequence of actions (item 13 of G1)', () => {
    it('gives a matrix the schema accepts, with no cell of a missing role and no empty cell', () => {
      fc.assert(
        fc.property(raciScenarioArb(raciReducer), ({ start, actions }) => {
          const matrix = actions.reduce(raciReducer, start);
          expect(RaciMatrixSchema.safeParse(matrix).success).toBe(true);
          const roleIds = new Set(matrix.roles.map((r) => r.id));
          for (const task of matrix.tasks) {
            for (const [roleId, letters] of Object.entries(task.cells)) {
              expect(roleIds.has(roleId)).toBe(true);
              expect(letters.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 1000 },
      );
    }, 120_000);

    it('never throws on hostile actions and never lets one through unchecked', () => {
      fc.assert(
        fc.property(fc.array(hostileActionArb, { maxLength: 8 }), (actions) => {
          const matrix = actions.reduce<RaciMatrix>(
            (m, a) => raciReducer(m, a as RaciAction),
            guideRaci(),
          );
          expect(RaciMatrixSchema.safeParse(matrix).success).toBe(true);
        }),
        { numRuns: 1000 },
      );
    }, 120_000);

    it('never mutates the matrix it was given', () => {
      fc.assert(
        fc.property(raciScenarioArb(raciReducer), ({ start, actions }) => {
          const before = structuredClone(start);
          actions.reduce(raciReducer, start);
          expect(start).toEqual(before);
        }),
        { numRuns: 300 },
      );
    }, 60_000);
  });
});
