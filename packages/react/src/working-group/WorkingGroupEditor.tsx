import {
  organizationLabel,
  type Partnership,
  type WorkingGroupMember,
} from '@partnership-kit/core';
import { useId } from 'react';
import { fieldId } from '../editors/field-ids';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { WORKING_GROUP_MESSAGES, type WorkingGroupTranslate } from './working-group.messages';

/** Props of {@link WorkingGroupEditor}. */
export interface WorkingGroupEditorProps
  extends PartnershipSliceProps<'workingGroup'>,
    MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
}

const path = (id: string, field: string) => fieldId(['workingGroup', { id }, field]);

/**
 * The working group (EST, REV-1): the representatives of each organization, by job title first
 * (in the partnership's languages), with an optional name, organization and email. Members are
 * added, reordered and removed with the keyboard; removing someone who attended meetings or owns
 * action items asks first, then takes them out of those too. Edits its slice (`value`) or the
 * whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <WorkingGroupEditor partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function WorkingGroupEditor(props: WorkingGroupEditorProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(WORKING_GROUP_MESSAGES, props);
  const {
    slice: members,
    partnership,
    dispatch,
  } = usePartnershipSlice('workingGroup', props, () => []);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const nameOf = (member: WorkingGroupMember) =>
    member.name?.trim() || shown(member.title, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: members,
    path: [],
    dispatch,
    partnership,
    newItem: () => ({ title: {} }),
    idPrefix: 'member',
    nameOf,
    firstFieldOf: (id) => `${path(id, 'title')}-${partnership.languages[0] ?? 'fr'}`,
    addButtonId: `${base}-add`,
    referenceKind: 'member',
    t,
    announce,
    readOnly,
  });
  const Heading = `h${headingLevel}` as const;
  return (
    <section data-pk="" data-pk-working-group="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('workingGroup.title')}</Heading>
      <p data-part="intro">{t('workingGroup.intro')}</p>
      {members.length === 0 ? <p data-part="empty">{t('workingGroup.empty')}</p> : null}
      <ol data-part="items">
        {members.map((member, index) => (
          <li key={member.id} data-item-id={member.id}>
            <MemberFields
              member={member}
              index={index}
              name={nameOf(member)}
              partnership={partnership}
              dispatch={dispatch}
              readOnly={readOnly}
              t={t}
            />
            {readOnly ? null : (
              <div data-part="item-actions">
                <button {...list.getMoveUpProps(member, index)}>{t('editor.up')}</button>
                <button {...list.getMoveDownProps(member, index)}>{t('editor.down')}</button>
                <button {...list.getRemoveProps(member)}>{t('editor.removeShort')}</button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('workingGroup.add')}</button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

function MemberFields({
  member,
  index,
  name,
  partnership,
  dispatch,
  readOnly,
  t,
}: {
  readonly member: WorkingGroupMember;
  readonly index: number;
  readonly name: string;
  readonly partnership: Partnership;
  readonly dispatch: ReturnType<typeof usePartnershipSlice<'workingGroup'>>['dispatch'];
  readonly readOnly: boolean;
  readonly t: WorkingGroupTranslate;
}) {
  const at = (field: string) => [{ id: member.id }, field] as const;
  const setOptional = (field: string, value: string) =>
    dispatch({ type: 'set', path: at(field), value: value.trim() === '' ? undefined : value });
  return (
    <fieldset>
      <legend>{t('workingGroup.member', { n: index + 1, name })}</legend>
      <BilingualTextField
        id={path(member.id, 'title')}
        label={t('workingGroup.memberTitle')}
        value={member.title}
        onValueChange={(title) => dispatch({ type: 'set', path: at('title'), value: title })}
        languages={partnership.languages}
        readOnly={readOnly}
        maxLength={500}
      />
      <div data-part="field">
        <label htmlFor={path(member.id, 'name')}>{t('workingGroup.name')}</label>
        <input
          id={path(member.id, 'name')}
          value={member.name ?? ''}
          maxLength={500}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(e) => setOptional('name', e.target.value)}
        />
      </div>
      <div data-part="field">
        <label htmlFor={path(member.id, 'organizationId')}>{t('workingGroup.organization')}</label>
        <select
          id={path(member.id, 'organizationId')}
          value={member.organizationId ?? ''}
          disabled={readOnly}
          onChange={(e) => setOptional('organizationId', e.target.value)}
        >
          <option value="">{t('editor.none')}</option>
          {partnership.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {organizationLabel(o)}
            </option>
          ))}
        </select>
      </div>
      <div data-part="field">
        <label htmlFor={path(member.id, 'email')}>{t('workingGroup.email')}</label>
        <input
          id={path(member.id, 'email')}
          type="email"
          value={member.email ?? ''}
          maxLength={500}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(e) => setOptional('email', e.target.value)}
        />
      </div>
    </fieldset>
  );
}
