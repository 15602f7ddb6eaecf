import { RESOURCE_KINDS, type SwotItem, type SwotQuadrant } from '@partnership-kit/core';
import { type FormEvent, useId, useState } from 'react';
import { BilingualTextField } from '../fields/BilingualTextField';
import { MenuButton } from '../fields/MenuButton';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import type { FfpmItemValues, UseFfpmGridOptions } from './useFfpmGrid';
import { useFfpmGrid } from './useFfpmGrid';

/** Props of {@link FfpmGrid}. */
export interface FfpmGridProps extends UseFfpmGridOptions {
  /** Level of the grid's title; quadrants get the next level. Default 2. */
  readonly headingLevel?: 2 | 3 | 4;
  readonly className?: string;
}

type Grid = ReturnType<typeof useFfpmGrid>;

/**
 * The SWOT grid — FFPM in French (forces, faiblesses, possibilités, menaces) — that the guide
 * uses in step 2 to inventory resources (EST-2): four quadrants (internal/external ×
 * helpful/harmful), items written in the partnership's languages with an optional resource kind
 * and availability, and a filter for the resources still needed. Everything works with the
 * keyboard: native buttons and fields, a "move to" menu, Alt+↑/↓ to reorder an item and Alt+←/→
 * to move it to the neighbouring quadrant; focus stays on the item it acted on. Controlled
 * (`value` + `onValueChange`) or not (`defaultValue`). Built on {@link useFfpmGrid}.
 *
 * @example
 * ```tsx
 * <FfpmGrid value={partnership.swot} onValueChange={(swot) => save({ ...partnership, swot })} />
 * ```
 */
export function FfpmGrid(props: FfpmGridProps) {
  const { headingLevel = 2, className } = props;
  const grid = useFfpmGrid(props);
  const { t } = grid;
  const titleId = `${grid.idPrefix}-title`;
  const Title = `h${headingLevel}` as const;
  return (
    <section
      ref={grid.rootRef}
      data-pk=""
      data-pk-ffpm=""
      data-readonly={grid.readOnly || undefined}
      aria-labelledby={titleId}
      className={className}
    >
      <Title id={titleId}>{t('ffpm.title')}</Title>
      {grid.readOnly ? null : <p data-part="help">{t('ffpm.help')}</p>}
      <label data-part="filter">
        <input
          type="checkbox"
          checked={grid.neededOnly}
          onChange={(event) => grid.setNeededOnly(event.target.checked)}
        />{' '}
        {t('ffpm.filterNeeded')}
      </label>
      <div data-part="quadrants">
        {grid.quadrants.map((quadrant) => (
          <Quadrant
            key={quadrant}
            grid={grid}
            quadrant={quadrant}
            headingLevel={(headingLevel + 1) as 3 | 4 | 5}
          />
        ))}
      </div>
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {grid.announcement}
      </div>
    </section>
  );
}

function Quadrant({
  grid,
  quadrant,
  headingLevel,
}: {
  grid: Grid;
  quadrant: SwotQuadrant;
  headingLevel: 3 | 4 | 5;
}) {
  const { t } = grid;
  const headingId = `${grid.idPrefix}-${quadrant}`;
  const Heading = `h${headingLevel}` as const;
  const items = grid.shownItems(quadrant);
  return (
    <section data-quadrant={quadrant} aria-labelledby={headingId}>
      <Heading id={headingId}>{grid.quadrantName(quadrant)}</Heading>
      <p data-part="hint">{t(`ffpm.${quadrant}.hint`)}</p>
      {items.length === 0 ? (
        <p data-part="empty">{t('ffpm.empty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <Item key={item.id} grid={grid} item={item} quadrant={quadrant} />
          ))}
        </ul>
      )}
      {grid.readOnly ? null : (
        <div data-part="add">
          <ItemForm
            grid={grid}
            label={t('ffpm.newItem', { quadrant: grid.quadrantName(quadrant) })}
            submitLabel={t('ffpm.add')}
            onSubmit={(values) => grid.add(quadrant, values)}
          />
        </div>
      )}
    </section>
  );
}

function Tags({ item, grid }: { readonly item: SwotItem; readonly grid: Grid }) {
  const { t } = grid;
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

function Item({ grid, item, quadrant }: { grid: Grid; item: SwotItem; quadrant: SwotQuadrant }) {
  const { t } = grid;
  if (grid.editing === item.id) {
    return (
      <li {...grid.getItemProps(item)}>
        <ItemForm
          grid={grid}
          initial={item}
          label={t('ffpm.text')}
          submitLabel={t('dialog.save')}
          onSubmit={(values) => grid.save(item, values)}
          onCancel={() => grid.cancel(item)}
        />
      </li>
    );
  }
  const text = shown(item.text, grid.lang, t('ffpm.untitled'));
  const others = grid.quadrants
    .filter((q) => q !== quadrant)
    .map((q) => ({ id: q, label: grid.quadrantName(q) }));
  return (
    <li {...grid.getItemProps(item)}>
      <span data-part="item-text" lang={text.lang} data-fallback={text.lang ? true : undefined}>
        {text.text}
      </span>{' '}
      <Tags item={item} grid={grid} />
      {grid.readOnly ? null : (
        <span data-part="item-actions">
          <button {...grid.getItemActionProps(item, quadrant, 'edit')} data-variant="secondary">
            {t('ffpm.edit')}
          </button>
          <button {...grid.getItemActionProps(item, quadrant, 'up')} data-variant="secondary">
            {t('ffpm.moveUp')}
          </button>
          <button {...grid.getItemActionProps(item, quadrant, 'down')} data-variant="secondary">
            {t('ffpm.moveDown')}
          </button>
          <MenuButton
            label={t('ffpm.moveTo')}
            aria-label={t('ffpm.moveTo.name', { item: grid.nameOf(item) })}
            data-control="move-to"
            items={others}
            onSelect={(target) => grid.moveTo(item, target as SwotQuadrant)}
            onKeyDown={grid.onItemKeyDown(item, quadrant, 'move-to')}
          />
          <button {...grid.getItemActionProps(item, quadrant, 'remove')} data-variant="danger">
            {t('ffpm.remove')}
          </button>
        </span>
      )}
    </li>
  );
}

function ItemForm({
  grid,
  initial,
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  readonly grid: Grid;
  readonly initial?: SwotItem;
  readonly label: string;
  readonly submitLabel: string;
  /** Returns false when the grid refused the item, so the form keeps what was typed. */
  readonly onSubmit: (values: FfpmItemValues) => boolean | undefined;
  readonly onCancel?: () => void;
}) {
  const { t } = grid;
  const [text, setText] = useState(initial?.text ?? {});
  const [kind, setKind] = useState<string>(initial?.resourceKind ?? '');
  const [availability, setAvailability] = useState<string>(initial?.availability ?? '');
  const [error, setError] = useState<string | null>(null);
  const base = useId().replace(/:/g, '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.fr?.trim() && !text.en?.trim()) {
      setError(t('ffpm.textRequired'));
      document.getElementById(`${base}-text-${grid.lang}`)?.focus();
      return;
    }
    const done = onSubmit({
      text,
      resourceKind: (kind || undefined) as SwotItem['resourceKind'],
      availability: (availability || undefined) as SwotItem['availability'],
    });
    if (done !== false && !initial) {
      setText({});
      setKind('');
      setAvailability('');
    }
  };
  return (
    <form onSubmit={submit} data-part="item-form" noValidate>
      <BilingualTextField
        id={`${base}-text`}
        label={label}
        value={text}
        onValueChange={(next) => {
          setText(next);
          setError(null);
        }}
        error={error ?? undefined}
      />
      <div data-part="field">
        <label htmlFor={`${base}-kind`}>{t('ffpm.kind')}</label>
        <select id={`${base}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">{t('ffpm.none')}</option>
          {RESOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ffpm.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div data-part="field">
        <label htmlFor={`${base}-availability`}>{t('ffpm.availability')}</label>
        <select
          id={`${base}-availability`}
          value={availability}
          onChange={(event) => setAvailability(event.target.value)}
        >
          <option value="">{t('ffpm.none')}</option>
          <option value="in-place">{t('ffpm.availability.in-place')}</option>
          <option value="needed">{t('ffpm.availability.needed')}</option>
        </select>
      </div>
      <div data-part="form-actions">
        <button type="submit" data-variant="primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" data-variant="secondary" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
