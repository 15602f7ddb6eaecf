import { type Draft, produce } from 'immer';
import { isUsableId } from '../common/common.schema';
import { nextId } from '../common/create-id';
import type { RaciMatrix } from './raci.schema';
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

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}

function move<T>(list: T[], from: number, toIndex: number): boolean {
  const to = clampIndex(toIndex, list.length - 1);
  if (from < 0 || from === to) return false;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as T);
  return true;
}

function setCell(draft: Draft<RaciMatrix>, taskId: string, roleId: string, wanted: RaciLetter[]) {
  if (!draft.tasks.some((t) => t.id === taskId) || !draft.roles.some((r) => r.id === roleId)) {
    return false; // a cell of a task or role that does not exist would dangle
  }
  if (sameLetters(raciCell(draft, taskId, roleId), wanted)) return false;
  const row = raciRow(draft, taskId) as Record<string, RaciLetter[]> | undefined;
  if (wanted.length > 0) {
    if (row) row[roleId] = wanted;
    else draft.cells[taskId] = { [roleId]: wanted };
    return true;
  }
  if (row) {
    delete row[roleId];
    if (Object.keys(row).length === 0) delete draft.cells[taskId];
  }
  return true;
}

/** Applies one action to a draft; returns whether the matrix's content changed. */
function applyContentAction(draft: Draft<RaciMatrix>, action: RaciAction): boolean {
  const taskIndex = 'taskId' in action ? draft.tasks.findIndex((t) => t.id === action.taskId) : -1;
  const roleIndex = 'roleId' in action ? draft.roles.findIndex((r) => r.id === action.roleId) : -1;
  const task = draft.tasks[taskIndex];
  const role = draft.roles[roleIndex];
  switch (action.type) {
    case 'taskAdd': {
      const id =
        action.id ??
        nextId(
          'task',
          draft.tasks.map((t) => t.id),
        );
      if (!isUsableId(id) || draft.tasks.some((t) => t.id === id)) return false;
      draft.tasks.splice(clampIndex(action.index, draft.tasks.length), 0, {
        id,
        label: action.label,
        ...(action.leadOrganizationId === undefined
          ? {}
          : { leadOrganizationId: action.leadOrganizationId }),
      });
      return true;
    }
    case 'taskRename':
      if (!task || task.label === action.label) return false;
      task.label = action.label;
      return true;
    case 'taskRemove':
      if (!task) return false;
      draft.tasks.splice(taskIndex, 1);
      delete draft.cells[action.taskId];
      return true;
    case 'taskMove':
      return move(draft.tasks, taskIndex, action.toIndex);
    case 'taskLeadSet':
      if (!task || task.leadOrganizationId === action.organizationId) return false;
      if (action.organizationId === undefined) delete task.leadOrganizationId;
      else task.leadOrganizationId = action.organizationId;
      return true;
    case 'roleAdd': {
      const id =
        action.id ??
        nextId(
          'role',
          draft.roles.map((r) => r.id),
        );
      if (!isUsableId(id) || draft.roles.some((r) => r.id === id)) return false;
      draft.roles.splice(clampIndex(action.index, draft.roles.length), 0, {
        id,
        title: action.title,
        ...(action.organizationId === undefined ? {} : { organizationId: action.organizationId }),
      });
      return true;
    }
    case 'roleRename':
      if (!role || role.title === action.title) return false;
      role.title = action.title;
      return true;
    case 'roleOrganizationSet':
      if (!role || role.organizationId === action.organizationId) return false;
      if (action.organizationId === undefined) delete role.organizationId;
      else role.organizationId = action.organizationId;
      return true;
    case 'roleRemove': {
      if (!role) return false;
      draft.roles.splice(roleIndex, 1);
      // Only the rows that had this role change; the others keep their identity.
      for (const [taskId, row] of Object.entries(draft.cells)) {
        if (!Object.hasOwn(row, action.roleId)) continue;
        delete row[action.roleId];
        if (Object.keys(row).length === 0) delete draft.cells[taskId];
      }
      return true;
    }
    case 'roleMove':
      return move(draft.roles, roleIndex, action.toIndex);
    case 'cellSet': {
      // Letters from untyped callers are filtered: only R, A, C and I reach the document.
      const valid = action.letters.filter((l) => (RACI_LETTERS as readonly string[]).includes(l));
      return setCell(draft, action.taskId, action.roleId, sortRaciLetters(valid));
    }
    case 'cellCycle': {
      const current = raciCell(draft, action.taskId, action.roleId);
      return setCell(draft, action.taskId, action.roleId, nextCycleLetters(current));
    }
    default:
      return false;
  }
}

/**
 * The immer recipe behind {@link raciReducer}, for use with `produce` or `produceWithPatches`.
 * Editing an adopted matrix returns it to draft: what the people in the roles adopted is no
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
  if (applyContentAction(draft, action) && draft.status === 'adopted') {
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
