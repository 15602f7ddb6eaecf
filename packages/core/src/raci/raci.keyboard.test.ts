import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { guideRaci } from '../../test/fixtures/guide-example';
import { groupRaciIssues } from './raci.issues';
import { raciKeyCommand } from './raci.keyboard';
import { moveRaciFocus } from './raci.navigation';
import { raciReducer } from './raci.reducer';
import { validateRaci } from './raci.rules';
import { raciCell } from './raci-cells';

// The guide's matrix: rows 1–6 are tasks, columns 2–6 roles (job coach … executive).
const matrix = guideRaci();
const at = (row: number, col: number) => ({ row, col });

describe('raciKeyCommand (one keyboard contract for every grid)', () => {
  it('sets a letter on a role cell, and Shift+letter adds or removes it', () => {
    expect(raciKeyCommand({ key: 'a' }, at(4, 2), matrix)).toEqual({
      kind: 'action',
      action: { type: 'cellSet', taskId: 'job-search', roleId: 'job-coach', letters: ['A'] },
      focus: at(4, 2),
    });
    // Discovery: the job coach is R; Shift+A makes it R/A, then Shift+R leaves A.
    const shiftA = raciKeyCommand({ key: 'A', shiftKey: true }, at(3, 2), matrix);
    expect(shiftA?.kind === 'action' && shiftA.action).toMatchObject({ letters: ['R', 'A'] });
    const ra = raciReducer(matrix, shiftA?.kind === 'action' ? shiftA.action : { type: 'reopen' });
    const shiftR = raciKeyCommand({ key: 'R', shiftKey: true }, at(3, 2), ra);
    expect(shiftR?.kind === 'action' && shiftR.action).toMatchObject({ letters: ['A'] });
  });

  it('cycles with Space and Enter, clears with Delete, and opens the letter picker with F2', () => {
    expect(raciKeyCommand({ key: ' ' }, at(1, 2), matrix)).toMatchObject({
      kind: 'action',
      action: { type: 'cellCycle' },
    });
    expect(raciKeyCommand({ key: 'Enter' }, at(1, 2), matrix)).toMatchObject({
      kind: 'action',
      action: { type: 'cellCycle' },
    });
    expect(raciKeyCommand({ key: 'Delete' }, at(1, 2), matrix)).toMatchObject({
      action: { type: 'cellSet', letters: [] },
    });
    expect(raciKeyCommand({ key: 'F2' }, at(1, 2), matrix)).toEqual({
      kind: 'menu',
      taskId: 'intake-forms',
      roleId: 'job-coach',
    });
  });

  it('opens the editor of what is focused: a task name, a lead organization (not the name), a role', () => {
    expect(raciKeyCommand({ key: 'Enter' }, at(2, 0), matrix)).toEqual({
      kind: 'edit',
      target: 'task',
      id: 'assessment',
    });
    expect(raciKeyCommand({ key: 'F2' }, at(2, 1), matrix)).toEqual({
      kind: 'edit',
      target: 'lead',
      id: 'assessment',
    });
    expect(raciKeyCommand({ key: 'Enter' }, at(0, 3), matrix)).toEqual({
      kind: 'edit',
      target: 'role',
      id: 'employment-specialist',
    });
    expect(raciKeyCommand({ key: 'r' }, at(2, 0), matrix)).toBeNull();
  });

  it('reorders with Alt+arrows, focus following the moved task or role', () => {
    expect(raciKeyCommand({ key: 'ArrowUp', altKey: true }, at(3, 4), matrix)).toEqual({
      kind: 'action',
      action: { type: 'taskMove', taskId: 'discovery', toIndex: 1 },
      focus: at(2, 4),
    });
    expect(raciKeyCommand({ key: 'ArrowRight', altKey: true }, at(0, 6), matrix)).toMatchObject({
      action: { type: 'roleMove', roleId: 'executive', toIndex: 4 },
      focus: at(0, 6),
    });
  });

  it('undoes and redoes with Ctrl (or Cmd) + Z, Shift for redo, or Ctrl+Y', () => {
    expect(raciKeyCommand({ key: 'z', ctrlKey: true }, at(1, 2), matrix)).toEqual({ kind: 'undo' });
    expect(raciKeyCommand({ key: 'Z', metaKey: true, shiftKey: true }, at(1, 2), matrix)).toEqual({
      kind: 'redo',
    });
    expect(raciKeyCommand({ key: 'y', ctrlKey: true }, at(1, 2), matrix)).toEqual({ kind: 'redo' });
  });

  it('moves focus exactly as moveRaciFocus does, for any position and navigation key', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    const keys = [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...keys),
        fc.boolean(),
        (row, col, k, ctrl) => {
          const key = { key: k, ctrlKey: ctrl };
          expect(raciKeyCommand(key, at(row, col), matrix)).toEqual({
            kind: 'focus',
            focus: moveRaciFocus(matrix, at(row, col), key),
          });
        },
      ),
    );
  });

  it('only moves in a read-only grid', () => {
    for (const key of [
      { key: 'r' },
      { key: 'Delete' },
      { key: 'z', ctrlKey: true },
      { key: 'ArrowUp', altKey: true },
      { key: 'Enter' },
    ]) {
      expect(raciKeyCommand(key, at(1, 2), matrix, { readOnly: true })).toBeNull();
    }
    expect(raciKeyCommand({ key: 'ArrowDown' }, at(1, 2), matrix, { readOnly: true })).toEqual({
      kind: 'focus',
      focus: at(2, 2),
    });
  });

  it('gives actions the reducer accepts, wherever focus is', { timeout: PROPERTY_TEST_MS }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('r', 'a', 'c', 'i', 'R', ' ', 'Enter', 'Delete'),
        fc.boolean(),
        (row, col, k, shift) => {
          const command = raciKeyCommand({ key: k, shiftKey: shift }, at(row, col), matrix);
          const set =
            command?.kind === 'action' && command.action.type === 'cellSet' ? command.action : null;
          // Commands other than a letter change have nothing to apply: compare undefined with undefined.
          const applied = set
            ? raciCell(raciReducer(matrix, set), set.taskId, set.roleId)
            : undefined;
          expect(applied).toEqual(set?.letters);
        },
      ),
    );
  });
});

describe('groupRaciIssues', () => {
  it('puts each issue where it is, the cells of RACI-6 included, without knowing any code', () => {
    const broken = raciReducer(matrix, {
      type: 'cellSet',
      taskId: 'job-search',
      roleId: 'executive',
      letters: ['A'],
    });
    const withRole = raciReducer(broken, {
      type: 'roleAdd',
      id: 'family',
      title: { en: 'Family' },
    });
    const groups = groupRaciIssues(validateRaci(withRole, { organizations: [] }));
    expect(
      groups.byCell
        .get('job-search')
        ?.get('executive')
        ?.map((i) => i.code),
    ).toEqual(['RACI_MULTIPLE_ACCOUNTABLE']);
    expect(
      groups.byCell
        .get('job-search')
        ?.get('program-manager')
        ?.map((i) => i.code),
    ).toEqual(['RACI_MULTIPLE_ACCOUNTABLE']);
    expect(groups.byRole.get('family')?.map((i) => i.code)).toEqual(['RACI_ROLE_UNUSED']);
    expect(groups.byTask.get('job-search')?.map((i) => i.code)).toContain(
      'RACI_MULTIPLE_ACCOUNTABLE',
    );
    expect(groups.matrix).toEqual([]);
    const empty = groupRaciIssues(validateRaci({ ...withRole, tasks: [] }, { organizations: [] }));
    expect(empty.matrix.map((i) => i.code)).toEqual(['RACI_NO_TASKS']);
  });
});
