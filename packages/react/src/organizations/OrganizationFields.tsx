import {
  type Language,
  MAX_TEXT_LENGTH,
  ORGANIZATION_SECTORS,
  type Organization,
  organizationLabel,
  type Partnership,
} from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { SelectField, TextInputField } from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { optionalLocalized, optionalText } from '../editors/optional-values';
import { TextItemList } from '../editors/TextItemList';
import type { EditorChecks } from '../editors/useEditorChecks';
import { BilingualTextField } from '../fields/BilingualTextField';
import type { OrganizationsTranslate } from './organizations.messages';
import { PointsOfContact } from './PointsOfContact';

/** What every part of one organization's form needs. */
export interface OrganizationPartProps {
  readonly organization: Organization;
  readonly partnership: Partnership;
  readonly checks: EditorChecks;
  readonly readOnly: boolean;
  readonly announce: (text: string) => void;
  readonly t: OrganizationsTranslate;
  readonly lang: Language;
  /** The languages texts are written in: the partnership's, else the provider's. */
  readonly languages: readonly Language[];
}

/** One organization's fields, its services and its points of contact. */
export function OrganizationFields({
  index,
  isMadeUp,
  ...part
}: OrganizationPartProps & {
  readonly index: number;
  readonly isMadeUp: (legalName: string) => boolean;
}) {
  const { organization, checks, readOnly, t, languages } = part;
  // Paths from the document root (ids, messages) and from the slice (dispatch).
  const at = (field: string): EditPath => ['organizations', { id: organization.id }, field];
  const id = (field: string) => fieldId(at(field));
  const set = (field: string, value: unknown) =>
    checks.commit(at(field), { type: 'set', path: [{ id: organization.id }, field], value });
  const name = organizationLabel(organization);
  return (
    <fieldset id={fieldId(['organizations', { id: organization.id }])} tabIndex={-1}>
      <legend>{t('organizations.item', { n: index + 1, name })}</legend>
      <TextInputField
        id={id('legalName')}
        label={t('organizations.legalName')}
        hint={t('organizations.legalName.hint')}
        required
        requiredLabel={t('field.required')}
        value={organization.legalName}
        maxLength={500}
        readOnly={readOnly}
        error={checks.errorFor(id('legalName'))}
        onFocus={(event) => {
          if (isMadeUp(organization.legalName)) event.currentTarget.select();
        }}
        onValueChange={(text) =>
          text.trim() === ''
            ? checks.flag(at('legalName'), t('organizations.legalName.required'))
            : set('legalName', text)
        }
      />
      <TextInputField
        id={id('shortName')}
        label={t('organizations.shortName')}
        hint={t('organizations.shortName.hint')}
        value={organization.shortName}
        maxLength={100}
        readOnly={readOnly}
        error={checks.errorFor(id('shortName'))}
        onValueChange={(text) => set('shortName', optionalText(text))}
      />
      <TextInputField
        id={id('address')}
        label={t('organizations.address')}
        value={organization.address}
        maxLength={2000}
        readOnly={readOnly}
        error={checks.errorFor(id('address'))}
        onValueChange={(text) => set('address', optionalText(text))}
      />
      <SelectField
        id={id('sector')}
        label={t('organizations.sector')}
        value={organization.sector}
        options={ORGANIZATION_SECTORS.map((sector) => ({
          value: sector,
          label: t(`organizations.sector.${sector}`),
        }))}
        disabled={readOnly}
        error={checks.errorFor(id('sector'))}
        onValueChange={(sector) => set('sector', sector)}
      />
      <BilingualTextField
        id={id('program')}
        label={t('organizations.program')}
        value={organization.program ?? {}}
        onValueChange={(text) => set('program', optionalLocalized(text))}
        error={checks.errorFor(id('program'))}
        languages={languages}
        readOnly={readOnly}
        maxLength={500}
      />
      <BilingualTextField
        id={id('mission')}
        label={t('organizations.mission')}
        value={organization.mission ?? {}}
        onValueChange={(text) => set('mission', optionalLocalized(text))}
        error={checks.errorFor(id('mission'))}
        languages={languages}
        readOnly={readOnly}
        multiline
        maxLength={MAX_TEXT_LENGTH}
      />
      <TextItemList
        items={organization.services}
        path={[{ id: organization.id }, 'services']}
        at={at('services')}
        legend={t('organizations.services')}
        itemLabel={(n) => t('organizations.service', { n })}
        addLabel={t('organizations.services.add', { organization: name })}
        empty={t('organizations.services.empty')}
        idPrefix="service"
        partnership={part.partnership}
        languages={languages}
        lang={part.lang}
        checks={checks}
        t={t}
        announce={part.announce}
        readOnly={readOnly}
      />
      <PointsOfContact {...part} />
    </fieldset>
  );
}
