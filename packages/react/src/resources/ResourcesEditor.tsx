import { organizationLabel, type Partnership, type Resource } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { useId } from 'react';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { CheckButton, CheckSummary } from '../editors/SectionCheck';
import { useEditorChecks } from '../editors/useEditorChecks';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipFieldsProps, usePartnershipFields } from '../editors/usePartnershipFields';
import { useSectionCheck } from '../editors/useSectionCheck';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { formatAmount } from './amount';
import { ResourceFields, type ResourcePartProps } from './ResourceFields';
import { RESOURCES_KEYS, type ResourcesValue } from './resources.keys';
import { RESOURCES_MESSAGES, type ResourcesTranslate } from './resources.messages';
import { SharedDocuments } from './SharedDocuments';

/** Props of {@link ResourcesEditor}. */
export interface ResourcesEditorProps
  extends PartnershipFieldsProps<(typeof RESOURCES_KEYS)[number]>,
    MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
}

const FIELD_LABELS: Record<string, Parameters<ResourcesTranslate>[0]> = {
  'resources.description': 'resources.description',
  'resources.organizationId': 'resources.organization',
  'resources.kind': 'resources.kind',
  'resources.availability': 'resources.availability',
  'resources.amountCents': 'resources.amount',
  'resources.swotItemIds': 'resources.swot',
  'resources.notes': 'resources.notes',
  'sharedDocuments.kind': 'resources.document.kind',
  'sharedDocuments.title': 'resources.document.title',
  'sharedDocuments.organizationIds': 'resources.document.organizations',
  'sharedDocuments.availability': 'resources.document.availability',
};

/** "Amount in Canadian dollars (optional) (Resource 2)": a control's name in messages. */
function labelOf(path: EditPath, p: Partnership, t: ResourcesTranslate): string | undefined {
  const [list, item, field] = path;
  if ((list !== 'resources' && list !== 'sharedDocuments') || typeof item !== 'object')
    return undefined;
  const n = (p[list] as readonly { id: string }[]).findIndex((x) => x.id === item.id) + 1;
  const itemName =
    list === 'resources' ? t('resources.itemShort', { n }) : t('resources.documentShort', { n });
  const key = typeof field === 'string' ? FIELD_LABELS[`${list}.${field}`] : undefined;
  return key ? t('editor.fieldOf', { field: t(key), item: itemName }) : itemName;
}

/**
 * Step 2 of establishing a partnership (EST-2): the inventory of the resources each organization
 * has in place and those still needed — financial, human, material, information — each with an
 * optional amount in Canadian dollars (typed as a plain number, shown `40 000 $` / `$40,000`) and
 * the SWOT items it answers (the guide runs its SWOT on resources); a table of what each
 * organization brings; and the documents the partners share (intake and emergency-contact forms,
 * consent forms naming the partners). Issues show beside their fields and, on "Check this
 * section", in an error summary. Edits its fields (`value`, a {@link ResourcesValue}) or the
 * whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <ResourcesEditor partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function ResourcesEditor(props: ResourcesEditorProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang, locale } = useMessages(RESOURCES_MESSAGES, props);
  const { fields, partnership, dispatch } = usePartnershipFields(RESOURCES_KEYS, props, () => ({
    resources: [],
    sharedDocuments: [],
  }));
  const languages = useContentLanguages(props.partnership?.languages);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const checks = useEditorChecks({
    partnership,
    keys: RESOURCES_KEYS,
    dispatch,
    labelOf: (path) => labelOf(path, partnership, t),
    announce,
    locale: props.locale,
  });
  const check = useSectionCheck();
  const part: ResourcePartProps = { partnership, checks, readOnly, t, lang, locale, languages };
  const nameOf = (r: Resource) => shown(r.description, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: fields.resources,
    path: ['resources'],
    dispatch: checks.dispatch,
    partnership,
    newItem: () => ({ kind: 'other', description: {}, availability: 'in-place' }),
    idPrefix: 'resource',
    nameOf,
    firstFieldOf: (id) =>
      `${fieldId(['resources', { id }, 'description'])}-${languages[0] ?? 'fr'}`,
    addButtonId: `${base}-add`,
    t,
    announce,
    readOnly,
  });
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <section data-pk="" data-pk-resources="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('resources.title')}</Heading>
      <p data-part="intro">{t('resources.intro')}</p>
      <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
      <Sub>{t('resources.inventory')}</Sub>
      {fields.resources.length === 0 ? <p data-part="empty">{t('resources.empty')}</p> : null}
      <ol data-part="items" id={fieldId(['resources'])} tabIndex={-1}>
        {fields.resources.map((resource, index) => (
          <li
            key={resource.id}
            data-item-id={resource.id}
            data-availability={resource.availability}
          >
            <ResourceFields {...part} resource={resource} index={index} />
            {readOnly ? null : <ItemActions list={list} item={resource} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('resources.add')}</button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      <ResourceTotals {...part} resources={fields.resources} heading={Sub} />
      <SharedDocuments
        {...part}
        documents={fields.sharedDocuments}
        announce={announce}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
      />
      <CheckButton check={check} messages={checks.messages} t={t} />
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

/** What each organization brings and still needs, counted and added up in dollars. */
function ResourceTotals({
  resources,
  partnership,
  t,
  locale,
  heading: Sub,
}: ResourcePartProps & {
  readonly resources: readonly Resource[];
  readonly heading: 'h3' | 'h4' | 'h5';
}) {
  if (resources.length === 0) return null;
  const rows = [
    ...partnership.organizations.map((o) => ({ id: o.id, name: organizationLabel(o) })),
    { id: undefined, name: t('resources.totals.shared') },
  ].map((row) => {
    const own = resources.filter((r) =>
      row.id === undefined
        ? !partnership.organizations.some((o) => o.id === r.organizationId)
        : r.organizationId === row.id,
    );
    const sum = (availability: Resource['availability']) =>
      own
        .filter((r) => r.availability === availability)
        .reduce((total, r) => total + (r.amountCents ?? 0), 0);
    const count = (availability: Resource['availability']) =>
      own.filter((r) => r.availability === availability).length;
    return {
      ...row,
      own,
      inPlace: count('in-place'),
      needed: count('needed'),
      sums: [sum('in-place'), sum('needed')],
    };
  });
  const captionId = `${fieldId(['resources'])}-totals`;
  return (
    <div data-part="totals">
      <Sub id={captionId}>{t('resources.totals')}</Sub>
      <table aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('resources.totals.organization')}</th>
            <th scope="col">{t('resources.totals.inPlace')}</th>
            <th scope="col">{t('resources.totals.needed')}</th>
            <th scope="col">{t('resources.totals.amountInPlace')}</th>
            <th scope="col">{t('resources.totals.amountNeeded')}</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((row) => row.id !== undefined || row.own.length > 0)
            .map((row) => (
              <tr key={row.id ?? ''}>
                <th scope="row">{row.name}</th>
                <td>{row.inPlace}</td>
                <td>{row.needed}</td>
                <td>{formatAmount(row.sums[0] ?? 0, locale)}</td>
                <td>{formatAmount(row.sums[1] ?? 0, locale)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
