import {
  type Language,
  organizationLabel,
  type Partnership,
  type WorkingGroupMember,
} from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { useId } from 'react';
import { SelectField, TextInputField } from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { CheckButton, CheckSummary } from '../editors/SectionCheck';
import { type EditorChecks, useEditorChecks } from '../editors/useEditorChecks';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { useSectionCheck } from '../editors/useSectionCheck';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
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
  const languages = useContentLanguages(props.partnership?.languages);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const nameOf = (member: WorkingGroupMember) =>
    member.name?.trim() || shown(member.title, lang, t('editor.untitled')).text;
  const checks = useEditorChecks({
    partnership,
    keys: 'workingGroup',
    dispatch,
    labelOf: (path) => labelOf(path, members, nameOf, t),
    announce,
    locale: props.locale,
  });
  const check = useSectionCheck();
  const list = useListEditor({
    items: members,
    path: [],
    dispatch: checks.dispatch,
    partnership,
    newItem: () => ({ title: {} }),
    idPrefix: 'member',
    nameOf,
    firstFieldOf: (id) => `${path(id, 'title')}-${languages[0] ?? 'fr'}`,
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
      <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
      {members.length === 0 ? <p data-part="empty">{t('workingGroup.empty')}</p> : null}
      <ol data-part="items">
        {members.map((member, index) => (
          <li key={member.id} data-item-id={member.id}>
            <MemberFields
              member={member}
              index={index}
              name={nameOf(member)}
              partnership={partnership}
              checks={checks}
              languages={languages}
              readOnly={readOnly}
              t={t}
            />
            {readOnly ? null : <ItemActions list={list} item={member} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <div data-part="actions">
        <button {...list.getAddProps()}>{t('workingGroup.add')}</button>
        <CheckButton check={check} messages={checks.messages} t={t} />
      </div>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

/** What the control at a path is called, for messages ("Organization — Member 2"). */
function labelOf(
  at: EditPath,
  members: readonly WorkingGroupMember[],
  nameOf: (member: WorkingGroupMember) => string,
  t: WorkingGroupTranslate,
): string | undefined {
  const [, item, field] = at;
  const member = typeof item === 'object' ? members.find((m) => m.id === item.id) : undefined;
  const labels: Record<string, Parameters<WorkingGroupTranslate>[0]> = {
    title: 'workingGroup.memberTitle',
    name: 'workingGroup.name',
    organizationId: 'workingGroup.organization',
    email: 'workingGroup.email',
  };
  const key = typeof field === 'string' ? labels[field] : undefined;
  if (!member || !key) return undefined;
  return t('editor.fieldOf', { field: t(key), item: nameOf(member) });
}

function MemberFields({
  member,
  index,
  name,
  partnership,
  checks,
  languages,
  readOnly,
  t,
}: {
  readonly member: WorkingGroupMember;
  readonly index: number;
  readonly name: string;
  readonly partnership: Partnership;
  readonly checks: EditorChecks;
  readonly languages: readonly Language[];
  readonly readOnly: boolean;
  readonly t: WorkingGroupTranslate;
}) {
  const at = (field: string) => [{ id: member.id }, field] as const;
  const setOptional = (field: string, value: string) =>
    checks.dispatch({
      type: 'set',
      path: at(field),
      value: value.trim() === '' ? undefined : value,
    });
  const organizations = partnership.organizations.map((o) => ({
    value: o.id,
    label: organizationLabel(o),
  }));
  return (
    <fieldset>
      <legend>{t('workingGroup.member', { n: index + 1, name })}</legend>
      <BilingualTextField
        id={path(member.id, 'title')}
        label={t('workingGroup.memberTitle')}
        value={member.title}
        onValueChange={(title) => checks.dispatch({ type: 'set', path: at('title'), value: title })}
        languages={languages}
        readOnly={readOnly}
        maxLength={500}
        error={checks.errorFor(path(member.id, 'title'))}
      />
      <TextInputField
        id={path(member.id, 'name')}
        label={t('workingGroup.name')}
        value={member.name}
        maxLength={500}
        readOnly={readOnly}
        error={checks.errorFor(path(member.id, 'name'))}
        onValueChange={(text) => setOptional('name', text)}
      />
      <SelectField
        id={path(member.id, 'organizationId')}
        label={t('workingGroup.organization')}
        value={member.organizationId ?? ''}
        disabled={readOnly}
        error={checks.errorFor(path(member.id, 'organizationId'))}
        options={[{ value: '', label: t('editor.none') }, ...organizations]}
        onValueChange={(value) => setOptional('organizationId', value)}
      />
      <TextInputField
        id={path(member.id, 'email')}
        type="email"
        label={t('workingGroup.email')}
        value={member.email}
        maxLength={500}
        readOnly={readOnly}
        error={checks.errorFor(path(member.id, 'email'))}
        onValueChange={(text) => setOptional('email', text)}
      />
    </fieldset>
  );
}
