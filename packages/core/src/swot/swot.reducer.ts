import { type Draft, original, produce } from 'immer';
import { nextId } from '../common/create-id';
import { inserted, moved } from '../common/list';
import { isUsableId } from '../common/validators';
import { SWOT_QUADRANTS, type Swot, type SwotItem, type SwotQuadrant } from './swot.schema';

/** Every change a SWOT (FFPM) grid can undergo; the `type` names are a public contract. */
export type SwotAction =
  | {
      readonly type: 'itemAdd';
      readonly quadrant: SwotQuadrant;
      /** Defaults to the first free `swot-N` across the four quadrants. */
      readonly id?: string;
      readonly text: string;
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

function applySwotAction(draft: Draft<Swot>, base: Swot, action: SwotAction): void {
  if (action.type === 'itemAdd') {
    const id =
      action.id ??
      nextId(
        'swot',
        SWOT_QUADRANTS.flatMap((q) => base[q].map((item) => item.id)),
      );
    if (!isUsableId(id) || findSwotItem(base, id)) return;
    const item: SwotItem = {
      id,
      text: action.text,
      ...(action.resourceKind === undefined ? {} : { resourceKind: action.resourceKind }),
      ...(action.availability === undefined ? {} : { availability: action.availability }),
    };
    draft[action.quadrant] = [...base[action.quadrant], item];
    return;
  }
  const at = findSwotItem(base, action.itemId);
  if (!at) return;
  const list = base[at.quadrant];
  const item = list[at.index] as SwotItem;
  switch (action.type) {
    case 'itemEdit': {
      const next: SwotItem = { ...item };
      for (const [key, value] of Object.entries(action.changes) as [
        keyof Omit<SwotItem, 'id'>,
        string | undefined,
      ][]) {
        if (value === undefined) delete next[key];
        else (next as Record<string, string>)[key] = value;
      }
      if (JSON.stringify(next) !== JSON.stringify(item))
        (draft[at.quadrant] as SwotItem[])[at.index] = next;
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
    case 'itemMoveToQuadrant': {
      if (action.quadrant === at.quadrant) return;
      draft[at.quadrant] = list.filter((_, i) => i !== at.index);
      draft[action.quadrant] = inserted(base[action.quadrant], item, action.index);
      return;
    }
  }
}

/**
 * The pure reducer of a SWOT (FFPM) analysis (immer): add, edit, remove and reorder items, and
 * move them between quadrants. Returns the same object when nothing changes; untouched quadrants
 * keep their identity.
 *
 * @example
 * ```ts
 * let swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
 * swot = swotReducer(swot, { type: 'itemAdd', quadrant: 'threats', text: 'Funding renewal uncertain', resourceKind: 'financial', availability: 'needed' });
 * swot = swotReducer(swot, { type: 'itemMoveToQuadrant', itemId: 'swot-1', quadrant: 'weaknesses' });
 * ```
 */
export function swotReducer(swot: Swot, action: SwotAction): Swot {
  return produce(swot, (draft) =>
    applySwotAction(draft, (original(draft) ?? draft) as Swot, action),
  );
}
