import { createHistory, type History, recordPatches } from '../common/history';
import { applyRaciAction, type RaciAction } from './raci.reducer';
import type { RaciMatrix } from './raci.schema';

/** A RACI matrix with its undo and redo stacks. */
export type RaciHistory = History<RaciMatrix>;

/**
 * Starts an undo history for a RACI matrix; use {@link raciHistoryReducer} to change it and the
 * generic {@link undo} / {@link redo} to move through it.
 *
 * @example
 * ```ts
 * let history = createRaciHistory(matrix);
 * history = raciHistoryReducer(history, { type: 'cellSet', taskId: 't1', roleId: 'r1', letters: ['A'] });
 * history = undo(history); // the matrix as it was
 * ```
 */
export function createRaciHistory(matrix: RaciMatrix, options: { limit?: number } = {}) {
  return createHistory(matrix, options);
}

/**
 * Applies a {@link RaciAction} to the present matrix and records it for undo (a refused or
 * empty action records nothing). Usable directly as a `useReducer` reducer.
 *
 * @example
 * ```ts
 * const [history, dispatch] = useReducer(raciHistoryReducer, matrix, createRaciHistory);
 * ```
 */
export function raciHistoryReducer(history: RaciHistory, action: RaciAction): RaciHistory {
  const result = applyRaciAction(history.present, action, { patches: true });
  return recordPatches(history, result.value, result.patches, result.inversePatches);
}
