import {
  type Language,
  type Partnership,
  RESOURCE_KINDS,
  type Resource,
  SWOT_QUADRANTS,
} from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import {
  ChoiceGroup,
  type FieldOption,
  SelectField,
  TextInputField,
} from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { optionalLocalized } from '../editors/optional-values';
import type { EditorChecks } from '../editors/useEditorChecks';
import { BilingualTextField } from '../fields/BilingualTextField';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { amountInput, formatAmount, MAX_AMOUNT_CENTS, parseAmount } from './amount';
import { organizationOptions } from './organization-options';
import type { ResourcesTranslate } from './resources.messages';

/** What the fields of a resource or a shared document need. */
export interface ResourcePartProps {
  readonly partnership: Partnership;
  readonly checks: EditorChecks;
  readonly readOnly: boolean;
  readonly t: ResourcesTranslate;
  readonly lang: Language;
  readonly locale: string;
  /** The languages texts are written in: the partnership's, else the provider's. */
  readonly languages: readonly Language[];
}

/** The SWOT items a resource can answer, "Weakness: No summer job coach", and any it names that is gone. */
function swotOptions(p: Partnership, named: readonly string[], props: ResourcePartProps) {
  const { t, lang } = props;
  const options: FieldOption[] = SWOT_QUADRANTS.flatMap((quadrant) =>
    p.swot[quadrant].map((item) => {
      const text = shown(item.text, lang, t('editor.untitled'));
      return {
        value: item.id,
        label: t('resources.swot.option', {
          quadrant: t(`resources.swot.${quadrant}`),
          item: text.text,
        }),
      };
    }),
  );
  const known = new Set(options.map((o) => o.value));
  for (const id of named)
    if (!known.has(id)) options.push({ value: id, label: t('resources.swot.unknown', { id }) });
  return options;
}

/** One line of the resource inventory (EST-2). */
export function ResourceFields(
  props: ResourcePartProps & { readonly resource: Resource; readonly index: number },
) {
  const { resource, partnership, checks, readOnly, t, lang } = props;
  const at = (field: string): EditPath => ['resources', { id: resource.id }, field];
  const id = (field: string) => fieldId(at(field));
  const set = (field: string, value: unknown) =>
    checks.commit(at(field), { type: 'set', path: at(field), value });
  const name = shown(resource.description, lang, t('editor.untitled')).text;
  const linked = resource.swotItemIds ?? [];
  return (
    <fieldset id={fieldId(['resources', { id: resource.id }])} tabIndex={-1}>
      <legend>{t('resources.item', { n: props.index + 1, name })}</legend>
      <BilingualTextField
        id={id('description')}
        label={t('resources.description')}
        value={resource.description}
        onValueChange={(text) => set('description', text)}
        error={checks.errorFor(id('description'))}
        languages={props.languages}
        readOnly={readOnly}
        required
        maxLength={2000}
      />
      <SelectField
        id={id('organizationId')}
        label={t('resources.organization')}
        value={resource.organizationId ?? ''}
        options={[
          { value: '', label: t('resources.organization.shared') },
          ...organizationOptions(partnership, [resource.organizationId], t),
        ]}
        disabled={readOnly}
        error={checks.errorFor(id('organizationId'))}
        onValueChange={(value) => set('organizationId', value === '' ? undefined : value)}
      />
      <SelectField
        id={id('kind')}
        label={t('resources.kind')}
        value={resource.kind}
        options={RESOURCE_KINDS.map((kind) => ({
          value: kind,
          label: t(`resources.kind.${kind}`),
        }))}
        disabled={readOnly}
        error={checks.errorFor(id('kind'))}
        onValueChange={(kind) => set('kind', kind)}
      />
      <ChoiceGroup
        id={id('availability')}
        kind="radio"
        legend={t('resources.availability')}
        options={(['in-place', 'needed'] as const).map((value) => ({
          value,
          label: t(`resources.availability.${value}`),
        }))}
        selected={[resource.availability]}
        disabled={readOnly}
        error={checks.errorFor(id('availability'))}
        onToggle={(value) => set('availability', value)}
      />
      <AmountField {...props} path={at('amountCents')} />
      <ChoiceGroup
        id={id('swotItemIds')}
        kind="checkbox"
        legend={t('resources.swot')}
        hint={t('resources.swot.hint')}
        empty={t('resources.swot.empty')}
        options={swotOptions(partnership, linked, props)}
        selected={linked}
        disabled={readOnly}
        error={checks.errorFor(id('swotItemIds'))}
        onToggle={(value, checked) => {
          const next = checked ? [...linked, value] : linked.filter((x) => x !== value);
          set('swotItemIds', next.length > 0 ? next : undefined);
        }}
      />
      <BilingualTextField
        id={id('notes')}
        label={t('resources.notes')}
        value={resource.notes ?? {}}
        onValueChange={(text) => set('notes', optionalLocalized(text))}
        error={checks.errorFor(id('notes'))}
        languages={props.languages}
        readOnly={readOnly}
        multiline
        rows={2}
        maxLength={2000}
      />
    </fieldset>
  );
}

/**
 * An amount in Canadian dollars, typed as a plain number and shown back the reader's way
 * (`40 000 $`, `$40,000`); kept in cents, so no rounding creeps in.
 */
function AmountField(props: ResourcePartProps & { resource: Resource; path: EditPath }) {
  const { resource, path, checks, readOnly, t, lang, locale } = props;
  const id = fieldId(path);
  const cents = resource.amountCents;
  const sameAs = (typed: string, saved: string | undefined) =>
    parseAmount(typed) === parseAmount(saved ?? '');
  return (
    <TextInputField
      id={id}
      label={t('resources.amount')}
      hint={t('resources.amount.hint')}
      inputMode="decimal"
      value={amountInput(cents, lang)}
      sameAs={sameAs}
      readOnly={readOnly}
      maxLength={30}
      error={checks.errorFor(id)}
      onValueChange={(text) => {
        const amount = parseAmount(text);
        if (amount === null) checks.flag(path, t('resources.amount.invalid'));
        else if (amount !== undefined && amount > MAX_AMOUNT_CENTS)
          checks.flag(
            path,
            t('resources.amount.tooLarge', { maximum: formatAmount(MAX_AMOUNT_CENTS, locale) }),
          );
        else checks.commit(path, { type: 'set', path, value: amount });
      }}
    >
      {cents !== undefined ? (
        <p data-part="amount" id={`${id}-shown`}>
          {t('resources.amount.shown', { amount: formatAmount(cents, locale) })}
        </p>
      ) : null}
    </TextInputField>
  );
}
