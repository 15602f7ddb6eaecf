import { type Draft, original, produce } from 'immer';
import {
  type ActionResult,
  cleanText,
  isObject,
  rejected,
  textProblem,
} from '../common/action-result';
import { nextId } from '../common/create-id';
import { inserted, moved } from '../common/list';
import { isUsableId } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import {
  RESOURCE_KINDS,
  SWOT_QUADRANTS,
  type Swot,
  type SwotItem,
  type SwotQuadrant,
} from './swot.schema';

/** Every change a SWOT (FFPM) grid can undergo; the `type` names are a public contract. */
export type SwotAction =
  | {
      readonly type: 'itemAdd';
      readonly quadrant: SwotQuadrant;
      /** Defaults to the first free `swot-N` across the four quadrants. */
      readonly id?: string;
      readonly text: LocalizedText;
      readonly resourceKind?: SwotItem['resourceKind'];
      readonly availability?: SwotItem['availability'];
    }
  | {
      readonly type: 'itemEdit';
      readonly itemId: string;
      /** Fields to change; `undefined` for a tag removes it. */
      readonly changes: Partial<Omit<SwotItem, 'id'>>;
    }
  | { readonly type: 'itemRemove'; readonly itemId: string }
  | { readonly type: 'itemMove'; readonly itemId: string; readonly toIndex: number }
  | {
      readonly type: 'itemMoveToQuadrant';
      readonly itemId: string;
      readonly quadrant: SwotQuadrant;
      /** Where in the target quadrant; at the end by default. */
      readonly index?: number;
    };

/** Where an item is: its quadrant and index, or undefined. */
export function findSwotItem(
  swot: Swot,
  itemId: string,
): { quadrant: SwotQuadrant; index: number } | undefined {
  for (const quadrant of SWOT_QUADRANTS) {
    const index = swot[quadrant].findIndex((item) => item.id === itemId);
    if (index >= 0) return { quadrant, index };
  }
  return undefined;
}

const isQuadrant = (value: unknown): value is SwotQuadrant =>
  (SWOT_QUADRANTS as readonly unknown[]).includes(value);
const isTag = (value: unknown, allowed: readonly string[]) =>
  value === undefined || allowed.includes(value as string);
const AVAILABILITY = ['in-place', 'needed'];

/** Why an item's fields cannot be used, or undefined. */
function fieldsProblem(
  swot: Swot,
  fields: Record<string, unknown>,
  path: string[],
  allowed: readonly string[],
): ActionResult<Swot> | undefined {
  if ('text' in fields) {
    const problem = textProblem(fields.text);
    if (problem) return rejected(swot, problem.code, [...path, 'text'], problem.params);
  }
  if (!isTag(fields.resourceKind, RESOURCE_KINDS))
    return rejected(swot, 'ACTION_INVALID_VALUE', [...path, 'resourceKind']);
  if (!isTag(fields.availability, AVAILABILITY))
    return rejected(swot, 'ACTION_INVALID_VALUE', [...path, 'availability']);
  const unknown = Object.keys(fields).filter((key) => !allowed.includes(key));
  return unknown.length > 0
    ? rejected(swot, 'ACTION_MALFORMED', [...path, unknown[0] as string])
    : undefined;
}

function check(swot: Swot, action: Record<string, unknown>): ActionResult<Swot> | undefined {
  if (action.type === 'itemAdd') {
    if (!isQuadrant(action.quadrant) || !('text' in action))
      return rejected(swot, 'ACTION_MALFORMED');
    if (action.id !== undefined && !isUsableId(action.id))
      return rejected(swot, 'ACTION_INVALID_ID', ['id']);
    if (typeof action.id === 'string' && findSwotItem(swot, action.id))
      return rejected(swot, 'ACTION_ID_TAKEN', ['id'], { id: action.id });
    return fieldsProblem(
      swot,
      action,
      [],
      ['type', 'quadrant', 'id', 'text', 'resourceKind', 'availability'],
    );
  }
  if (
    !['itemEdit', 'itemRemove', 'itemMove', 'itemMoveToQuadrant'].includes(action.type as string)
  ) {
    return rejected(swot, 'ACTION_MALFORMED', ['type']);
  }
  if (typeof action.itemId !== 'string') return rejected(swot, 'ACTION_MALFORMED', ['itemId']);
  if (!findSwotItem(swot, action.itemId))
    return rejected(swot, 'ACTION_UNKNOWN_TARGET', ['itemId'], { id: action.itemId });
  if (action.type === 'itemEdit') {
    return isObject(action.changes)
      ? fieldsProblem(swot, action.changes, ['changes'], ['text', 'resourceKind', 'availability'])
      : rejected(swot, 'ACTION_MALFORMED', ['changes']);
  }
  if (action.type === 'itemMoveToQuadrant' && !isQuadrant(action.quadrant))
    return rejected(swot, 'ACTION_MALFORMED', ['quadrant']);
  for (const key of ['toIndex', 'index']) {
    if (action[key] !== undefined && typeof action[key] !== 'number')
      return rejected(swot, 'ACTION_MALFORMED', [key]);
  }
  return undefined;
}

function applyChecked(draft: Draft<Swot>, base: Swot, action: SwotAction): void {
  if (action.type === 'itemAdd') {
    const id =
      action.id ??
      nextId(
        'swot',
        SWOT_QUADRANTS.flatMap((q) => base[q].map((item) => item.id)),
      );
    const item: SwotItem = {
      id,
      text: cleanText(action.text),
      ...(action.resourceKind === undefined ? {} : { resourceKind: action.resourceKind }),
      ...(action.availability === undefined ? {} : { availability: action.availability }),
    };
    draft[action.quadrant] = [...base[action.quadrant], item];
    return;
  }
  const at = findSwotItem(base, action.itemId) as { quadrant: SwotQuadrant; index: number };
  const list = base[at.quadrant];
  const item = list[at.index] as SwotItem;
  switch (action.type) {
    case 'itemEdit': {
      const next: Record<string, unknown> = { ...item };
      for (const [key, value] of Object.entries(action.changes)) {
        if (value === undefined) delete next[key];
        else next[key] = key === 'text' ? cleanText(value as object) : value;
      }
      if (JSON.stringify(next) !== JSON.stringify(item))
        (draft[at.quadrant] as SwotItem[])[at.index] = next as SwotItem;
      return;
    }
    case 'itemRemove':
      draft[at.quadrant] = list.filter((_, i) => i !== at.index);
      return;
    case 'itemMove': {
      const order = moved(list, at.index, action.toIndex);
      if (order) draft[at.quadrant] = order;
      return;
    }
    case 'itemMoveToQuadrant':
      if (action.quadrant === at.quadrant) return;
      draft[at.quadrant] = list.filter((_, i) => i !== at.index);
      draft[action.quadrant] = inserted(base[action.quadrant], item, action.index);
      return;
  }
}

/**
 * Applies one action to a SWOT (FFPM) analysis and says what happened: the new analysis (the
 * same object when nothing changed) or why the action was refused (a malformed action, a text
 * over 20,000 characters, an unknown item, a tag that does not exist). A refused action leaves
 * the analysis as it was.
 *
 * @example
 * ```ts
 * applySwotAction(swot, { type: 'itemRemove', itemId: 'missing' }).rejection?.code; // 'ACTION_UNKNOWN_TARGET'
 * ```
 */
export function applySwotAction(swot: Swot, action: SwotAction): ActionResult<Swot> {
  if (!isObject(action)) return rejected(swot, 'ACTION_MALFORMED');
  const refusal = check(swot, action as unknown as Record<string, unknown>);
  if (refusal) return refusal;
  return {
    value: produce(swot, (draft) =>
      applyChecked(draft, (original(draft) ?? draft) as Swot, action),
    ),
  };
}

/**
 * The pure reducer of a SWOT (FFPM) analysis (immer): add, edit, remove and reorder items, and
 * move them between quadrants. Returns the same object when nothing changes or the action is
 * refused (see {@link applySwotAction}); untouched quadrants keep their identity.
 *
 * @example
 * ```ts
 * let swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
 * swot = swotReducer(swot, { type: 'itemAdd', quadrant: 'threats', text: { en: 'Funding renewal uncertain' }, resourceKind: 'financial', availability: 'needed' });
 * swot = swotReducer(swot, { type: 'itemMoveToQuadrant', itemId: 'swot-1', quadrant: 'weaknesses' });
 * ```
 */
export function swotReducer(swot: Swot, action: SwotAction): Swot {
  return applySwotAction(swot, action).value;
}
