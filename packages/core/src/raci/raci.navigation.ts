import type { RaciMatrix } from './raci.schema';

/** A focused cell of the rendered grid, by row and column index (0-based, headers included). */
export interface RaciFocus {
  readonly row: number;
  readonly col: number;
}

/** A key press, as `KeyboardEvent` gives it (only these fields are read). */
export interface RaciNavigationKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** How the grid is laid out around the matrix's cells. */
export interface RaciGridLayout {
  /** Rows above the first task (the column headers). Default 1. */
  readonly headerRows?: number;
  /** Columns before the first role (task name, lead organization). Default 2. */
  readonly leadingColumns?: number;
  /** Rows that PageUp / PageDown move. Default 5. */
  readonly pageSize?: number;
}

/**
 * Where focus goes in a RACI grid after a key press, following the WAI-ARIA grid pattern:
 * arrows move one cell and stop at the edges (no wrapping), Home / End go to the first / last
 * cell of the row, Ctrl+Home / Ctrl+End to the first / last cell of the grid, PageUp / PageDown
 * move several rows. The grid has `headerRows + tasks` rows and `leadingColumns + roles`
 * columns. Returns `null` for a key that is not a navigation key (let it through), and the same
 * position when the key is one but focus cannot move (still prevent the default scrolling).
 * Cmd on macOS counts as Ctrl.
 *
 * @example
 * ```ts
 * const next = moveRaciFocus(matrix, focus, event);
 * if (next) {
 *   event.preventDefault();
 *   setFocus(next);
 * }
 * ```
 */
export function moveRaciFocus(
  matrix: Pick<RaciMatrix, 'tasks' | 'roles'>,
  position: RaciFocus,
  key: RaciNavigationKey,
  layout: RaciGridLayout = {},
): RaciFocus | null {
  const lastRow = (layout.headerRows ?? 1) + matrix.tasks.length - 1;
  const lastCol = (layout.leadingColumns ?? 2) + matrix.roles.length - 1;
  const pageSize = Math.max(1, layout.pageSize ?? 5);
  const clamp = (value: number, max: number) => Math.min(Math.max(0, value), Math.max(0, max));
  const at = (row: number, col: number): RaciFocus => {
    const next = { row: clamp(row, lastRow), col: clamp(col, lastCol) };
    return next.row === position.row && next.col === position.col ? position : next;
  };
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  const { row, col } = position;
  switch (key.key) {
    case 'ArrowUp':
      return at(row - 1, col);
    case 'ArrowDown':
      return at(row + 1, col);
    case 'ArrowLeft':
      return at(row, col - 1);
    case 'ArrowRight':
      return at(row, col + 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(row, 0);
    case 'End':
      return ctrl ? at(lastRow, lastCol) : at(row, lastCol);
    case 'PageUp':
      return at(row - pageSize, col);
    case 'PageDown':
      return at(row + pageSize, col);
    default:
      return null;
  }
}
