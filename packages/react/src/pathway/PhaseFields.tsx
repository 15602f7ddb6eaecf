import type { Language, Partnership, PathwayPhase } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import {
  ChoiceGroup,
  type FieldOption,
  SelectField,
  TextInputField,
} from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { optionalLocalized } from '../editors/optional-values';
import { TextItemList } from '../editors/TextItemList';
import type { EditorChecks } from '../editors/useEditorChecks';
import { BilingualTextField } from '../fields/BilingualTextField';
import type { PathwayTranslate } from './pathway.messages';
import { organizationName } from './primary-contacts';

/** The partners as choices, and the organizations a phase names that are not partners. */
function organizationOptions(p: Partnership, named: readonly string[], t: PathwayTranslate) {
  const ids = [...new Set([...p.organizations.map((o) => o.id), ...named])];
  return ids.map((id): FieldOption => ({ value: id, label: organizationName(p, id, t) }));
}

/** A whole number of weeks as typed, `undefined` when blank, `null` when it is not one. */
function parseWeeks(text: string): number | undefined | null {
  const bare = text.trim();
  if (bare === '') return undefined;
  return /^\d{1,4}$/.test(bare) ? Number(bare) : null;
}

/** One phase of the client pathway: name, lead, supporting partners, services, duration, description. */
export function PhaseFields(props: {
  readonly phase: PathwayPhase;
  readonly index: number;
  readonly name: string;
  /** The primary contact during this phase (PATH-1..3), if it can be worked out. */
  readonly contact: string | undefined;
  readonly partnership: Partnership;
  /** The languages texts are written in: the partnership's, else the provider's. */
  readonly languages: readonly Language[];
  readonly checks: EditorChecks;
  readonly announce: (text: string) => void;
  readonly readOnly: boolean;
  readonly t: PathwayTranslate;
  readonly lang: Language;
}) {
  const { phase, partnership, checks, readOnly, t } = props;
  const at = (field: string): EditPath => ['pathway', 'phases', { id: phase.id }, field];
  const id = (field: string) => fieldId(at(field));
  const set = (field: string, value: unknown) =>
    checks.commit(at(field), { type: 'set', path: ['phases', { id: phase.id }, field], value });
  const lead = phase.leadOrganizationId;
  const supporting = phase.supportingOrganizationIds;
  const languages = props.languages;
  // The lead is not offered as one of its own supports (unless the document already says so).
  const supportOptions = organizationOptions(partnership, supporting, t).filter(
    (option) => option.value !== lead || supporting.includes(option.value),
  );
  return (
    <fieldset id={fieldId(['pathway', 'phases', { id: phase.id }])} tabIndex={-1}>
      <legend>{t('pathway.phase', { n: props.index + 1, name: props.name })}</legend>
      <BilingualTextField
        id={id('name')}
        label={t('pathway.name')}
        value={phase.name}
        onValueChange={(text) => set('name', text)}
        error={checks.errorFor(id('name'))}
        languages={languages}
        readOnly={readOnly}
        required
        maxLength={500}
      />
      <SelectField
        id={id('leadOrganizationId')}
        label={t('pathway.lead')}
        value={lead ?? ''}
        options={[
          { value: '', label: t('pathway.lead.none') },
          ...organizationOptions(partnership, lead ? [lead] : [], t),
        ]}
        disabled={readOnly}
        error={checks.errorFor(id('leadOrganizationId'))}
        onValueChange={(value) => set('leadOrganizationId', value === '' ? undefined : value)}
      />
      <ChoiceGroup
        id={id('supportingOrganizationIds')}
        kind="checkbox"
        legend={t('pathway.supporting')}
        empty={t('pathway.supporting.empty')}
        options={supportOptions}
        selected={supporting}
        disabled={readOnly}
        error={checks.errorFor(id('supportingOrganizationIds'))}
        onToggle={(value, checked) =>
          set(
            'supportingOrganizationIds',
            checked ? [...supporting, value] : supporting.filter((x) => x !== value),
          )
        }
      />
      <TextItemList
        items={phase.services}
        path={['phases', { id: phase.id }, 'services']}
        at={at('services')}
        legend={t('pathway.services')}
        itemLabel={(n) => t('pathway.service', { n })}
        addLabel={t('pathway.services.add', { n: props.index + 1 })}
        empty={t('pathway.services.empty')}
        idPrefix="service"
        partnership={partnership}
        languages={languages}
        lang={props.lang}
        checks={checks}
        t={t}
        announce={props.announce}
        readOnly={readOnly}
      />
      <TextInputField
        id={id('durationWeeks')}
        label={t('pathway.duration')}
        inputMode="numeric"
        value={phase.durationWeeks === undefined ? undefined : String(phase.durationWeeks)}
        sameAs={(typed, saved) => parseWeeks(typed) === parseWeeks(saved ?? '')}
        maxLength={4}
        readOnly={readOnly}
        error={checks.errorFor(id('durationWeeks'))}
        onValueChange={(text) => {
          const weeks = parseWeeks(text);
          if (weeks === null) checks.flag(at('durationWeeks'), t('pathway.duration.invalid'));
          else set('durationWeeks', weeks);
        }}
      />
      <BilingualTextField
        id={id('description')}
        label={t('pathway.description')}
        value={phase.description ?? {}}
        onValueChange={(text) => set('description', optionalLocalized(text))}
        error={checks.errorFor(id('description'))}
        languages={languages}
        readOnly={readOnly}
        multiline
        rows={3}
        maxLength={5000}
      />
      {props.contact !== undefined ? (
        <p data-part="phase-contact">
          {t('pathway.phase.contact', {
            organization: organizationName(partnership, props.contact, t),
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
