import {
  RESOURCE_KINDS,
  SWOT_QUADRANTS,
  type Swot,
  type SwotAction,
  type SwotItem,
  type SwotQuadrant,
  swotReducer,
} from '@partnership-kit/core';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageOverrides } from '../i18n/messages';
import { type Translate, useMessages } from '../i18n/useMessages';

const EMPTY: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };

/** Props of {@link FfpmGrid}. */
export interface FfpmGridProps {
  readonly value?: Swot;
  readonly defaultValue?: Swot;
  readonly onValueChange?: (swot: Swot) => void;
  /** Show the items, no editing. */
  readonly readOnly?: boolean;
  /** Start with only the resources still needed shown (EST-2). */
  readonly defaultFilterNeeded?: boolean;
  /** Level of the grid's title; quadrants get the next level. Default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
  readonly className?: string;
}

/** Horizontal neighbour in the 2 × 2 grid: helpful ↔ harmful on the same (internal/external) line. */
const BESIDE: Record<SwotQuadrant, SwotQuadrant> = {
  strengths: 'weaknesses',
  weaknesses: 'strengths',
  opportunities: 'threats',
  threats: 'opportunities',
};

/**
 * The SWOT grid — FFPM in French (forces, faiblesses, possibilités, menaces) — that the guide
 * uses in step 2 to inventory resources (EST-2): four quadrants (internal/external ×
 * helpful/harmful), items with an optional resource kind and availability, and a filter for the
 * resources still needed. Everything works with the keyboard: native buttons and fields, plus
 * Alt+↑/↓ to reorder an item and Alt+←/→ to move it to the neighbouring quadrant. Controlled
 * (`value` + `onValueChange`) or not (`defaultValue`).
 *
 * @example
 * ```tsx
 * <FfpmGrid value={partnership.swot} onValueChange={(swot) => save({ ...partnership, swot })} />
 * ```
 */
export function FfpmGrid(props: FfpmGridProps) {
  const { readOnly = false, headingLevel = 2, className } = props;
  const { t } = useMessages(props);
  const [swot, setSwot] = useControllableState<Swot>({
    value: props.value,
    defaultValue: () => props.defaultValue ?? EMPTY,
    onChange: props.onValueChange,
    name: 'FfpmGrid',
  });
  const [neededOnly, setNeededOnly] = useState(props.defaultFilterNeeded ?? false);
  const [announcement, setAnnouncement] = useState('');
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const dispatch = (action: SwotAction) => setSwot(swotReducer(swot, action));

  useEffect(() => {
    if (focusItem === null) return;
    const items = rootRef.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [];
    const item = [...items].find((element) => element.dataset.itemId === focusItem);
    // Back on the item's first control, so the next Alt+arrow keeps moving it.
    (
      item?.querySelector<HTMLElement>('button') ??
      item?.querySelector<HTMLElement>('[data-part="item-text"]')
    )?.focus();
    setFocusItem(null);
  }, [focusItem]);

  const moveTo = (item: SwotItem, quadrant: SwotQuadrant) => {
    dispatch({ type: 'itemMoveToQuadrant', itemId: item.id, quadrant });
    setAnnouncement(t('ffpm.announce.moved', { item: item.text, quadrant: t(`ffpm.${quadrant}`) }));
    setFocusItem(item.id);
  };

  const Title = `h${headingLevel}` as const;
  return (
    <section
      ref={rootRef}
      data-pk-ffpm=""
      data-readonly={readOnly || undefined}
      aria-labelledby={titleId}
      className={className}
    >
      <Title id={titleId}>{t('ffpm.title')}</Title>
      <label data-part="filter">
        <input
          type="checkbox"
          checked={neededOnly}
          onChange={(event) => setNeededOnly(event.target.checked)}
        />{' '}
        {t('ffpm.filterNeeded')}
      </label>
      <div data-part="quadrants">
        {SWOT_QUADRANTS.map((quadrant) => (
          <Quadrant
            key={quadrant}
            quadrant={quadrant}
            items={swot[quadrant]}
            neededOnly={neededOnly}
            readOnly={readOnly}
            headingLevel={(headingLevel + 1) as 3 | 4 | 5}
            t={t}
            dispatch={dispatch}
            onMoveTo={moveTo}
            onFocusItem={setFocusItem}
          />
        ))}
      </div>
      <div aria-live="polite" role="status" data-part="announcer">
        {announcement}
      </div>
    </section>
  );
}

interface QuadrantProps {
  readonly quadrant: SwotQuadrant;
  readonly items: readonly SwotItem[];
  readonly neededOnly: boolean;
  readonly readOnly: boolean;
  readonly headingLevel: 3 | 4 | 5;
  readonly t: Translate;
  readonly dispatch: (action: SwotAction) => void;
  readonly onMoveTo: (item: SwotItem, quadrant: SwotQuadrant) => void;
  readonly onFocusItem: (id: string) => void;
}

function Quadrant({
  quadrant,
  items,
  neededOnly,
  readOnly,
  headingLevel,
  t,
  dispatch,
  onMoveTo,
  onFocusItem,
}: QuadrantProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const shown = neededOnly ? items.filter((item) => item.availability === 'needed') : items;
  return (
    <section data-quadrant={quadrant} aria-labelledby={headingId}>
      <Heading id={headingId}>{t(`ffpm.${quadrant}`)}</Heading>
      <p data-part="hint">{t(`ffpm.${quadrant}.hint`)}</p>
      {shown.length === 0 ? (
        <p data-part="empty">{t('ffpm.empty')}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <Item
              key={item.id}
              item={item}
              index={items.indexOf(item)}
              count={items.length}
              quadrant={quadrant}
              readOnly={readOnly}
              t={t}
              dispatch={dispatch}
              onMoveTo={onMoveTo}
              onFocusItem={onFocusItem}
            />
          ))}
        </ul>
      )}
      {readOnly ? null : <AddForm quadrant={quadrant} t={t} dispatch={dispatch} />}
    </section>
  );
}

function Tags({ item, t }: { readonly item: SwotItem; readonly t: Translate }) {
  return (
    <>
      {item.resourceKind ? (
        <span data-part="tag" data-kind={item.resourceKind}>
          {t(`ffpm.kind.${item.resourceKind}`)}
        </span>
      ) : null}
      {item.availability ? (
        <span data-part="tag" data-availability={item.availability}>
          {t(`ffpm.availability.${item.availability}`)}
        </span>
      ) : null}
    </>
  );
}

function Item({
  item,
  index,
  count,
  quadrant,
  readOnly,
  t,
  dispatch,
  onMoveTo,
  onFocusItem,
}: Omit<QuadrantProps, 'items' | 'neededOnly' | 'headingLevel'> & {
  readonly item: SwotItem;
  readonly index: number;
  readonly count: number;
}) {
  const [editing, setEditing] = useState(false);
  const moveId = useId();
  const name = { item: item.text };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly || !event.altKey || editing) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      dispatch({
        type: 'itemMove',
        itemId: item.id,
        toIndex: index + (event.key === 'ArrowUp' ? -1 : 1),
      });
      onFocusItem(item.id);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onMoveTo(item, BESIDE[quadrant]);
    }
  };
  if (editing) {
    return (
      <li data-item-id={item.id} data-editing="">
        <ItemForm
          initial={item}
          t={t}
          submitLabel={t('ffpm.save')}
          onCancel={() => setEditing(false)}
          onSubmit={(text, resourceKind, availability) => {
            dispatch({
              type: 'itemEdit',
              itemId: item.id,
              changes: { text, resourceKind, availability },
            });
            setEditing(false);
            onFocusItem(item.id);
          }}
        />
      </li>
    );
  }
  return (
    <li data-item-id={item.id} data-kind={item.resourceKind} data-availability={item.availability}>
      <span data-part="item-text" tabIndex={-1}>
        {item.text}
      </span>{' '}
      <Tags item={item} t={t} />
      {readOnly ? null : (
        <span data-part="item-actions">
          <button type="button" onKeyDown={onKeyDown} onClick={() => setEditing(true)}>
            {t('ffpm.edit', name)}
          </button>
          <button
            type="button"
            onKeyDown={onKeyDown}
            disabled={index === 0}
            onClick={() => dispatch({ type: 'itemMove', itemId: item.id, toIndex: index - 1 })}
          >
            {t('ffpm.moveUp', name)}
          </button>
          <button
            type="button"
            onKeyDown={onKeyDown}
            disabled={index >= count - 1}
            onClick={() => dispatch({ type: 'itemMove', itemId: item.id, toIndex: index + 1 })}
          >
            {t('ffpm.moveDown', name)}
          </button>
          <label htmlFor={moveId} data-part="visually-hidden">
            {t('ffpm.moveTo', name)}
          </label>
          <select
            onKeyDown={onKeyDown}
            id={moveId}
            value={quadrant}
            onChange={(event) => onMoveTo(item, event.target.value as SwotQuadrant)}
          >
            {SWOT_QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {t(`ffpm.${q}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            onKeyDown={onKeyDown}
            data-variant="danger"
            onClick={() => dispatch({ type: 'itemRemove', itemId: item.id })}
          >
            {t('ffpm.remove', name)}
          </button>
        </span>
      )}
    </li>
  );
}

function AddForm({
  quadrant,
  t,
  dispatch,
}: {
  readonly quadrant: SwotQuadrant;
  readonly t: Translate;
  readonly dispatch: (action: SwotAction) => void;
}) {
  return (
    <div data-part="add">
      <ItemForm
        t={t}
        textLabel={t('ffpm.newItem', { quadrant: t(`ffpm.${quadrant}`) })}
        submitLabel={t('ffpm.add')}
        onSubmit={(text, resourceKind, availability) => {
          dispatch({
            type: 'itemAdd',
            quadrant,
            text,
            ...(resourceKind ? { resourceKind } : {}),
            ...(availability ? { availability } : {}),
          });
        }}
      />
    </div>
  );
}

function ItemForm({
  initial,
  t,
  textLabel,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly initial?: SwotItem;
  readonly t: Translate;
  readonly textLabel?: string;
  readonly submitLabel: string;
  readonly onSubmit: (
    text: string,
    kind: SwotItem['resourceKind'],
    availability: SwotItem['availability'],
  ) => void;
  readonly onCancel?: () => void;
}) {
  const [text, setText] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<string>(initial?.resourceKind ?? '');
  const [availability, setAvailability] = useState<string>(initial?.availability ?? '');
  const textRef = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), kind: useId(), availability: useId() };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onSubmit(
      text.trim(),
      (kind || undefined) as SwotItem['resourceKind'],
      (availability || undefined) as SwotItem['availability'],
    );
    if (initial) return;
    // The new-item form stays in place, emptied, with focus in its text field for the next item.
    // (Remounting it instead dropped the focused field from the page: focus fell to <body>.)
    setText('');
    setKind('');
    setAvailability('');
    textRef.current?.focus();
  };
  return (
    <form onSubmit={submit} data-part="item-form">
      <label htmlFor={ids.text}>{textLabel ?? t('ffpm.text')}</label>
      <input
        ref={textRef}
        id={ids.text}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <label htmlFor={ids.kind}>{t('ffpm.kind')}</label>
      <select id={ids.kind} value={kind} onChange={(event) => setKind(event.target.value)}>
        <option value="">{t('ffpm.none')}</option>
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`ffpm.kind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.availability}>{t('ffpm.availability')}</label>
      <select
        id={ids.availability}
        value={availability}
        onChange={(event) => setAvailability(event.target.value)}
      >
        <option value="">{t('ffpm.none')}</option>
        <option value="in-place">{t('ffpm.availability.in-place')}</option>
        <option value="needed">{t('ffpm.availability.needed')}</option>
      </select>
      <button type="submit">{submitLabel}</button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('ffpm.cancel')}
        </button>
      ) : null}
    </form>
  );
}
