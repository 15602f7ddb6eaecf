import type { RaciMatrix } from '@partnership-kit/core';
import {
  canRedo,
  canUndo,
  recordPatches,
  redo as redoHistory,
  undo as undoHistory,
} from '@partnership-kit/core/editing';
import {
  applyRaciAction,
  createRaciHistory,
  createRaciMatrix,
  type RaciAction,
  type RaciActionResult,
  type RaciHistory,
} from '@partnership-kit/core/raci';
import { useCallback, useRef } from 'react';
import { useControllableReducer } from '../hooks/useControllableReducer';

/** Options of {@link useRaciHistory}. */
export interface RaciHistoryOptions {
  readonly value?: RaciMatrix | undefined;
  readonly defaultValue?: RaciMatrix | undefined;
  readonly onValueChange?: ((matrix: RaciMatrix) => void) | undefined;
  readonly readOnly?: boolean | undefined;
  /** How many changes can be undone. Default 100. */
  readonly historyLimit?: number | undefined;
  /**
   * Keep an undo history of this matrix. Default true; false when the app keeps one for the
   * whole document (one undo stack, not two).
   */
  readonly history?: boolean | undefined;
}

/** What a read-only grid answers to any action: nothing changes. */
const refusedReadOnly = (value: RaciMatrix): RaciActionResult => ({
  value,
  patches: [],
  inversePatches: [],
  rejection: { code: 'ACTION_MALFORMED', severity: 'error', path: [], params: {} },
});

/**
 * The matrix (controlled or not) and its undo history. `dispatch` applies an action to the
 * latest matrix and returns what happened, refusal included, so the caller can tell the person.
 * A matrix changed from outside starts a new history.
 */
export function useRaciHistory(options: RaciHistoryOptions) {
  const { readOnly = false, historyLimit = 100, history: keepHistory = true } = options;
  const [matrix, , set] = useControllableReducer<RaciMatrix, never>((state) => state, {
    value: options.value,
    defaultValue: () => options.defaultValue ?? createRaciMatrix(),
    onValueChange: options.onValueChange,
    name: 'RaciMatrix',
  });
  const history = useRef<RaciHistory | null>(null);
  if (history.current === null || history.current.present !== matrix) {
    history.current = createRaciHistory(matrix, { limit: keepHistory ? historyLimit : 0 });
  }
  const dispatch = useCallback(
    (action: RaciAction): RaciActionResult => {
      const current = history.current as RaciHistory;
      if (readOnly) return refusedReadOnly(current.present);
      const result = applyRaciAction(current.present, action, { patches: keepHistory });
      if (result.value !== current.present) {
        history.current = recordPatches(
          current,
          result.value,
          result.patches,
          result.inversePatches,
        );
        if (!keepHistory) history.current = createRaciHistory(result.value, { limit: 0 });
        set(result.value);
      }
      return result;
    },
    [readOnly, keepHistory, set],
  );
  const move = useCallback(
    (step: typeof undoHistory) => {
      const current = history.current as RaciHistory;
      if (readOnly) return false;
      const next = step(current);
      if (next === current) return false;
      history.current = next;
      set(next.present);
      return true;
    },
    [readOnly, set],
  );
  const undo = useCallback(() => move(undoHistory), [move]);
  const redo = useCallback(() => move(redoHistory), [move]);
  return {
    matrix,
    dispatch,
    undo,
    redo,
    canUndo: keepHistory && !readOnly && canUndo(history.current),
    canRedo: keepHistory && !readOnly && canRedo(history.current),
  };
}
