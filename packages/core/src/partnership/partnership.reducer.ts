import { type ActionResult, isObject, rejected } from '../common/action-result';
import { nextId } from '../common/create-id';
import { clampIndex, moved } from '../common/list';
import { isUsableId } from '../common/validators';
import { applyDissolutionAction, type DissolutionAction } from '../dissolution/dissolution.reducer';
import type { Issue, IssuePath } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { fromSchemaIssues } from '../issues/schema-issues';
import { applyRaciAction, type RaciAction } from '../raci/raci.reducer';
import { applyReviewAction, type ReviewAction } from '../review/review.reducer';
import { applySwotAction, type SwotAction } from '../swot/swot.reducer';
import { applyWorksheetAction, type WorksheetAction } from '../worksheet/worksheet.reducer';
import { type ReferenceKind, referencesTo, removeReferences } from './partnership.cascade';
import { type Partnership, PartnershipSchema } from './partnership.schema';

/**
 * Where a value sits in the partnership: object keys, and `{ id }` for an item of a list, so a
 * path stays right while the list is reordered (`['organizations', { id: 'org-a' }, 'mission']`).
 */
export type EditPath = readonly (string | { readonly id: string })[];

/** Every change the whole partnership can undergo; the `type` names are a public contract. */
export type PartnershipAction =
  /** Sets the value at `path`; `undefined` removes an optional field. */
  | { readonly type: 'set'; readonly path: EditPath; readonly value: unknown }
  /** Adds an item to the list at `path` (its `id` is made when absent), at `index` or last. */
  | {
      readonly type: 'add';
      readonly path: EditPath;
      readonly item: Readonly<Record<string, unknown>>;
      readonly index?: number;
    }
  /**
   * Removes the item `id` of the list at `path`. An organization, a working-group member, a
   * steering-committee member or a SWOT item still referred to elsewhere is refused
   * (`ACTION_STILL_REFERENCED`) unless `cascade` is true: then every reference goes with it.
   */
  | {
      readonly type: 'remove';
      readonly path: EditPath;
      readonly id: string;
      readonly cascade?: boolean;
    }
  | {
      readonly type: 'move';
      readonly path: EditPath;
      readonly id: string;
      readonly toIndex: number;
    }
  | { readonly type: 'raci'; readonly action: RaciAction }
  | { readonly type: 'swot'; readonly action: SwotAction }
  | { readonly type: 'review'; readonly reviewId: string; readonly action: ReviewAction }
  | { readonly type: 'dissolution'; readonly action: DissolutionAction }
  | { readonly type: 'worksheet'; readonly index: number; readonly action: WorksheetAction }
  /** Several actions as one change (one undo step); refused as a whole if one is. */
  | { readonly type: 'batch'; readonly actions: readonly PartnershipAction[] };

/** Thrown inside the reducer only, caught at its edge and turned into a refusal. */
class Refusal {
  constructor(
    readonly code: IssueCode,
    readonly path: IssuePath,
    readonly params: Record<string, string | number> = {},
  ) {}
}

const FORBIDDEN_KEYS = /* @__PURE__ */ (() => new Set(['__proto__', 'constructor', 'prototype']))();

/** The index of the item `id` in a list, or a refusal naming where the path broke. */
function indexOf(list: unknown, id: unknown, at: IssuePath): number {
  if (!Array.isArray(list)) throw new Refusal('ACTION_UNKNOWN_TARGET', at);
  const index =
    typeof id === 'string' ? list.findIndex((item) => isObject(item) && item.id === id) : -1;
  if (index < 0) throw new Refusal('ACTION_UNKNOWN_TARGET', at, { id: String(id) });
  return index;
}

/** A copy of `node` with `update` applied at `path` (structural sharing everywhere else). */
function updateIn(
  node: unknown,
  path: EditPath,
  update: (current: unknown) => unknown,
  at: IssuePath = [],
): unknown {
  if (path.length === 0) return update(node);
  const [head, ...rest] = path;
  if (typeof head === 'string') {
    if (!isObject(node) || FORBIDDEN_KEYS.has(head))
      throw new Refusal('ACTION_UNKNOWN_TARGET', [...at, head]);
    const current = Object.hasOwn(node, head) ? node[head] : undefined;
    const next = updateIn(current, rest, update, [...at, head]);
    if (next === current) return node;
    const copy: Record<string, unknown> = { ...node };
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  if (!isObject(head)) throw new Refusal('ACTION_MALFORMED', [...at]);
  const index = indexOf(node, head.id, [...at, String(head.id)]);
  const list = node as unknown[];
  const next = updateIn(list[index], rest, update, [...at, index]);
  return next === list[index] ? node : list.map((item, i) => (i === index ? next : item));
}

/** The list an `add`, `move` or `remove` acts on, or a refusal when the path is not a list. */
function asList(current: unknown): unknown[] {
  if (!Array.isArray(current)) throw new Refusal('ACTION_UNKNOWN_TARGET', ['path']);
  return current;
}

function apply(p: Partnership, action: PartnershipAction): Partnership {
  if (!isObject(action)) throw new Refusal('ACTION_MALFORMED', []);
  const path: unknown = (action as { path?: unknown }).path;
  if ('path' in action && (!Array.isArray(path) || path.length === 0))
    throw new Refusal('ACTION_MALFORMED', ['path']);
  switch (action.type) {
    case 'set':
      // The version and the partnership's id are the document's identity, not content.
      if (
        action.path[0] === 'schemaVersion' ||
        (action.path.length === 1 && action.path[0] === 'id')
      )
        throw new Refusal('ACTION_INVALID_VALUE', ['path']);
      return updateIn(p, action.path, () => action.value) as Partnership;
    case 'add':
      return updateIn(p, action.path, (current) =>
        withAdded(asList(current), action),
      ) as Partnership;
    case 'move':
      return updateIn(p, action.path, (current) => {
        const list = asList(current);
        return moved(list, indexOf(list, action.id, ['id']), action.toIndex) ?? list;
      }) as Partnership;
    case 'remove':
      return withRemoved(p, action);
    case 'batch':
      if (!Array.isArray(action.actions)) throw new Refusal('ACTION_MALFORMED', ['actions']);
      return action.actions.reduce(apply, p);
    default:
      return applySlice(p, action);
  }
}

function withAdded(
  list: readonly unknown[],
  action: Extract<PartnershipAction, { type: 'add' }>,
): unknown[] {
  if (!isObject(action.item)) throw new Refusal('ACTION_MALFORMED', ['item']);
  const ids = list.flatMap((item) =>
    isObject(item) && typeof item.id === 'string' ? [item.id] : [],
  );
  const id = action.item.id ?? nextId('item', ids);
  if (!isUsableId(id)) throw new Refusal('ACTION_INVALID_ID', ['item', 'id']);
  if (ids.includes(id)) throw new Refusal('ACTION_ID_TAKEN', ['item', 'id'], { id });
  const copy = [...list];
  copy.splice(clampIndex(action.index, list.length), 0, { ...action.item, id });
  return copy;
}

/** What a list item is, for its references: organizations, members, committee members, SWOT items. */
function referenceKind(path: EditPath): ReferenceKind | undefined {
  const key = path.map((segment) => (typeof segment === 'string' ? segment : '*')).join('.');
  const kinds: Record<string, ReferenceKind> = {
    organizations: 'organization',
    workingGroup: 'member',
    'agreement.governance.members': 'committee-member',
    'swot.strengths': 'swot-item',
    'swot.weaknesses': 'swot-item',
    'swot.opportunities': 'swot-item',
    'swot.threats': 'swot-item',
  };
  return kinds[key];
}

function withRemoved(
  p: Partnership,
  action: Extract<PartnershipAction, { type: 'remove' }>,
): Partnership {
  const kind = referenceKind(action.path);
  const references = kind && typeof action.id === 'string' ? referencesTo(p, kind, action.id) : [];
  if (references.length > 0 && action.cascade !== true)
    throw new Refusal('ACTION_STILL_REFERENCED', ['id'], {
      id: String(action.id),
      count: references.length,
    });
  const cleaned = references.length > 0 && kind ? removeReferences(p, kind, action.id) : p;
  return updateIn(cleaned, action.path, (current) => {
    const list = asList(current);
    const index = indexOf(list, action.id, ['id']);
    return list.filter((_, i) => i !== index);
  }) as Partnership;
}

/** Hands a slice's action to its own reducer, keeping its refusal (path prefixed). */
function applySlice(p: Partnership, action: PartnershipAction): Partnership {
  const refuse = (issue: Issue<IssueCode> | undefined, prefix: IssuePath) => {
    if (issue)
      throw new Refusal(
        issue.code,
        [...prefix, ...issue.path],
        issue.params as Record<string, string | number>,
      );
  };
  switch (action.type) {
    case 'raci': {
      const result = applyRaciAction(p.raci, action.action);
      refuse(result.rejection, ['action']);
      return result.value === p.raci ? p : { ...p, raci: result.value };
    }
    case 'swot': {
      const result = applySwotAction(p.swot, action.action);
      refuse(result.rejection, ['action']);
      return result.value === p.swot ? p : { ...p, swot: result.value };
    }
    case 'review': {
      const index = indexOf(p.reviews, action.reviewId, ['reviewId']);
      const result = applyReviewAction(
        p.reviews[index] as Partnership['reviews'][number],
        action.action,
      );
      refuse(result.rejection, ['action']);
      return { ...p, reviews: p.reviews.map((r, i) => (i === index ? result.value : r)) };
    }
    case 'dissolution': {
      const current = p.dissolution ?? { checklist: {}, clientHandovers: [] };
      const result = applyDissolutionAction(current, action.action);
      refuse(result.rejection, ['action']);
      return result.value === p.dissolution ? p : { ...p, dissolution: result.value };
    }
    case 'worksheet': {
      const response = Number.isSafeInteger(action.index) ? p.worksheets[action.index] : undefined;
      if (!response) throw new Refusal('ACTION_UNKNOWN_TARGET', ['index']);
      const result = applyWorksheetAction(response, action.action);
      refuse(result.rejection, ['action']);
      return {
        ...p,
        worksheets: p.worksheets.map((w, i) => (i === action.index ? result.value : w)),
      };
    }
    default:
      throw new Refusal('ACTION_MALFORMED', ['type']);
  }
}

/**
 * Applies one change to a whole partnership and says what happened: the new document — the same
 * object when nothing changed — or why the change was refused. Editors of every part of the
 * document (organizations, purpose and scope, resources, pathway, agreement terms, signatures,
 * working group, meetings) use the generic `set`, `add`, `remove` and `move` on an
 * {@link EditPath}; the RACI matrix, the SWOT, reviews, the dissolution and worksheets hand their
 * own actions to their reducers. Whatever it is sent, the result still matches the schema: a
 * change that would not is refused (with the schema's own code and the path of the fault), and a
 * refused change leaves the document as it was. Removing something still referred to (an
 * organization named in the RACI matrix, a member who attended a meeting) is refused with
 * `ACTION_STILL_REFERENCED` until it is confirmed with `cascade: true`.
 *
 * @example
 * ```ts
 * const { value, rejection } = applyPartnershipAction(partnership, {
 *   type: 'set',
 *   path: ['organizations', { id: 'org-a' }, 'mission'],
 *   value: { fr: 'Soutenir l’emploi', en: 'Support employment' },
 * });
 * ```
 */
export function applyPartnershipAction(
  p: Partnership,
  action: PartnershipAction,
): ActionResult<Partnership> {
  let next: Partnership;
  try {
    next = apply(p, action);
  } catch (error) {
    if (error instanceof Refusal) return rejected(p, error.code, error.path, error.params);
    return rejected(p, 'ACTION_MALFORMED');
  }
  if (next === p) return { value: p };
  const checked = PartnershipSchema.safeParse(next);
  if (!checked.success) {
    const [issue] = fromSchemaIssues(checked.error.issues, next);
    return rejected(
      p,
      issue?.code ?? 'ACTION_INVALID_VALUE',
      issue?.path ?? [],
      (issue?.params ?? {}) as Record<string, string | number>,
    );
  }
  return { value: next };
}

/**
 * The pure reducer of a whole partnership: the new document, or the same one when the action
 * changes nothing or is refused (see {@link applyPartnershipAction}).
 *
 * @example
 * ```ts
 * partnership = partnershipReducer(partnership, { type: 'add', path: ['workingGroup'], item: { title: { fr: 'Direction' } } });
 * ```
 */
export function partnershipReducer(p: Partnership, action: PartnershipAction): Partnership {
  return applyPartnershipAction(p, action).value;
}
