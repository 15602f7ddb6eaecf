import { type Organization, organizationLabel } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { useId, useRef } from 'react';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { CheckButton, CheckSummary } from '../editors/SectionCheck';
import { useEditorChecks } from '../editors/useEditorChecks';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { useSectionCheck } from '../editors/useSectionCheck';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { OrganizationFields } from './OrganizationFields';
import { ORGANIZATIONS_MESSAGES, type OrganizationsTranslate } from './organizations.messages';

/** Props of {@link OrganizationsEditor}. */
export interface OrganizationsEditorProps
  extends PartnershipSliceProps<'organizations'>,
    MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
}

const FIELD_LABELS: Record<string, Parameters<OrganizationsTranslate>[0]> = {
  legalName: 'organizations.legalName',
  shortName: 'organizations.shortName',
  address: 'organizations.address',
  sector: 'organizations.sector',
  program: 'organizations.program',
  mission: 'organizations.mission',
  services: 'organizations.services',
  pointsOfContact: 'organizations.contacts',
  title: 'organizations.contact.title',
  name: 'organizations.contact.name',
  email: 'organizations.contact.email',
  phone: 'organizations.contact.phone',
};

/** "Mission (Northtown CL)": what a control of an organization is called in messages. */
function labelOf(
  path: EditPath,
  organizations: readonly Organization[],
  t: OrganizationsTranslate,
): string | undefined {
  const [, item, field, inner, innerField] = path;
  const organization =
    typeof item === 'object' ? organizations.find((o) => o.id === item.id) : undefined;
  if (!organization || typeof field !== 'string') return undefined;
  const key =
    field === 'services' && typeof inner === 'object'
      ? undefined
      : FIELD_LABELS[typeof innerField === 'string' ? innerField : field];
  const label =
    key !== undefined
      ? t(key)
      : t('organizations.service', {
          n: organization.services.findIndex((s) => s.id === (inner as { id: string }).id) + 1,
        });
  return t('editor.fieldOf', { field: label, item: organizationLabel(organization) });
}

/**
 * The partner organizations (EST-1, the MOU's parties and background): legal name — as the
 * agreement prints it — short name, address, sector (developmental services, ODSP Employment
 * Supports, Employment Ontario, other), the program the partnership concerns, mission, services,
 * and points of contact named by job title (the person is optional, so the MOU survives
 * turnover). Organizations and their services and contacts are added, reordered and removed with
 * the keyboard; removing an organization that other parts of the document name (the RACI
 * matrix, the pathway, approvals…) asks first, then takes it out of those too. Issues from
 * `lintPartnership` show beside their fields and, on "Check this section", in an error summary.
 * Edits its slice (`value`) or the whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <OrganizationsEditor partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function OrganizationsEditor(props: OrganizationsEditorProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(ORGANIZATIONS_MESSAGES, props);
  const {
    slice: organizations,
    partnership,
    dispatch,
  } = usePartnershipSlice('organizations', props, () => []);
  const languages = useContentLanguages(props.partnership?.languages);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const checks = useEditorChecks({
    partnership,
    keys: 'organizations',
    dispatch,
    labelOf: (path) => labelOf(path, organizations, t),
    announce,
    locale: props.locale,
  });
  const check = useSectionCheck();
  // Names this editor made up for new organizations: selected on focus, to be typed over.
  const madeUp = useRef(new Set<string>());
  const list = useListEditor({
    items: organizations,
    path: [],
    dispatch: checks.dispatch,
    partnership,
    newItem: () => {
      // A legal name is required: a new organization starts with one to type over.
      const legalName = t('organizations.newName', { n: organizations.length + 1 });
      madeUp.current.add(legalName);
      return { legalName, sector: 'other', services: [], pointsOfContact: [] };
    },
    idPrefix: 'org',
    nameOf: organizationLabel,
    firstFieldOf: (id) => fieldId(['organizations', { id }, 'legalName']),
    addButtonId: `${base}-add`,
    referenceKind: 'organization',
    t,
    announce,
    readOnly,
  });
  const Heading = `h${headingLevel}` as const;
  return (
    <section data-pk="" data-pk-organizations="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('organizations.title')}</Heading>
      <p data-part="intro">{t('organizations.intro')}</p>
      <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
      {organizations.length === 0 ? <p data-part="empty">{t('organizations.empty')}</p> : null}
      <ol data-part="items">
        {organizations.map((organization, index) => (
          <li key={organization.id} data-item-id={organization.id}>
            <OrganizationFields
              organization={organization}
              index={index}
              partnership={partnership}
              checks={checks}
              readOnly={readOnly}
              isMadeUp={(name) => madeUp.current.has(name)}
              announce={announce}
              t={t}
              lang={lang}
              languages={languages}
            />
            {readOnly ? null : <ItemActions list={list} item={organization} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <div data-part="actions">
        <button {...list.getAddProps()}>{t('organizations.add')}</button>
        <CheckButton check={check} messages={checks.messages} t={t} />
      </div>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}
