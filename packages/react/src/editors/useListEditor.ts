import { type ActionResult, nextId, type Partnership } from '@partnership-kit/core';
import {
  type EditPath,
  type PartnershipAction,
  type ReferenceKind,
  referencesTo,
} from '@partnership-kit/core/editing';
import { useEffect, useState } from 'react';
import type { ConfirmDialogProps } from '../fields/ConfirmDialog';
import type { Translate } from '../i18n/useMessages';
import type { EditorMessageKey } from './editor.messages';

/** Options of {@link useListEditor}. */
export interface ListEditorOptions<T extends { readonly id: string }> {
  readonly items: readonly T[];
  /** Where the list is, relative to the editor's slice (`[]` when the slice is the list). */
  readonly path: EditPath;
  readonly dispatch: (action: PartnershipAction) => ActionResult<Partnership>;
  readonly partnership: Partnership;
  /** What a new item starts as, without its id. */
  readonly newItem: () => Record<string, unknown>;
  /** The stem of new ids: `member` gives `member-1`, `member-2`… */
  readonly idPrefix: string;
  /** A short name for announcements and labels ("Program manager"). */
  readonly nameOf: (item: T) => string;
  /** The DOM id of an item's first field, where focus goes when it is added. */
  readonly firstFieldOf: (id: string) => string;
  /** The DOM id of the add button, where focus goes when the list becomes empty. */
  readonly addButtonId: string;
  /** Items other parts of the document may name: removal asks first, then cascades. */
  readonly referenceKind?: ReferenceKind;
  // Any editor's table: it holds the shared `editor.*` keys.
  readonly t: Translate<EditorMessageKey>;
  readonly announce: (text: string) => void;
  readonly readOnly?: boolean;
}

/**
 * The behaviour shared by every list in the partnership editors (organizations, members,
 * resources, phases, signatories, meetings…): add (focus goes to the new item's first field),
 * move up and down (buttons stay focusable at the ends, `aria-disabled`), remove (focus goes to
 * the neighbour, or the add button), a confirmation when the item is named elsewhere, and an
 * announcement for each change. Returns prop getters for the buttons and the confirmation.
 *
 * @example
 * ```tsx
 * const list = useListEditor({ items: slice, path: [], dispatch, partnership, newItem: () => ({ title: {} }), … });
 * <button {...list.getAddProps()}>Add a member</button>
 * ```
 */
export function useListEditor<T extends { readonly id: string }>(options: ListEditorOptions<T>) {
  const { items, path, dispatch, partnership, t, announce } = options;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [asking, setAsking] = useState<T | null>(null);
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const report = (result: ActionResult<Partnership>, said: string) => {
    if (result.rejection) return false;
    announce(said);
    return true;
  };
  const add = () => {
    // The id is made here, so focus can go to the new item's first field once it renders.
    const id = nextId(
      options.idPrefix,
      items.map((item) => item.id),
    );
    const item = { ...options.newItem(), id };
    if (dispatch({ type: 'add', path, item }).rejection) return;
    announce(t('editor.announce.added', { item: options.nameOf(item as unknown as T) }));
    setFocusId(options.firstFieldOf(id));
  };
  const removeNow = (item: T, cascade: boolean) => {
    const index = items.findIndex((x) => x.id === item.id);
    const neighbour = items[index + 1] ?? items[index - 1];
    if (
      !report(
        dispatch({ type: 'remove', path, id: item.id, cascade }),
        t('editor.announce.removed', { item: options.nameOf(item) }),
      )
    )
      return;
    setFocusId(neighbour ? options.firstFieldOf(neighbour.id) : options.addButtonId);
  };
  const remove = (item: T) => {
    const named = options.referenceKind
      ? referencesTo(partnership, options.referenceKind, item.id).length
      : 0;
    if (named > 0) setAsking(item);
    else removeNow(item, false);
  };
  const move = (item: T, delta: -1 | 1) => {
    const index = items.findIndex((x) => x.id === item.id);
    const to = index + delta;
    if (to < 0 || to >= items.length) return;
    report(
      dispatch({ type: 'move', path, id: item.id, toIndex: to }),
      t('editor.announce.moved', {
        item: options.nameOf(item),
        position: to + 1,
        count: items.length,
      }),
    );
  };

  const moveProps = (item: T, index: number, delta: -1 | 1) => {
    const edge = delta < 0 ? index === 0 : index === items.length - 1;
    return {
      type: 'button' as const,
      'data-variant': 'secondary',
      'aria-label': t(delta < 0 ? 'editor.moveUp' : 'editor.moveDown', {
        item: options.nameOf(item),
      }),
      // Reachable at an edge: a disabled button would drop focus to the page after the move.
      'aria-disabled': edge || undefined,
      onClick: edge ? undefined : () => move(item, delta),
    };
  };
  const confirm: ConfirmDialogProps | null = asking
    ? {
        open: true,
        title: t('editor.confirm.title', { item: options.nameOf(asking) }),
        description: t('editor.confirm.description', {
          item: options.nameOf(asking),
          count: options.referenceKind
            ? referencesTo(partnership, options.referenceKind, asking.id).length
            : 0,
        }),
        confirmLabel: t('editor.confirm.remove'),
        cancelLabel: t('dialog.cancel'),
        onConfirm: () => {
          setAsking(null);
          removeNow(asking, true);
        },
        onCancel: () => setAsking(null),
      }
    : null;

  return {
    add,
    remove,
    move,
    confirm,
    getAddProps: () => ({
      type: 'button' as const,
      id: options.addButtonId,
      'data-variant': 'secondary',
      onClick: add,
      hidden: options.readOnly || undefined,
    }),
    getMoveUpProps: (item: T, index: number) => moveProps(item, index, -1),
    getMoveDownProps: (item: T, index: number) => moveProps(item, index, 1),
    getRemoveProps: (item: T) => ({
      type: 'button' as const,
      'data-variant': 'danger',
      'aria-label': t('editor.remove', { item: options.nameOf(item) }),
      onClick: () => remove(item),
    }),
  };
}
