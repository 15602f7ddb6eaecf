import type { RaciMatrix, RaciTask } from './raci.schema';
import type { RaciLetter } from './raci-letter.schema';

const EMPTY: readonly RaciLetter[] = /* @__PURE__ */ (() => Object.freeze([]))();

// Where each task is in a tasks array, by id. Built once per array; a reducer that makes a new
// array with the same tasks in the same order (a cell edit) hands the map over, so a chain of
// edits never scans the matrix.
const indexes = /* @__PURE__ */ (() =>
  new WeakMap<readonly RaciTask[], ReadonlyMap<string, number>>())();

/** The index of a task in the matrix, or -1. */
export function taskIndex(matrix: Pick<RaciMatrix, 'tasks'>, taskId: string): number {
  let index = indexes.get(matrix.tasks);
  if (!index) {
    const built = new Map<string, number>();
    matrix.tasks.forEach((task, i) => {
      if (!built.has(task.id)) built.set(task.id, i);
    });
    indexes.set(matrix.tasks, built);
    index = built;
  }
  return index.get(taskId) ?? -1;
}

/** Lets `next` reuse the task index of `previous`: same tasks, same order, same ids. */
export function shareTaskIndex(previous: readonly RaciTask[], next: readonly RaciTask[]): void {
  const index = indexes.get(previous);
  if (index) indexes.set(next, index);
}

/**
 * The cells of one task, by role id, or `undefined` when the task does not exist. Only the
 * row's own entries count: an id such as `constructor` must not find `Object.prototype`.
 *
 * @example
 * ```ts
 * raciRow(matrix, 'intake-forms'); // { 'intake-worker': ['R'], 'program-manager': ['A'], … }
 * ```
 */
export function raciRow(
  matrix: Pick<RaciMatrix, 'tasks'>,
  taskId: string,
): Readonly<Record<string, readonly RaciLetter[]>> | undefined {
  return matrix.tasks[taskIndex(matrix, taskId)]?.cells;
}

/**
 * The letters of one role in one task's row, `[]` when the cell is empty.
 *
 * @example
 * ```ts
 * taskCell(task, 'job-coach'); // ['R']
 * ```
 */
export function taskCell(
  task: Pick<RaciTask, 'cells'> | undefined,
  roleId: string,
): readonly RaciLetter[] {
  return task && Object.hasOwn(task.cells, roleId) ? (task.cells[roleId] ?? EMPTY) : EMPTY;
}

/**
 * The letters in one cell, `[]` when it is empty.
 *
 * @example
 * ```ts
 * raciCell(matrix, 'discovery', 'job-coach'); // ['R']
 * ```
 */
export function raciCell(
  matrix: Pick<RaciMatrix, 'tasks'>,
  taskId: string,
  roleId: string,
): readonly RaciLetter[] {
  return taskCell(matrix.tasks[taskIndex(matrix, taskId)], roleId);
}
