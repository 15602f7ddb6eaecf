import type { RaciMatrix } from './raci.schema';
import type { RaciLetter } from './raci-letter.schema';

const EMPTY: readonly RaciLetter[] = Object.freeze([]);

/**
 * The cells of one task, by role id, or `undefined` when the task has none. Only the matrix's
 * own entries count: an id such as `constructor` must not find `Object.prototype.constructor`.
 *
 * @example
 * ```ts
 * raciRow(matrix, 'intake-forms'); // { 'intake-worker': ['R'], 'program-manager': ['A'], … }
 * ```
 */
export function raciRow(
  matrix: Pick<RaciMatrix, 'cells'>,
  taskId: string,
): Readonly<Record<string, readonly RaciLetter[]>> | undefined {
  return Object.hasOwn(matrix.cells, taskId) ? matrix.cells[taskId] : undefined;
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
  matrix: Pick<RaciMatrix, 'cells'>,
  taskId: string,
  roleId: string,
): readonly RaciLetter[] {
  const row = raciRow(matrix, taskId);
  return row && Object.hasOwn(row, roleId) ? (row[roleId] ?? EMPTY) : EMPTY;
}
