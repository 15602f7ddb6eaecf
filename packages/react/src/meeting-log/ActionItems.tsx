import type { ActionItem, LocalizedText, MeetingRecord } from '@partnership-kit/core';
import { useId } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { describedBy } from '../editors/useEditorFeedback';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { actionItemPath, type MeetingContext, memberName } from './meeting-context';

/**
 * A meeting's action items (REV-1: meetings follow up on what they decide): what, who owns it
 * (a working-group member), by when, and whether it is done; an overdue one says so.
 */
export function ActionItems({
  meeting,
  ctx,
}: {
  readonly meeting: MeetingRecord;
  readonly ctx: MeetingContext;
}) {
  const { partnership, readOnly, t, lang } = ctx;
  const base = useId().replace(/:/g, '');
  const nameOf = (item: ActionItem) => shown(item.text, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: meeting.actionItems,
    path: ['records', { id: meeting.id }, 'actionItems'],
    dispatch: ctx.dispatch,
    partnership,
    newItem: () => ({ text: {}, done: false }),
    idPrefix: `${meeting.id}-a`,
    nameOf,
    firstFieldOf: (id) =>
      `${fieldId([...actionItemPath(meeting.id, id), 'text'])}-${partnership.languages[0] ?? 'fr'}`,
    addButtonId: `${base}-add`,
    t,
    announce: ctx.announce,
    readOnly,
  });
  return (
    <fieldset data-part="action-items">
      <legend>{t('meetings.actionItems')}</legend>
      {meeting.actionItems.length === 0 ? (
        <p data-part="empty">{t('meetings.actionItems.empty')}</p>
      ) : null}
      <ol data-part="items">
        {meeting.actionItems.map((item, index) => (
          <li key={item.id} data-item-id={item.id}>
            <ActionItemFields
              meetingId={meeting.id}
              item={item}
              index={index}
              name={nameOf(item)}
              ctx={ctx}
            />
            {readOnly ? null : <ItemActions list={list} item={item} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('meetings.actionItem.add')}</button>
    </fieldset>
  );
}

function ActionItemFields({
  meetingId,
  item,
  index,
  name,
  ctx,
}: {
  readonly meetingId: string;
  readonly item: ActionItem;
  readonly index: number;
  readonly name: string;
  readonly ctx: MeetingContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t, lang } = ctx;
  const path = actionItemPath(meetingId, item.id);
  const id = (field: string) => fieldId([...path, field]);
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'set', path: [...path.slice(1), field], value });
  // Lint reports an overdue item at the item itself; it is fixed by doing it (or moving the date).
  const itemId = fieldId(path);
  const overdue = feedback.messageOf(itemId);
  return (
    <fieldset data-overdue={overdue ? true : undefined}>
      <legend>
        {t('meetings.actionItem', { n: index + 1, name })}
        {overdue ? (
          <>
            {' '}
            <span data-part="tag" data-status="overdue">
              {t('meetings.actionItem.overdue')}
            </span>
          </>
        ) : null}
      </legend>
      <FieldTexts id={itemId} message={overdue} />
      <BilingualTextField
        id={id('text')}
        label={t('meetings.actionItem.text')}
        value={item.text}
        onValueChange={(text: LocalizedText) => set('text', text)}
        languages={partnership.languages}
        readOnly={readOnly}
        error={feedback.messageOf(id('text'))}
      />
      <div data-part="field">
        <label htmlFor={id('ownerId')}>{t('meetings.actionItem.owner')}</label>
        <FieldTexts id={id('ownerId')} message={feedback.messageOf(id('ownerId'))} />
        <select
          id={id('ownerId')}
          value={item.ownerId ?? ''}
          disabled={readOnly}
          aria-describedby={describedBy(id('ownerId'), {
            message: feedback.messageOf(id('ownerId')),
          })}
          onChange={(event) =>
            set('ownerId', event.target.value === '' ? undefined : event.target.value)
          }
        >
          <option value="">{t('editor.none')}</option>
          {partnership.workingGroup.map((member) => (
            <option key={member.id} value={member.id}>
              {memberName(member, lang, t('editor.untitled'))}
            </option>
          ))}
        </select>
      </div>
      <DateField
        id={id('dueOn')}
        label={t('meetings.actionItem.due')}
        value={item.dueOn}
        onValueChange={(date) => set('dueOn', date)}
        error={feedback.messageOf(id('dueOn'), t('meetings.actionItem.due'))}
        disabled={readOnly}
      />
      <label data-part="checkbox" htmlFor={id('done')}>
        <input
          type="checkbox"
          id={id('done')}
          checked={item.done}
          disabled={readOnly}
          aria-describedby={overdue ? `${itemId}-error` : undefined}
          onChange={(event) => set('done', event.target.checked)}
        />{' '}
        {t('meetings.actionItem.done')}
      </label>
    </fieldset>
  );
}
