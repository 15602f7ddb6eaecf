import { moveRaciFocus, type RaciFocus, type RaciNavigationKey } from './raci.navigation';
import type { RaciAction } from './raci.reducer';
import type { RaciMatrix } from './raci.schema';
import { taskCell } from './raci-cells';
import { RACI_LETTERS, type RaciLetter } from './raci-letter.schema';

/** A key press as `KeyboardEvent` gives it, with the modifiers a grid command reads. */
export interface RaciKey extends RaciNavigationKey {
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
}

/** What a key press means in a RACI grid (see {@link raciKeyCommand}). */
export type RaciKeyCommand =
  /** Move focus; nothing changes in the matrix. */
  | { readonly kind: 'focus'; readonly focus: RaciFocus }
  /** Apply an action, then put focus at `focus` (a moved row keeps its focus). */
  | { readonly kind: 'action'; readonly action: RaciAction; readonly focus: RaciFocus }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  /** Open the editor of what is focused: a task's name, its lead organization, a role. */
  | { readonly kind: 'edit'; readonly target: 'task' | 'lead' | 'role'; readonly id: string }
  /** Open the letter picker of the focused cell. */
  | { readonly kind: 'menu'; readonly taskId: string; readonly roleId: string };

/** Options of {@link raciKeyCommand}. */
export interface RaciKeyOptions {
  /** A read-only grid still moves focus, and nothing else. */
  readonly readOnly?: boolean;
}

const LETTER_KEYS: Readonly<Record<string, RaciLetter>> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/** Alt+arrows reorder the focused task (up/down) or role (left/right), focus following it. */
function reorder(
  matrix: Pick<RaciMatrix, 'tasks' | 'roles'>,
  focus: RaciFocus,
  key: string,
): RaciKeyCommand | null {
  const task = matrix.tasks[focus.row - 1];
  const role = matrix.roles[focus.col - 2];
  if (task && (key === 'ArrowUp' || key === 'ArrowDown')) {
    const to = Math.min(
      Math.max(0, focus.row - 1 + (key === 'ArrowUp' ? -1 : 1)),
      matrix.tasks.length - 1,
    );
    return {
      kind: 'action',
      action: { type: 'taskMove', taskId: task.id, toIndex: to },
      focus: { row: to + 1, col: focus.col },
    };
  }
  if (role && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    const to = Math.min(
      Math.max(0, focus.col - 2 + (key === 'ArrowLeft' ? -1 : 1)),
      matrix.roles.length - 1,
    );
    return {
      kind: 'action',
      action: { type: 'roleMove', roleId: role.id, toIndex: to },
      focus: { row: focus.row, col: to + 2 },
    };
  }
  return null;
}

/** Letters, Space, Enter, Delete and the menu keys on a role cell. */
function cellCommand(
  matrix: Pick<RaciMatrix, 'tasks' | 'roles'>,
  focus: RaciFocus,
  key: RaciKey,
): RaciKeyCommand | null {
  const task = matrix.tasks[focus.row - 1];
  const role = matrix.roles[focus.col - 2];
  if (!task || !role) return null;
  const current = taskCell(task, role.id);
  const at = { taskId: task.id, roleId: role.id };
  const letter = LETTER_KEYS[key.key.toLowerCase()];
  if (letter && !key.ctrlKey && !key.metaKey && !key.altKey) {
    const letters = key.shiftKey
      ? current.includes(letter)
        ? current.filter((l) => l !== letter)
        : [...current, letter]
      : [letter];
    return {
      kind: 'action',
      action: { type: 'cellSet', ...at, letters: RACI_LETTERS.filter((l) => letters.includes(l)) },
      focus,
    };
  }
  if (key.key === ' ' || key.key === 'Enter')
    return { kind: 'action', action: { type: 'cellCycle', ...at }, focus };
  if (key.key === 'Delete' || key.key === 'Backspace')
    return { kind: 'action', action: { type: 'cellSet', ...at, letters: [] }, focus };
  if (key.key === 'F2' || key.key === 'ContextMenu' || (key.shiftKey && key.key === 'F10'))
    return { kind: 'menu', ...at };
  return null;
}

/**
 * What a key press means in a RACI grid laid out as `RaciMatrix` draws it (row 0 the column
 * headers, column 0 the task names, column 1 the lead organizations, columns 2 and up the
 * roles), following the WAI-ARIA grid pattern and the guide's letters:
 *
 * - arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move focus (see {@link moveRaciFocus});
 * - on a role cell: R, A, C or I set the letter (Shift+letter adds or removes it, for A/R),
 *   Space or Enter cycle empty → R → A → C → I, Delete or Backspace clear, F2 (or the context
 *   menu key) opens the letter picker;
 * - Enter or F2 on a task name, a lead organization or a role header opens its editor (the lead
 *   cell opens the lead, not the name);
 * - Alt+arrows reorder the focused task or role; Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.
 *
 * Returns `null` for a key the grid does not use (let it through). A read-only grid only moves.
 * The one keyboard contract: components and custom grids alike call this.
 *
 * @example
 * ```ts
 * const command = raciKeyCommand(event, focus, matrix);
 * if (command) event.preventDefault();
 * if (command?.kind === 'action') { dispatch(command.action); setFocus(command.focus); }
 * ```
 */
export function raciKeyCommand(
  key: RaciKey,
  focus: RaciFocus,
  matrix: Pick<RaciMatrix, 'tasks' | 'roles'>,
  options: RaciKeyOptions = {},
): RaciKeyCommand | null {
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  const lower = key.key.toLowerCase();
  if (ctrl && (lower === 'z' || lower === 'y')) {
    if (options.readOnly) return null;
    return lower === 'y' || key.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  }
  if (key.altKey && key.key.startsWith('Arrow'))
    return options.readOnly ? null : reorder(matrix, focus, key.key);
  const moved = moveRaciFocus(matrix, focus, key);
  if (moved) return { kind: 'focus', focus: moved };
  if (options.readOnly) return null;
  if (focus.row >= 1 && focus.col >= 2) return cellCommand(matrix, focus, key);
  if (key.key !== 'Enter' && key.key !== 'F2') return null;
  const task = matrix.tasks[focus.row - 1];
  const role = matrix.roles[focus.col - 2];
  if (task && focus.col === 0) return { kind: 'edit', target: 'task', id: task.id };
  if (task && focus.col === 1) return { kind: 'edit', target: 'lead', id: task.id };
  if (role && focus.row === 0) return { kind: 'edit', target: 'role', id: role.id };
  return null;
}
