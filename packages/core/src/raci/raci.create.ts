import { isUsableId } from '../common/validators';
import type { RaciMatrix, RaciTask, Role } from './raci.schema';
import type { RaciLetter } from './raci-letter.schema';
import { sortRaciLetters } from './raci-letters';

/** What {@link createRaciMatrix} accepts: any part of a matrix; the rest gets defaults. */
export interface RaciMatrixInit {
  readonly tasks?: readonly RaciTask[];
  readonly roles?: readonly Role[];
  readonly cells?: Readonly<Record<string, Readonly<Record<string, readonly RaciLetter[]>>>>;
  readonly status?: RaciMatrix['status'];
  readonly adoptedOn?: string;
  readonly notes?: string;
}

/**
 * Creates a RACI matrix: empty by default (a draft with no tasks and no roles), or from the
 * parts given. Cells are copied in canonical form (letters in R, A, C, I order, empty cells
 * left out).
 *
 * @example
 * ```ts
 * const matrix = createRaciMatrix({
 *   tasks: [{ id: 't1', label: 'Intake forms', leadOrganizationId: 'org-b' }],
 *   roles: [{ id: 'r1', title: 'Intake worker' }, { id: 'r2', title: 'Program manager' }],
 *   cells: { t1: { r1: ['R'], r2: ['A'] } },
 * });
 * ```
 */
export function createRaciMatrix(init: RaciMatrixInit = {}): RaciMatrix {
  const cells: RaciMatrix['cells'] = {};
  // Keys that cannot be ids (`__proto__`) would not survive as plain-object keys: skipped.
  for (const [taskId, row] of Object.entries(init.cells ?? {})) {
    if (!isUsableId(taskId)) continue;
    const copy: Record<string, RaciLetter[]> = {};
    for (const [roleId, letters] of Object.entries(row)) {
      if (isUsableId(roleId) && letters.length > 0) copy[roleId] = sortRaciLetters(letters);
    }
    if (Object.keys(copy).length > 0) cells[taskId] = copy;
  }
  return {
    tasks: (init.tasks ?? []).map((task) => ({ ...task })),
    roles: (init.roles ?? []).map((role) => ({ ...role })),
    cells,
    status: init.status ?? 'draft',
    ...(init.adoptedOn === undefined ? {} : { adoptedOn: init.adoptedOn }),
    ...(init.notes === undefined ? {} : { notes: init.notes }),
  };
}
