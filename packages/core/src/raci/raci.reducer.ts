import { type Draft, type Patch, produce, produceWithPatches } from 'immer';
import {
  type ActionResult,
  cleanText,
  isObject,
  isOptionalId,
  rejected,
  textProblem,
} from '../common/action-result';
import { nextId } from '../common/create-id';
import { ensurePatches } from '../common/history';
import { inserted, moved } from '../common/list';
import { isDocumentDate } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import { MAX_RACI_LABEL_LENGTH, type RaciMatrix, type RaciTask, type Role } from './raci.schema';
import { shareTaskIndex, taskCell, taskIndex } from './raci-cells';
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
      readonly label: LocalizedText;
      readonly leadOrganizationId?: string;
      /** Where to insert it; at the end by default (tasks are in order of completion, RACI-1). */
      readonly index?: number;
    }
  | { readonly type: 'taskRename'; readonly taskId: string; readonly label: LocalizedText }
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
      readonly title: LocalizedText;
      readonly organizationId?: string;
      readonly index?: number;
    }
  | { readonly type: 'roleRename'; readonly roleId: string; readonly title: LocalizedText }
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
  | { readonly type: 'reopen' }
  | { readonly type: 'notesSet'; readonly notes: LocalizedText | undefined };

/** What {@link applyRaciAction} gives: the matrix, why an action was refused, and the patches of the change (for undo). */
export interface RaciActionResult extends ActionResult<RaciMatrix> {
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

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

const NONE: Pick<RaciActionResult, 'patches' | 'inversePatches'> = {
  patches: [],
  inversePatches: [],
};
const same = (matrix: RaciMatrix): RaciActionResult => ({ value: matrix, ...NONE });
const refuse = (
  matrix: RaciMatrix,
  ...args: Parameters<typeof rejected> extends [unknown, ...infer R] ? R : never
): RaciActionResult => ({
  ...rejected(matrix, ...args),
  ...NONE,
});

const sameText = (a: LocalizedText | undefined, b: LocalizedText) =>
  a?.fr === b.fr && a?.en === b.en && a !== undefined;

const sameLetters = (a: readonly RaciLetter[], b: readonly RaciLetter[]) =>
  a.length === b.length && a.every((letter, i) => letter === b[i]);

/**
 * One cell, written without immer: a new row and a new tasks array that share every other task
 * (and the task index), frozen shallowly — the cost does not grow with the matrix. Editing an
 * adopted matrix returns it to draft (RACI-8).
 */
function writeCell(
  matrix: RaciMatrix,
  index: number,
  roleId: string,
  wanted: RaciLetter[],
): RaciActionResult {
  const task = matrix.tasks[index] as RaciTask;
  const before = taskCell(task, roleId);
  if (sameLetters(before, wanted)) return same(matrix);
  const cells: Record<string, readonly RaciLetter[]> = { ...task.cells };
  const path = ['tasks', index, 'cells', roleId];
  let patches: Patch[];
  let inversePatches: Patch[];
  if (wanted.length === 0) {
    delete cells[roleId];
    patches = [{ op: 'remove', path }];
    inversePatches = [{ op: 'add', path, value: before }];
  } else {
    cells[roleId] = Object.freeze(wanted);
    const existed = before.length > 0;
    patches = [{ op: existed ? 'replace' : 'add', path, value: wanted }];
    inversePatches = existed ? [{ op: 'replace', path, value: before }] : [{ op: 'remove', path }];
  }
  const tasks = matrix.tasks.slice();
  tasks[index] = Object.freeze({ ...task, cells: Object.freeze(cells) }) as RaciTask;
  shareTaskIndex(matrix.tasks, tasks);
  // The tasks array itself is not frozen: freezing an array costs as much as copying it.
  const next: Record<string, unknown> = { ...matrix, tasks };
  if (matrix.status === 'adopted') {
    next.status = 'draft';
    delete next.adoptedOn;
    patches.push({ op: 'replace', path: ['status'], value: 'draft' });
    inversePatches.unshift({ op: 'replace', path: ['status'], value: 'adopted' });
    if (matrix.adoptedOn !== undefined) {
      patches.push({ op: 'remove', path: ['adoptedOn'] });
      inversePatches.unshift({ op: 'add', path: ['adoptedOn'], value: matrix.adoptedOn });
    }
  }
  return { value: Object.freeze(next) as RaciMatrix, patches, inversePatches };
}

function cellAction(matrix: RaciMatrix, action: Record<string, unknown>): RaciActionResult {
  const { taskId, roleId } = action;
  if (typeof taskId !== 'string' || typeof roleId !== 'string')
    return refuse(matrix, 'ACTION_MALFORMED');
  const index = taskIndex(matrix, taskId);
  if (index < 0) return refuse(matrix, 'ACTION_UNKNOWN_TARGET', ['taskId'], { id: taskId });
  // A cell of a role that does not exist would dangle.
  if (!matrix.roles.some((role) => role.id === roleId))
    return refuse(matrix, 'ACTION_UNKNOWN_TARGET', ['roleId'], { id: roleId });
  if (action.type === 'cellCycle') {
    return writeCell(
      matrix,
      index,
      roleId,
      nextCycleLetters(taskCell(matrix.tasks[index], roleId)),
    );
  }
  const letters = action.letters;
  if (
    !Array.isArray(letters) ||
    !letters.every((l) => (RACI_LETTERS as readonly unknown[]).includes(l))
  ) {
    return refuse(matrix, 'ACTION_INVALID_VALUE', ['letters']);
  }
  return writeCell(matrix, index, roleId, sortRaciLetters(letters as RaciLetter[]));
}

/** Why the fields of a structural action cannot be applied, or undefined when they can. */
function structuralProblem(
  matrix: RaciMatrix,
  action: Record<string, unknown>,
): RaciActionResult | undefined {
  for (const field of ['label', 'title'] as const) {
    if (field in action) {
      const problem = textProblem(action[field], MAX_RACI_LABEL_LENGTH);
      if (problem) return refuse(matrix, problem.code, [field], problem.params);
    }
  }
  for (const field of ['leadOrganizationId', 'organizationId', 'id'] as const) {
    if (!isOptionalId(action[field])) return refuse(matrix, 'ACTION_INVALID_ID', [field]);
  }
  for (const field of ['index', 'toIndex'] as const) {
    if (action[field] !== undefined && typeof action[field] !== 'number')
      return refuse(matrix, 'ACTION_MALFORMED', [field]);
  }
  if ('notes' in action && action.notes !== undefined) {
    const problem = textProblem(action.notes);
    if (problem) return refuse(matrix, problem.code, ['notes'], problem.params);
  }
  if (action.type === 'adopt' && !isDocumentDate(action.on))
    return refuse(matrix, 'ACTION_INVALID_DATE', ['on']);
  const target = action.type?.toString().startsWith('task')
    ? 'taskId'
    : action.type?.toString().startsWith('role')
      ? 'roleId'
      : undefined;
  if (target && !String(action.type).endsWith('Add')) {
    const id = action[target];
    const list: readonly { id: string }[] = target === 'taskId' ? matrix.tasks : matrix.roles;
    if (typeof id !== 'string') return refuse(matrix, 'ACTION_MALFORMED', [target]);
    if (!list.some((item) => item.id === id))
      return refuse(matrix, 'ACTION_UNKNOWN_TARGET', [target], { id });
  }
  return undefined;
}

/** Applies a checked structural action to a draft; returns whether the content changed. */
function applyStructural(draft: Draft<RaciMatrix>, base: RaciMatrix, action: RaciAction): boolean {
  const taskAt = 'taskId' in action ? base.tasks.findIndex((t) => t.id === action.taskId) : -1;
  const roleAt = 'roleId' in action ? base.roles.findIndex((r) => r.id === action.roleId) : -1;
  const task = base.tasks[taskAt];
  const role = base.roles[roleAt];
  switch (action.type) {
    case 'taskAdd': {
      const id =
        action.id ??
        nextId(
          'task',
          base.tasks.map((t) => t.id),
        );
      const lead = action.leadOrganizationId;
      const added: RaciTask = {
        id,
        label: cleanText(action.label),
        ...(lead === undefined ? {} : { leadOrganizationId: lead }),
        cells: {},
      };
      draft.tasks = inserted(base.tasks, added, action.index) as Draft<RaciTask>[];
      return true;
    }
    case 'taskRename': {
      const label = cleanText(action.label);
      if (sameText(task?.label, label)) return false;
      (draft.tasks[taskAt] as Draft<RaciTask>).label = label;
      return true;
    }
    case 'taskRemove':
      draft.tasks = base.tasks.filter((_, i) => i !== taskAt) as Draft<RaciTask>[];
      return true;
    case 'taskMove': {
      const order = moved(base.tasks, taskAt, action.toIndex);
      if (order) draft.tasks = order as Draft<RaciTask>[];
      return order !== null;
    }
    case 'taskLeadSet': {
      if (task?.leadOrganizationId === action.organizationId) return false;
      const target = draft.tasks[taskAt] as Draft<RaciTask>;
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
      const org = action.organizationId;
      draft.roles = inserted(
        base.roles,
        {
          id,
          title: cleanText(action.title),
          ...(org === undefined ? {} : { organizationId: org }),
        },
        action.index,
      );
      return true;
    }
    case 'roleRename': {
      const title = cleanText(action.title);
      if (sameText(role?.title, title)) return false;
      (draft.roles[roleAt] as Draft<Role>).title = title;
      return true;
    }
    case 'roleOrganizationSet': {
      if (role?.organizationId === action.organizationId) return false;
      const target = draft.roles[roleAt] as Draft<Role>;
      if (action.organizationId === undefined) delete target.organizationId;
      else target.organizationId = action.organizationId;
      return true;
    }
    case 'roleRemove':
      draft.roles = base.roles.filter((_, i) => i !== roleAt);
      // Only the rows that had this role change; the others keep their identity.
      base.tasks.forEach((t, i) => {
        if (Object.hasOwn(t.cells, action.roleId))
          delete (draft.tasks[i] as Draft<RaciTask>).cells[action.roleId];
      });
      return true;
    case 'roleMove': {
      const order = moved(base.roles, roleAt, action.toIndex);
      if (order) draft.roles = order;
      return order !== null;
    }
    case 'notesSet':
      if (action.notes === undefined) delete draft.notes;
      else if (!sameText(base.notes, cleanText(action.notes)))
        draft.notes = cleanText(action.notes);
      return false; // notes are not what the people in the roles adopted
    default:
      return false;
  }
}

function recipe(base: RaciMatrix, action: RaciAction) {
  return (draft: Draft<RaciMatrix>) => {
    if (action.type === 'adopt') {
      draft.status = 'adopted';
      draft.adoptedOn = action.on;
    } else if (action.type === 'reopen') {
      draft.status = 'draft';
      delete draft.adoptedOn;
    } else if (applyStructural(draft, base, action) && base.status === 'adopted') {
      // What the people in the roles adopted is no longer what the matrix says (RACI-8).
      draft.status = 'draft';
      delete draft.adoptedOn;
    }
  };
}

const ADD_ID = { taskAdd: ['task', 'tasks'], roleAdd: ['role', 'roles'] } as const;

/**
 * Applies one action to a matrix and says what happened: the new matrix (the same one when
 * nothing changed), why the action was refused, and immer patches for undo. Actions are
 * checked first — a label over 500 characters, an id that cannot be one, an impossible date,
 * an unknown task or role, a malformed action from untyped code: each is refused with a stable
 * code and the matrix is left as it was, so nothing this returns fails to load.
 *
 * A cell edit copies one row, whatever the matrix's size. Removing a task or a role removes its
 * cells. Editing an adopted matrix returns it to draft (RACI-8).
 *
 * @example
 * ```ts
 * const result = applyRaciAction(matrix, { type: 'taskRename', taskId: 't1', label: { en: 'x'.repeat(600) } });
 * result.value === matrix; // true
 * result.rejection?.code; // 'ACTION_TEXT_TOO_LONG'
 * ```
 */
export function applyRaciAction(
  matrix: RaciMatrix,
  action: RaciAction,
  options: { patches?: boolean } = {},
): RaciActionResult {
  if (!isObject(action) || typeof action.type !== 'string')
    return refuse(matrix, 'ACTION_MALFORMED');
  const raw = action as unknown as Record<string, unknown>;
  if (action.type === 'cellSet' || action.type === 'cellCycle') return cellAction(matrix, raw);
  const known = [
    'taskAdd',
    'taskRename',
    'taskRemove',
    'taskMove',
    'taskLeadSet',
    'roleAdd',
    'roleRename',
    'roleOrganizationSet',
    'roleRemove',
    'roleMove',
    'adopt',
    'reopen',
    'notesSet',
  ];
  if (!known.includes(action.type)) return refuse(matrix, 'ACTION_MALFORMED', ['type']);
  if (
    (action.type === 'taskAdd' && !('label' in raw)) ||
    (action.type === 'roleAdd' && !('title' in raw))
  ) {
    return refuse(matrix, 'ACTION_MALFORMED');
  }
  if (
    (action.type === 'taskRename' && !('label' in raw)) ||
    (action.type === 'roleRename' && !('title' in raw))
  ) {
    return refuse(matrix, 'ACTION_MALFORMED');
  }
  const problem = structuralProblem(matrix, raw);
  if (problem) return problem;
  if (action.type === 'taskAdd' || action.type === 'roleAdd') {
    const [prefix, list] = ADD_ID[action.type];
    const id =
      action.id ??
      nextId(
        prefix,
        matrix[list].map((item) => item.id),
      );
    if (matrix[list].some((item) => item.id === id))
      return refuse(matrix, 'ACTION_ID_TAKEN', ['id'], { id });
  }
  if (action.type === 'reopen' && matrix.status === 'draft') return same(matrix);
  if (options.patches) {
    ensurePatches();
    const [value, patches, inversePatches] = produceWithPatches(matrix, recipe(matrix, action));
    return { value, patches, inversePatches };
  }
  return { value: produce(matrix, recipe(matrix, action)), ...NONE };
}

/**
 * The pure reducer of a RACI matrix: returns a new matrix, or the same one when the action
 * changes nothing or is refused (use {@link applyRaciAction} to know why). Untouched tasks,
 * roles and rows keep their identity, so React can skip them.
 *
 * @example
 * ```ts
 * let matrix = createRaciMatrix();
 * matrix = raciReducer(matrix, { type: 'taskAdd', label: { en: 'Intake forms' } }); // id 'task-1'
 * matrix = raciReducer(matrix, { type: 'roleAdd', title: { en: 'Intake worker' } }); // id 'role-1'
 * matrix = raciReducer(matrix, { type: 'cellSet', taskId: 'task-1', roleId: 'role-1', letters: ['R'] });
 * ```
 */
export function raciReducer(matrix: RaciMatrix, action: RaciAction): RaciMatrix {
  return applyRaciAction(matrix, action).value;
}
