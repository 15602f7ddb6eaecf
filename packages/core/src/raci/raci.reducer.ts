import { type Draft, original, produce } from 'immer';
import { nextId } from '../common/create-id';
import { inserted, moved } from '../common/list';
import { isUsableId } from '../common/validators';
import type { RaciMatrix, RaciTask, Role } from './raci.schema';
import { raciCell, raciRow } from './raci-cells';
import { RACI_LETTERS, type RaciLetter } from './raci-letter.schema';
import { sortRaciLetters } from './raci-letters';

/**
 * Every change a RACI matrix can undergo. The `type` names are a public contract: apps store
 * and replay these actions, and the React components dispatch them.
 */
export type RaciAction =
  | {
      readonly type: 'taskAdd';
      /** Defaults to the first free `task-N`, so replaying the action gives the same id. */
      readonly id?: string;
      readonly label: string;
      readonly leadOrganizationId?: string;
      /** Where to insert it; at the end by default (tasks are in order of completion, RACI-1). */
      readonly index?: number;
    }
  | { readonly type: 'taskRename'; readonly taskId: string; readonly label: string }
  | { readonly type: 'taskRemove'; readonly taskId: string }
  | { readonly type: 'taskMove'; readonly taskId: string; readonly toIndex: number }
  | {
      readonly type: 'taskLeadSet';
      readonly taskId: string;
      /** `undefined` clears the lead organization. */
      readonly organizationId: string | undefined;
    }
  | {
      readonly type: 'roleAdd';
      /** Defaults to the first free `role-N`. */
      readonly id?: string;
      readonly title: string;
      readonly organizationId?: string;
      readonly index?: number;
    }
  | { readonly type: 'roleRename'; readonly roleId: string; readonly title: string }
  | {
      readonly type: 'roleOrganizationSet';
      readonly roleId: string;
      readonly organizationId: string | undefined;
    }
  | { readonly type: 'roleRemove'; readonly roleId: string }
  | { readonly type: 'roleMove'; readonly roleId: string; readonly toIndex: number }
  | {
      readonly type: 'cellSet';
      readonly taskId: string;
      readonly roleId: string;
      readonly letters: readonly RaciLetter[];
    }
  | { readonly type: 'cellCycle'; readonly taskId: string; readonly roleId: string }
  | {
      readonly type: 'adopt';
      /** The day the people in the roles adopted the matrix (RACI-8), `YYYY-MM-DD`. */
      readonly on: string;
    }
  | { readonly type: 'reopen' };

/** The order `cellCycle` walks through: empty → R → A → C → I → empty. */
const CYCLE: readonly (RaciLetter | undefined)[] = [undefined, 'R', 'A', 'C', 'I'];

/**
 * The cell that `cellCycle` gives after `letters`. A cell holding several letters (A/R) moves on
 * from its last letter in the cycle, so `['R', 'A']` becomes `['C']`.
 *
 * @example
 * ```ts
 * nextCycleLetters([]); // ['R']
 * nextCycleLetters(['I']); // []
 * ```
 */
export function nextCycleLetters(letters: readonly RaciLetter[]): RaciLetter[] {
  const last = Math.max(0, ...letters.map((letter) => CYCLE.indexOf(letter)));
  const next = CYCLE[(last + 1) % CYCLE.length];
  return next === undefined ? [] : [next];
}

function sameLetters(a: readonly RaciLetter[], b: readonly RaciLetter[]): boolean {
  return a.length === b.length && a.every((letter, i) => letter === b[i]);
}

function setCell(
  draft: Draft<RaciMatrix>,
  base: RaciMatrix,
  taskId: string,
  roleId: string,
  wanted: RaciLetter[],
): boolean {
  if (!base.tasks.some((t) => t.id === taskId) || !base.roles.some((r) => r.id === roleId)) {
    return false; // a cell of a task or role that does not exist would dangle
  }
  if (sameLetters(raciCell(base, taskId, roleId), wanted)) return false;
  const row = raciRow(base, taskId);
  if (wanted.length > 0) {
    if (row) (draft.cells[taskId] as Record<string, RaciLetter[]>)[roleId] = wanted;
    else draft.cells[taskId] = { [roleId]: wanted };
  } else if (row && Object.keys(row).length === 1) {
    delete draft.cells[taskId]; // the row's last letter: drop the row, never keep an empty one
  } else {
    delete (draft.cells[taskId] as Record<string, RaciLetter[]>)[roleId];
  }
  return true;
}

/**
 * Applies one action; returns whether the matrix's content changed. Every lookup reads `base`,
 * the plain matrix before the action: reading through the draft would make immer wrap each task
 * it passes, and a one-cell edit would cost as much as the whole matrix. Only what changes is
 * written to the draft, so everything else keeps its identity.
 */
function applyContentAction(
  draft: Draft<RaciMatrix>,
  base: RaciMatrix,
  action: RaciAction,
): boolean {
  const taskIndex = 'taskId' in action ? base.tasks.findIndex((t) => t.id === action.taskId) : -1;
  const roleIndex = 'roleId' in action ? base.roles.findIndex((r) => r.id === action.roleId) : -1;
  const task = base.tasks[taskIndex];
  const role = base.roles[roleIndex];
  switch (action.type) {
    case 'taskAdd': {
      const id =
        action.id ??
        nextId(
          'task',
          base.tasks.map((t) => t.id),
        );
      if (!isUsableId(id) || base.tasks.some((t) => t.id === id)) return false;
      const lead = action.leadOrganizationId;
      const added = {
        id,
        label: action.label,
        ...(lead === undefined ? {} : { leadOrganizationId: lead }),
      };
      draft.tasks = inserted(base.tasks, added, action.index);
      return true;
    }
    case 'taskRename':
      if (!task || task.label === action.label) return false;
      (draft.tasks[taskIndex] as Draft<RaciTask>).label = action.label;
      return true;
    case 'taskRemove':
      if (!task) return false;
      draft.tasks = base.tasks.filter((_, i) => i !== taskIndex);
      if (raciRow(base, action.taskId)) delete draft.cells[action.taskId];
      return true;
    case 'taskMove': {
      const order = moved(base.tasks, taskIndex, action.toIndex);
      if (!order) return false;
      draft.tasks = order;
      return true;
    }
    case 'taskLeadSet': {
      if (!task || task.leadOrganizationId === action.organizationId) return false;
      const target = draft.tasks[taskIndex] as Draft<RaciTask>;
      if (action.organizationId === undefined) delete target.leadOrganizationId;
      else target.leadOrganizationId = action.organizationId;
      return true;
    }
    case 'roleAdd': {
      const id =
        action.id ??
        nextId(
          'role',
          base.roles.map((r) => r.id),
        );
      if (!isUsableId(id) || base.roles.some((r) => r.id === id)) return false;
      const org = action.organizationId;
      const added = {
        id,
        title: action.title,
        ...(org === undefined ? {} : { organizationId: org }),
      };
      draft.roles = inserted(base.roles, added, action.index);
      return true;
    }
    case 'roleRename':
      if (!role || role.title === action.title) return false;
      (draft.roles[roleIndex] as Draft<Role>).title = action.title;
      return true;
    case 'roleOrganizationSet': {
      if (!role || role.organizationId === action.organizationId) return false;
      const target = draft.roles[roleIndex] as Draft<Role>;
      if (action.organizationId === undefined) delete target.organizationId;
      else target.organizationId = action.organizationId;
      return true;
    }
    case 'roleRemove':
      if (!role) return false;
      draft.roles = base.roles.filter((_, i) => i !== roleIndex);
      // Only the rows that had this role change; the others keep their identity.
      for (const [taskId, row] of Object.entries(base.cells)) {
        if (!Object.hasOwn(row, action.roleId)) continue;
        if (Object.keys(row).length === 1) delete draft.cells[taskId];
        else delete (draft.cells[taskId] as Record<string, RaciLetter[]>)[action.roleId];
      }
      return true;
    case 'roleMove': {
      const order = moved(base.roles, roleIndex, action.toIndex);
      if (!order) return false;
      draft.roles = order;
      return true;
    }
    case 'cellSet': {
      // Letters from untyped callers are filtered: only R, A, C and I reach the document.
      const valid = action.letters.filter((l) => (RACI_LETTERS as readonly string[]).includes(l));
      return setCell(draft, base, action.taskId, action.roleId, sortRaciLetters(valid));
    }
    case 'cellCycle': {
      const current = raciCell(base, action.taskId, action.roleId);
      return setCell(draft, base, action.taskId, action.roleId, nextCycleLetters(current));
    }
    default:
      return false;
  }
}

/**
 * The immer recipe behind {@link raciReducer} and the RACI history: applies one action to a
 * fresh draft (it reads the state from before the action, so it must not be called twice in
 * one `produce`). Editing an adopted matrix returns it to draft: what the people in the roles adopted is no
 * longer what the matrix says (RACI-8), so it must be adopted again.
 */
export function raciRecipe(draft: Draft<RaciMatrix>, action: RaciAction): void {
  if (action.type === 'adopt') {
    draft.status = 'adopted';
    draft.adoptedOn = action.on;
    return;
  }
  if (action.type === 'reopen') {
    draft.status = 'draft';
    delete draft.adoptedOn;
    return;
  }
  const base = (original(draft) ?? draft) as RaciMatrix;
  if (applyContentAction(draft, base, action) && base.status === 'adopted') {
    draft.status = 'draft';
    delete draft.adoptedOn;
  }
}

/**
 * The pure reducer of a RACI matrix (immer): returns a new matrix, or the same one when the
 * action changes nothing (an unknown id, the same value again). Untouched tasks, roles and rows
 * keep their identity, so React can skip them. Removing a task or a role removes its cells:
 * no action leaves a reference dangling.
 *
 * @example
 * ```ts
 * let matrix = createRaciMatrix();
 * matrix = raciReducer(matrix, { type: 'taskAdd', label: 'Intake forms' }); // id 'task-1'
 * matrix = raciReducer(matrix, { type: 'roleAdd', title: 'Intake worker' }); // id 'role-1'
 * matrix = raciReducer(matrix, { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['R'] });
 * ```
 */
export function raciReducer(matrix: RaciMatrix, action: RaciAction): RaciMatrix {
  return produce(matrix, (draft) => raciRecipe(draft, action));
}
