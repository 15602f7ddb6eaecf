import type { RaciMatrix } from '@partnership-kit/core';
import type { RaciFocus } from '@partnership-kit/core/raci';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';

/**
 * The grid's focus (WAI-ARIA grid: one cell in the tab order), clamped to the matrix as tasks
 * and roles come and go, and moved into the DOM after the render that asked for it. While a
 * dialog or the letter picker is open (`paused`), DOM focus stays with it and follows when it
 * closes. Internal to {@link useRaciMatrix}.
 *
 * @example
 * ```ts
 * const { focus, setFocus, gridRef } = useRaciFocus(matrix, editor !== null || menu !== null);
 * setFocus({ row: 1, col: 2 }); // the first task's first role, focused after the render
 * ```
 */
export function useRaciFocus(matrix: RaciMatrix, paused: boolean) {
  const [rawFocus, setRawFocus] = useState<RaciFocus>({ row: 1, col: 2 });
  const focus = useMemo<RaciFocus>(() => {
    const row = Math.min(rawFocus.row, matrix.tasks.length);
    const col = Math.min(rawFocus.col, matrix.roles.length + 1);
    return row === rawFocus.row && col === rawFocus.col ? rawFocus : { row, col };
  }, [rawFocus, matrix.tasks.length, matrix.roles.length]);
  const gridRef = useRef<HTMLElement | null>(null);
  // Set when the next render must put DOM focus on the focused cell (a key in the grid, the end
  // of a dialog, an issue chosen in the list) — also when the focused row itself was removed.
  const focusWanted = useRef(false);
  // Asking for DOM focus on the cell that already has the grid's focus must still render once.
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  const setFocus = useCallback((next: RaciFocus, moveDomFocus = true) => {
    if (moveDomFocus) {
      focusWanted.current = true;
      renderAgain();
    }
    setRawFocus((previous) =>
      previous.row === next.row && previous.col === next.col ? previous : next,
    );
  }, []);
  /** DOM focus goes back to the focused cell after the next render (a menu closed, a key). */
  const wantDomFocus = useCallback(() => {
    focusWanted.current = true;
  }, []);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || !focusWanted.current || paused) return;
    focusWanted.current = false;
    grid.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  });
  return { focus, setFocus, wantDomFocus, gridRef } as const;
}
