import { isUsableId } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import type { RaciMatrix, RaciTask, Role } from './raci.schema';
import type { RaciLetter } from './raci-letter.schema';
import { sortRaciLetters } from './raci-letters';

/** A task as {@link createRaciMatrix} accepts it: its cells may be left out. */
export type RaciTaskInit = Omit<RaciTask, 'cells'> & {
  readonly cells?: Readonly<Record<string, readonly RaciLetter[]>>;
};

/** What {@link createRaciMatrix} accepts: any part of a matrix; the rest gets defaults. */
export interface RaciMatrixInit {
  readonly tasks?: readonly RaciTaskInit[];
  readonly roles?: readonly Role[];
  readonly status?: RaciMatrix['status'];
  readonly adoptedOn?: string;
  readonly notes?: LocalizedText;
}

/** A row's cells in canonical form: letters in R, A, C, I order, empty cells and unusable keys left out. */
function canonicalCells(cells: RaciTaskInit['cells']): Record<string, RaciLetter[]> {
  const copy: Record<string, RaciLetter[]> = {};
  for (const [roleId, letters] of Object.entries(cells ?? {})) {
    // Keys that cannot be ids (`__proto__`) would not survive as plain-object keys: skipped.
    if (isUsableId(roleId) && letters.length > 0) copy[roleId] = sortRaciLetters(letters);
  }
  return copy;
}

/**
 * Creates a RACI matrix: empty by default (a draft with no tasks and no roles), or from the
 * parts given. Cells are copied in canonical form (letters in R, A, C, I order, empty cells
 * left out).
 *
 * @example
 * ```ts
 * const matrix = createRaciMatrix({
 *   tasks: [{ id: 't1', label: { en: 'Intake forms' }, leadOrganizationId: 'org-b', cells: { r1: ['R'], r2: ['A'] } }],
 *   roles: [{ id: 'r1', title: { en: 'Intake worker' } }, { id: 'r2', title: { en: 'Program manager' } }],
 * });
 * ```
 */
export function createRaciMatrix(init: RaciMatrixInit = {}): RaciMatrix {
  return {
    tasks: (init.tasks ?? []).map((task) => ({ ...task, cells: canonicalCells(task.cells) })),
    roles: (init.roles ?? []).map((role) => ({ ...role })),
    status: init.status ?? 'draft',
    ...(init.adoptedOn === undefined ? {} : { adoptedOn: init.adoptedOn }),
    ...(init.notes === undefined ? {} : { notes: init.notes }),
  };
}
