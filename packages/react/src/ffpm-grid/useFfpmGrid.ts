import {
  type LocalizedText,
  SWOT_QUADRANTS,
  type Swot,
  type SwotItem,
  type SwotQuadrant,
} from '@partnership-kit/core';
import { applySwotAction, findSwotItem, type SwotAction } from '@partnership-kit/core/editing';
import { useCallback, useId, useRef, useState } from 'react';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { useControllableReducer } from '../hooks/useControllableReducer';
import { formatActionIssue } from '../i18n/issue-formatters';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { FFPM_MESSAGES } from './ffpm.messages';
import { createFfpmItemGetters, type FfpmFocusTarget, useFfpmFocus } from './ffpm-grid.getters';

const EMPTY: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };

/** Options of {@link useFfpmGrid}. */
export interface UseFfpmGridOptions extends MessageOptions {
  readonly value?: Swot;
  readonly defaultValue?: Swot;
  readonly onValueChange?: (swot: Swot) => void;
  /** Show the items, no editing. */
  readonly readOnly?: boolean;
  /** Start with only the resources still needed shown (EST-2). */
  readonly defaultFilterNeeded?: boolean;
}

/** The fields of an item form. */
export interface FfpmItemValues {
  readonly text: LocalizedText;
  readonly resourceKind: SwotItem['resourceKind'];
  readonly availability: SwotItem['availability'];
}

/**
 * The behaviour of a SWOT (FFPM) grid without its markup: the analysis (controlled or not)
 * through core's `swotReducer`, the "still needed" filter, which item is being edited, where
 * focus goes after each change (never back to the page), announcements, Alt+arrow moves — and
 * prop getters for items and their controls. `<FfpmGrid>` lays them on elements.
 *
 * @example
 * ```tsx
 * const ffpm = useFfpmGrid({ defaultValue: partnership.swot });
 * ffpm.add('threats', { text: { en: 'Funding uncertain' }, resourceKind: 'financial', availability: 'needed' });
 * ```
 */
export function useFfpmGrid(options: UseFfpmGridOptions) {
  const { readOnly = false } = options;
  const { t, lang } = useMessages(FFPM_MESSAGES, options);
  const formatIssue = useFormatIssue(formatActionIssue, options.locale);
  const [swot, , set] = useControllableReducer<Swot, never>((state) => state, {
    value: options.value,
    defaultValue: () => options.defaultValue ?? EMPTY,
    onValueChange: options.onValueChange,
    name: 'FfpmGrid',
  });
  const [neededOnly, setNeededOnly] = useState(options.defaultFilterNeeded ?? false);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  const [focusTarget, setFocusTarget] = useState<FfpmFocusTarget | null>(null);
  const rootRef = useRef<HTMLElement | null>(null);
  const idPrefix = `pk-ffpm-${useId().replace(/:/g, '')}`;

  useFfpmFocus(rootRef, focusTarget, setFocusTarget);

  const nameOf = (item: SwotItem) => shown(item.text, lang, t('ffpm.untitled')).text;
  const quadrantName = (quadrant: SwotQuadrant) => t(`ffpm.${quadrant}`);
  /** Applies an action to the latest analysis; says why when it is refused. */
  const apply = (action: SwotAction): boolean => {
    let refused = false;
    set((current) => {
      const result = applySwotAction(current, action);
      if (result.rejection) {
        refused = true;
        announce(formatIssue(result.rejection));
      }
      return result.value;
    });
    return !refused;
  };

  const add = (quadrant: SwotQuadrant, values: FfpmItemValues) => {
    const { resourceKind, availability } = values;
    if (
      !apply({
        type: 'itemAdd',
        quadrant,
        text: values.text,
        ...(resourceKind ? { resourceKind } : {}),
        ...(availability ? { availability } : {}),
      })
    )
      return false;
    announce(
      t('ffpm.announce.added', {
        item: shown(values.text, lang, '').text,
        quadrant: quadrantName(quadrant),
      }),
    );
    setFocusTarget({ add: quadrant });
    return true;
  };
  const save = (item: SwotItem, values: FfpmItemValues) => {
    if (!apply({ type: 'itemEdit', itemId: item.id, changes: values })) return false;
    setEditing(null);
    announce(t('ffpm.announce.saved', { item: shown(values.text, lang, '').text }));
    setFocusTarget({ item: item.id, control: 'edit' });
    return true;
  };
  const cancel = (item: SwotItem) => {
    setEditing(null);
    setFocusTarget({ item: item.id, control: 'edit' });
  };
  const remove = (item: SwotItem) => {
    const at = findSwotItem(swot, item.id);
    if (!at || !apply({ type: 'itemRemove', itemId: item.id })) return;
    const list = swot[at.quadrant];
    const neighbour = list[at.index + 1] ?? list[at.index - 1];
    announce(t('ffpm.announce.removed', { item: nameOf(item) }));
    setFocusTarget(neighbour ? { item: neighbour.id, control: 'edit' } : { add: at.quadrant });
  };
  const move = (item: SwotItem, delta: -1 | 1, control = delta < 0 ? 'up' : 'down') => {
    const at = findSwotItem(swot, item.id);
    if (!at) return;
    const count = swot[at.quadrant].length;
    const position = Math.min(Math.max(0, at.index + delta), count - 1);
    if (position !== at.index) apply({ type: 'itemMove', itemId: item.id, toIndex: position });
    announce(t('ffpm.announce.reordered', { item: nameOf(item), position: position + 1, count }));
    setFocusTarget({ item: item.id, control });
  };
  const moveTo = (item: SwotItem, quadrant: SwotQuadrant, control = 'move-to') => {
    if (!apply({ type: 'itemMoveToQuadrant', itemId: item.id, quadrant })) return;
    announce(t('ffpm.announce.moved', { item: nameOf(item), quadrant: quadrantName(quadrant) }));
    setFocusTarget({ item: item.id, control });
  };

  const { onItemKeyDown, getItemProps, getItemActionProps } = createFfpmItemGetters({
    swot,
    readOnly,
    editing,
    setEditing,
    t,
    nameOf,
    move,
    moveTo,
    remove,
  });
  const shownItems = (quadrant: SwotQuadrant) =>
    neededOnly ? swot[quadrant].filter((item) => item.availability === 'needed') : swot[quadrant];

  return {
    swot,
    t,
    lang,
    readOnly,
    idPrefix,
    neededOnly,
    setNeededOnly,
    editing,
    quadrants: SWOT_QUADRANTS,
    shownItems,
    nameOf,
    quadrantName,
    add,
    save,
    cancel,
    remove,
    move,
    moveTo,
    onItemKeyDown,
    announcement,
    rootRef: useCallback((element: HTMLElement | null) => {
      rootRef.current = element;
    }, []),
    getItemProps,
    getItemActionProps,
  };
}
