import { type Language, organizationLabel, type PointOfContact } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { TextInputField } from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { optionalText } from '../editors/optional-values';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { OrganizationPartProps } from './OrganizationFields';
import type { OrganizationsTranslate } from './organizations.messages';

/**
 * An organization's points of contact, named by job title first (the MOU stays true when
 * people change jobs); the person's name, e-mail and phone are optional.
 */
export function PointsOfContact(props: OrganizationPartProps) {
  const { organization, partnership, checks, readOnly, t, lang, languages } = props;
  const contacts = organization.pointsOfContact;
  const at: EditPath = ['organizations', { id: organization.id }, 'pointsOfContact'];
  const titleId = (id: string) => fieldId([...at, { id }, 'title']);
  const name = organizationLabel(organization);
  const list = useListEditor({
    items: contacts,
    path: [{ id: organization.id }, 'pointsOfContact'],
    dispatch: checks.dispatch,
    partnership,
    newItem: () => ({ title: {} }),
    idPrefix: 'contact',
    nameOf: (contact: PointOfContact) => contactName(contact, lang, t),
    firstFieldOf: (id) => `${titleId(id)}-${languages[0] ?? 'fr'}`,
    addButtonId: `${fieldId(at)}-add`,
    t,
    announce: props.announce,
    readOnly,
  });
  return (
    <fieldset data-part="contacts" id={fieldId(at)} tabIndex={-1}>
      <legend>{t('organizations.contacts')}</legend>
      <p data-part="hint">{t('organizations.contacts.hint')}</p>
      {contacts.length === 0 ? <p data-part="empty">{t('organizations.contacts.empty')}</p> : null}
      <ol data-part="items">
        {contacts.map((contact, index) => (
          <li key={contact.id} data-item-id={contact.id}>
            <ContactFields contact={contact} index={index} {...props} />
            {readOnly ? null : <ItemActions list={list} item={contact} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>
        {t('organizations.contacts.add', { organization: name })}
      </button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
    </fieldset>
  );
}

function ContactFields({
  contact,
  index,
  organization,
  checks,
  readOnly,
  t,
  lang,
  ...props
}: OrganizationPartProps & { readonly contact: PointOfContact; readonly index: number }) {
  const at = (field: string): EditPath => [
    'organizations',
    { id: organization.id },
    'pointsOfContact',
    { id: contact.id },
    field,
  ];
  const id = (field: string) => fieldId(at(field));
  const set = (field: string, value: unknown) =>
    checks.commit(at(field), {
      type: 'set',
      path: [{ id: organization.id }, 'pointsOfContact', { id: contact.id }, field],
      value,
    });
  const plain = (field: 'name' | 'email' | 'phone', type: 'text' | 'email' | 'tel') => (
    <TextInputField
      id={id(field)}
      type={type}
      label={t(`organizations.contact.${field}`)}
      value={contact[field]}
      maxLength={500}
      readOnly={readOnly}
      error={checks.errorFor(id(field))}
      onValueChange={(text) => set(field, optionalText(text))}
    />
  );
  return (
    <fieldset>
      <legend>
        {t('organizations.contact', { n: index + 1, name: contactName(contact, lang, t) })}
      </legend>
      <BilingualTextField
        id={id('title')}
        label={t('organizations.contact.title')}
        value={contact.title}
        onValueChange={(title) => set('title', title)}
        error={checks.errorFor(id('title'))}
        languages={props.languages}
        readOnly={readOnly}
        required
        maxLength={500}
      />
      {plain('name', 'text')}
      {plain('email', 'email')}
      {plain('phone', 'tel')}
    </fieldset>
  );
}

/** A point of contact's name in lists and announcements: the person, else the title. */
function contactName(contact: PointOfContact, lang: Language, t: OrganizationsTranslate): string {
  return contact.name?.trim() || shown(contact.title, lang, t('editor.untitled')).text;
}
