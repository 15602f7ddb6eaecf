import type { Swot, SwotItem, SwotQuadrant } from '@partnership-kit/core';
import { findSwotItem } from '@partnership-kit/core/editing';
import { type KeyboardEvent, type RefObject, useEffect } from 'react';
import type { FFPM_MESSAGES } from './ffpm.messages';

type FfpmTranslate = import('../i18n/useMessages').Translate<
  Extract<keyof typeof FFPM_MESSAGES, string>
>;

/** Horizontal neighbour in the 2 × 2 grid: helpful ↔ harmful on the same (internal/external) line. */
const BESIDE: Record<SwotQuadrant, SwotQuadrant> = {
  strengths: 'weaknesses',
  weaknesses: 'strengths',
  opportunities: 'threats',
  threats: 'opportunities',
};

/** Where focus goes after a change, so it never falls back to the page: an item's control, or a quadrant's new-item field. */
export type FfpmFocusTarget =
  | { readonly item: string; readonly control: string }
  | { readonly add: SwotQuadrant };

/**
 * Moves DOM focus to `target` after the render that made it (an item's control, or a quadrant's
 * new-item field), then clears it. Internal to {@link useFfpmGrid}.
 *
 * @example
 * ```ts
 * useFfpmFocus(rootRef, focusTarget, setFocusTarget);
 * setFocusTarget({ add: 'threats' }); // the threats' new-item field, after the render
 * ```
 */
export function useFfpmFocus(
  rootRef: RefObject<HTMLElement | null>,
  focusTarget: FfpmFocusTarget | null,
  setFocusTarget: (target: FfpmFocusTarget | null) => void,
) {
  useEffect(() => {
    if (!focusTarget) return;
    const root = rootRef.current;
    let target: HTMLElement | null | undefined;
    if ('item' in focusTarget) {
      // Ids are compared as data, not put in a selector: any id works.
      const item = [...(root?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [])].find(
        (element) => element.dataset.itemId === focusTarget.item,
      );
      target =
        item?.querySelector<HTMLElement>(`[data-control="${focusTarget.control}"]`) ??
        item?.querySelector<HTMLElement>('[data-control]');
    } else {
      const add = `[data-quadrant="${focusTarget.add}"] [data-part="add"]`;
      target = root?.querySelector<HTMLElement>(`${add} input, ${add} textarea`);
    }
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, rootRef, setFocusTarget]);
}

/** What the item getters need from {@link useFfpmGrid}. */
export interface FfpmItemGetterContext {
  readonly swot: Swot;
  readonly readOnly: boolean;
  readonly editing: string | null;
  readonly setEditing: (id: string | null) => void;
  readonly t: FfpmTranslate;
  readonly nameOf: (item: SwotItem) => string;
  readonly move: (item: SwotItem, delta: -1 | 1, control?: string) => void;
  readonly moveTo: (item: SwotItem, quadrant: SwotQuadrant, control?: string) => void;
  readonly remove: (item: SwotItem) => void;
}

/**
 * The prop getters of a SWOT item and its buttons (edit, up, down, remove), with the Alt+arrow
 * moves on each control. Internal to {@link useFfpmGrid}.
 *
 * @example
 * ```tsx
 * const { getItemActionProps } = createFfpmItemGetters(context);
 * <button {...getItemActionProps(item, 'threats', 'up')}>↑</button>
 * ```
 */
export function createFfpmItemGetters(context: FfpmItemGetterContext) {
  const { swot, readOnly, editing, setEditing, t, nameOf, move, moveTo, remove } = context;
  /** Alt+↑/↓ reorders, Alt+←/→ moves to the quadrant beside; focus stays on the same control. */
  const onItemKeyDown =
    (item: SwotItem, quadrant: SwotQuadrant, control: string) =>
    (event: KeyboardEvent<HTMLElement>) => {
      if (readOnly || !event.altKey) return;
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        move(item, event.key === 'ArrowUp' ? -1 : 1, control);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        moveTo(item, BESIDE[quadrant], control);
      }
    };

  const getItemProps = (item: SwotItem) => ({
    'data-item-id': item.id,
    'data-kind': item.resourceKind,
    'data-availability': item.availability,
    'data-editing': editing === item.id ? '' : undefined,
  });
  const getItemActionProps = (
    item: SwotItem,
    quadrant: SwotQuadrant,
    control: 'edit' | 'up' | 'down' | 'remove',
  ) => {
    const at = findSwotItem(swot, item.id);
    const index = at?.index ?? 0;
    const last = swot[quadrant].length - 1;
    const edge = (control === 'up' && index === 0) || (control === 'down' && index >= last);
    const names = {
      edit: 'ffpm.edit.name',
      up: 'ffpm.moveUp.name',
      down: 'ffpm.moveDown.name',
      remove: 'ffpm.remove.name',
    } as const;
    const actions = {
      edit: () => setEditing(item.id),
      up: () => move(item, -1),
      down: () => move(item, 1),
      remove: () => remove(item),
    };
    return {
      type: 'button' as const,
      'data-control': control,
      'aria-label': t(names[control], { item: nameOf(item) }),
      // Reachable even at an edge (a disabled button would drop focus to the page after a move).
      'aria-disabled': edge || undefined,
      onClick: edge ? undefined : actions[control],
      onKeyDown: onItemKeyDown(item, quadrant, control),
    };
  };
  return { onItemKeyDown, getItemProps, getItemActionProps };
}
