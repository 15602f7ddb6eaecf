import {
  type ActionResult,
  cleanText,
  isObject,
  isOptionalId,
  rejected,
  textProblem,
} from '../common/action-result';
import { nextId } from '../common/create-id';
import { isDocumentDate, isUsableId } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import {
  type ClientHandover,
  DISSOLUTION_PATHS,
  DISSOLUTION_REASONS,
  type Dissolution,
} from './dissolution.schema';

/** Every change a dissolution can undergo; the `type` names are a public contract. */
export type DissolutionAction =
  | { readonly type: 'reasonSet'; readonly reason: Dissolution['reason'] }
  | {
      readonly type: 'noticeSet';
      readonly on: string | undefined;
      readonly by?: string | undefined;
    }
  | { readonly type: 'pathSet'; readonly path: Dissolution['path'] }
  | { readonly type: 'checklistSet'; readonly itemId: string; readonly done: boolean }
  | { readonly type: 'handoverAdd'; readonly id?: string; readonly jobSeeker: string }
  | {
      readonly type: 'handoverEdit';
      readonly handoverId: string;
      readonly changes: Partial<Omit<ClientHandover, 'id'>>;
    }
  | { readonly type: 'handoverRemove'; readonly handoverId: string }
  | {
      readonly type: 'textSet';
      readonly field: 'achievements' | 'lessonsLearned';
      readonly text: LocalizedText | undefined;
    };

const without = <T extends object, K extends keyof T>(value: T, key: K): T => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

/** An optional field set to a value, or removed when the value is undefined. */
function setOptional<T extends object, K extends keyof T>(
  value: T,
  key: K,
  next: T[K] | undefined,
): T {
  if (next === undefined) return key in value ? without(value, key) : value;
  return value[key] === next ? value : { ...value, [key]: next };
}

function handoverProblem(d: Dissolution, changes: unknown): ActionResult<Dissolution> | undefined {
  if (!isObject(changes)) return rejected(d, 'ACTION_MALFORMED', ['changes']);
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'jobSeeker' && (typeof value !== 'string' || value.length > 500))
      return rejected(d, 'ACTION_INVALID_VALUE', ['changes', key]);
    if ((key === 'fromOrganizationId' || key === 'toOrganizationId') && !isOptionalId(value))
      return rejected(d, 'ACTION_INVALID_ID', ['changes', key]);
    if (key === 'handedOver' && typeof value !== 'boolean')
      return rejected(d, 'ACTION_INVALID_VALUE', ['changes', key]);
    const problem = key === 'notes' && value !== undefined ? textProblem(value) : undefined;
    if (problem) return rejected(d, problem.code, ['changes', key], problem.params);
    if (
      !['jobSeeker', 'fromOrganizationId', 'toOrganizationId', 'handedOver', 'notes'].includes(key)
    )
      return rejected(d, 'ACTION_MALFORMED', ['changes', key]);
  }
  return undefined;
}

function applyHandover(
  d: Dissolution,
  action: Extract<DissolutionAction, { type: `handover${string}` }>,
): ActionResult<Dissolution> {
  const list = d.clientHandovers;
  if (action.type === 'handoverAdd') {
    if (typeof action.jobSeeker !== 'string' || action.jobSeeker.length > 500)
      return rejected(d, 'ACTION_INVALID_VALUE', ['jobSeeker']);
    const id =
      action.id ??
      nextId(
        'handover',
        list.map((h) => h.id),
      );
    if (!isUsableId(id)) return rejected(d, 'ACTION_INVALID_ID', ['id']);
    if (list.some((h) => h.id === id)) return rejected(d, 'ACTION_ID_TAKEN', ['id'], { id });
    return {
      value: {
        ...d,
        clientHandovers: [...list, { id, jobSeeker: action.jobSeeker, handedOver: false }],
      },
    };
  }
  const index = list.findIndex((h) => h.id === action.handoverId);
  if (index < 0)
    return rejected(d, 'ACTION_UNKNOWN_TARGET', ['handoverId'], { id: String(action.handoverId) });
  if (action.type === 'handoverRemove')
    return { value: { ...d, clientHandovers: list.filter((_, i) => i !== index) } };
  const problem = handoverProblem(d, action.changes);
  if (problem) return problem;
  let handover = list[index] as ClientHandover;
  for (const [key, value] of Object.entries(action.changes) as [keyof ClientHandover, never][]) {
    handover = setOptional(
      handover,
      key,
      key === 'notes' && value ? (cleanText(value) as never) : value,
    );
  }
  return { value: { ...d, clientHandovers: list.map((h, i) => (i === index ? handover : h)) } };
}

/**
 * Applies one action to a dissolution (DIS-1..5) and says what happened: the new record — the
 * same object when nothing changed — or why the action was refused (an impossible notice date, a
 * path or reason that does not exist, an unknown hand-over, a malformed action).
 *
 * @example
 * ```ts
 * applyDissolutionAction(dissolution, { type: 'noticeSet', on: '2028-01-10', by: 'agency-a' }).value;
 * ```
 */
export function applyDissolutionAction(
  d: Dissolution,
  action: DissolutionAction,
): ActionResult<Dissolution> {
  if (!isObject(action)) return rejected(d, 'ACTION_MALFORMED');
  const raw = action as unknown as Record<string, unknown>;
  switch (action.type) {
    case 'reasonSet':
      if (
        raw.reason !== undefined &&
        !(DISSOLUTION_REASONS as readonly unknown[]).includes(raw.reason)
      )
        return rejected(d, 'ACTION_INVALID_VALUE', ['reason']);
      return { value: setOptional(d, 'reason', action.reason) };
    case 'pathSet':
      if (raw.path !== undefined && !(DISSOLUTION_PATHS as readonly unknown[]).includes(raw.path))
        return rejected(d, 'ACTION_INVALID_VALUE', ['path']);
      return { value: setOptional(d, 'path', action.path) };
    case 'noticeSet':
      if (raw.on !== undefined && !isDocumentDate(raw.on))
        return rejected(d, 'ACTION_INVALID_DATE', ['on']);
      if (!isOptionalId(raw.by)) return rejected(d, 'ACTION_INVALID_ID', ['by']);
      return {
        value: setOptional(
          setOptional(d, 'noticeGivenOn', action.on),
          'noticeGivenBy',
          'by' in raw ? action.by : d.noticeGivenBy,
        ),
      };
    case 'checklistSet':
      if (!isUsableId(raw.itemId) || typeof raw.done !== 'boolean')
        return rejected(d, 'ACTION_MALFORMED');
      if (
        Object.hasOwn(d.checklist, action.itemId)
          ? d.checklist[action.itemId] === action.done
          : !action.done
      )
        return { value: d };
      return { value: { ...d, checklist: { ...d.checklist, [action.itemId]: action.done } } };
    case 'textSet': {
      if (raw.field !== 'achievements' && raw.field !== 'lessonsLearned')
        return rejected(d, 'ACTION_MALFORMED', ['field']);
      const problem = action.text === undefined ? undefined : textProblem(action.text);
      if (problem) return rejected(d, problem.code, ['text'], problem.params);
      return {
        value: setOptional(
          d,
          action.field,
          action.text === undefined ? undefined : cleanText(action.text),
        ),
      };
    }
    case 'handoverAdd':
    case 'handoverEdit':
    case 'handoverRemove':
      return applyHandover(d, action);
    default:
      return rejected(d, 'ACTION_MALFORMED', ['type']);
  }
}

/**
 * The pure reducer of a dissolution: the new record, or the same one when the action changes
 * nothing or is refused (see {@link applyDissolutionAction}).
 *
 * @example
 * ```ts
 * dissolution = dissolutionReducer(dissolution, { type: 'checklistSet', itemId: 'written-notice', done: true });
 * ```
 */
export function dissolutionReducer(d: Dissolution, action: DissolutionAction): Dissolution {
  return applyDissolutionAction(d, action).value;
}
