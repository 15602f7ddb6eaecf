import { SHARED_DOCUMENT_KINDS, type SharedDocument } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { ChoiceGroup, SelectField } from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { organizationOptions } from './organization-options';
import type { ResourcePartProps } from './ResourceFields';

/**
 * The documents the partners share or will share (EST-2): intake and emergency-contact forms,
 * consent forms that name every partner the information may go to.
 */
export function SharedDocuments(
  props: ResourcePartProps & {
    readonly documents: readonly SharedDocument[];
    readonly announce: (text: string) => void;
    readonly headingLevel: 3 | 4 | 5;
  },
) {
  const { documents, partnership, checks, readOnly, t, lang } = props;
  const nameOf = (d: SharedDocument) => shown(d.title, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: documents,
    path: ['sharedDocuments'],
    dispatch: checks.dispatch,
    partnership,
    // A shared document is most often shared by every partner: they are all named to start with.
    newItem: () => ({
      kind: 'other',
      title: {},
      organizationIds: partnership.organizations.map((o) => o.id),
      availability: 'needed',
    }),
    idPrefix: 'document',
    nameOf,
    firstFieldOf: (id) => fieldId(['sharedDocuments', { id }, 'kind']),
    addButtonId: `${fieldId(['sharedDocuments'])}-add`,
    t,
    announce: props.announce,
    readOnly,
  });
  const Heading = `h${props.headingLevel}` as const;
  return (
    <div data-part="documents" id={fieldId(['sharedDocuments'])} tabIndex={-1}>
      <Heading>{t('resources.documents')}</Heading>
      <p data-part="intro">{t('resources.documents.intro')}</p>
      {documents.length === 0 ? <p data-part="empty">{t('resources.documents.empty')}</p> : null}
      <ol data-part="items">
        {documents.map((document, index) => (
          <li key={document.id} data-item-id={document.id}>
            <DocumentFields {...props} document={document} index={index} name={nameOf(document)} />
            {readOnly ? null : <ItemActions list={list} item={document} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('resources.documents.add')}</button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
    </div>
  );
}

function DocumentFields(
  props: ResourcePartProps & {
    readonly document: SharedDocument;
    readonly index: number;
    readonly name: string;
  },
) {
  const { document, partnership, checks, readOnly, t } = props;
  const at = (field: string): EditPath => ['sharedDocuments', { id: document.id }, field];
  const id = (field: string) => fieldId(at(field));
  const set = (field: string, value: unknown) =>
    checks.commit(at(field), { type: 'set', path: at(field), value });
  const named = document.organizationIds;
  return (
    <fieldset id={fieldId(['sharedDocuments', { id: document.id }])} tabIndex={-1}>
      <legend>{t('resources.document', { n: props.index + 1, name: props.name })}</legend>
      <SelectField
        id={id('kind')}
        label={t('resources.document.kind')}
        value={document.kind}
        options={SHARED_DOCUMENT_KINDS.map((kind) => ({
          value: kind,
          label: t(`resources.document.kind.${kind}`),
        }))}
        disabled={readOnly}
        error={checks.errorFor(id('kind'))}
        onValueChange={(kind) => set('kind', kind)}
      />
      <BilingualTextField
        id={id('title')}
        label={t('resources.document.title')}
        value={document.title}
        onValueChange={(text) => set('title', text)}
        error={checks.errorFor(id('title'))}
        languages={props.languages}
        readOnly={readOnly}
        required
        maxLength={500}
      />
      <ChoiceGroup
        id={id('organizationIds')}
        kind="checkbox"
        legend={t('resources.document.organizations')}
        hint={document.kind === 'consent' ? t('resources.document.consentHint') : undefined}
        empty={t('resources.document.noOrganizations')}
        options={organizationOptions(partnership, named, t)}
        selected={named}
        disabled={readOnly}
        error={checks.errorFor(id('organizationIds'))}
        onToggle={(value, checked) =>
          set('organizationIds', checked ? [...named, value] : named.filter((x) => x !== value))
        }
      />
      <ChoiceGroup
        id={id('availability')}
        kind="radio"
        legend={t('resources.document.availability')}
        options={(['in-place', 'needed'] as const).map((value) => ({
          value,
          label: t(`resources.availability.${value}`),
        }))}
        selected={[document.availability]}
        disabled={readOnly}
        error={checks.errorFor(id('availability'))}
        onToggle={(value) => set('availability', value)}
      />
    </fieldset>
  );
}
