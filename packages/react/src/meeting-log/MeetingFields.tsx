import {
  MEETING_KINDS,
  type MeetingRecord,
  organizationLabel,
  type TextItem,
} from '@partnership-kit/core';
import { useId } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { ItemActions } from '../editors/ItemActions';
import { describedBy } from '../editors/useEditorFeedback';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { ActionItems } from './ActionItems';
import { type MeetingContext, memberName, recordPath } from './meeting-context';

/** One meeting held: date, kind, who attended, minutes, decisions and action items (REV-1). */
export function MeetingFields({
  meeting,
  name,
  ctx,
}: {
  readonly meeting: MeetingRecord;
  readonly name: string;
  readonly ctx: MeetingContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t } = ctx;
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'set', path: ['records', { id: meeting.id }, field], value });
  const kindId = recordPath(meeting.id, 'kind');
  const kindMessage = feedback.messageOf(kindId);
  return (
    <fieldset>
      <legend>{name}</legend>
      <DateField
        id={recordPath(meeting.id, 'date')}
        label={t('meetings.date')}
        value={meeting.date}
        onValueChange={(date) => set('date', date)}
        required
        error={feedback.messageOf(recordPath(meeting.id, 'date'), t('meetings.date'))}
        disabled={readOnly}
      />
      <div data-part="field">
        <label htmlFor={kindId}>{t('meetings.kind')}</label>
        <FieldTexts id={kindId} message={kindMessage} />
        <select
          id={kindId}
          value={meeting.kind}
          disabled={readOnly}
          aria-describedby={describedBy(kindId, { message: kindMessage })}
          onChange={(event) => set('kind', event.target.value)}
        >
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`meetings.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <Attendees meeting={meeting} ctx={ctx} />
      <BilingualTextField
        id={recordPath(meeting.id, 'minutes')}
        label={t('meetings.minutes')}
        value={meeting.minutes ?? {}}
        onValueChange={(minutes) => set('minutes', minutes)}
        languages={partnership.languages}
        multiline
        rows={4}
        readOnly={readOnly}
        error={feedback.messageOf(recordPath(meeting.id, 'minutes'))}
      />
      <Decisions meeting={meeting} ctx={ctx} />
      <ActionItems meeting={meeting} ctx={ctx} />
    </fieldset>
  );
}

/** Who attended, among the working group, as checkboxes. */
function Attendees({
  meeting,
  ctx,
}: {
  readonly meeting: MeetingRecord;
  readonly ctx: MeetingContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t, lang } = ctx;
  const base = recordPath(meeting.id, 'attendeeIds');
  const message = feedback.messageOf(base);
  const members = partnership.workingGroup;
  const toggle = (memberId: string, present: boolean) => {
    const chosen = new Set(meeting.attendeeIds);
    if (present) chosen.add(memberId);
    else chosen.delete(memberId);
    // In the working group's order, with any id it no longer holds kept as it was.
    const known = members.map((m) => m.id).filter((id) => chosen.has(id));
    const unknown = meeting.attendeeIds.filter((id) => !members.some((m) => m.id === id));
    dispatch({
      type: 'set',
      path: ['records', { id: meeting.id }, 'attendeeIds'],
      value: [...known, ...unknown],
    });
  };
  return (
    <fieldset data-part="attendees" aria-describedby={describedBy(base, { message })}>
      <legend>{t('meetings.attendees')}</legend>
      <FieldTexts id={base} message={message} />
      {members.length === 0 ? <p data-part="empty">{t('meetings.attendees.none')}</p> : null}
      <div data-part="checkboxes">
        {members.map((member, index) => {
          // The first box carries the list's id: issues about attendees link there.
          const id = index === 0 ? base : `${base}-${member.id}`;
          const organization = partnership.organizations.find(
            (o) => o.id === member.organizationId,
          );
          return (
            <label key={member.id} data-part="checkbox" htmlFor={id}>
              <input
                type="checkbox"
                id={id}
                checked={meeting.attendeeIds.includes(member.id)}
                disabled={readOnly}
                onChange={(event) => toggle(member.id, event.target.checked)}
              />{' '}
              {memberName(member, lang, t('editor.untitled'))}
              {organization ? ` (${organizationLabel(organization)})` : ''}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The decisions a meeting made, in order. */
function Decisions({
  meeting,
  ctx,
}: {
  readonly meeting: MeetingRecord;
  readonly ctx: MeetingContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t, lang } = ctx;
  const addId = `${useId().replace(/:/g, '')}-add`;
  const path = (id: string) => recordPath(meeting.id, 'decisions', { id }, 'text');
  const nameOf = (decision: TextItem) => shown(decision.text, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: meeting.decisions,
    path: ['records', { id: meeting.id }, 'decisions'],
    dispatch,
    partnership,
    newItem: () => ({ text: {} }),
    idPrefix: `${meeting.id}-d`,
    nameOf,
    firstFieldOf: (id) => `${path(id)}-${partnership.languages[0] ?? 'fr'}`,
    addButtonId: addId,
    t,
    announce: ctx.announce,
    readOnly,
  });
  return (
    <fieldset data-part="decisions">
      <legend>{t('meetings.decisions')}</legend>
      {meeting.decisions.length === 0 ? (
        <p data-part="empty">{t('meetings.decisions.empty')}</p>
      ) : null}
      <ol data-part="items">
        {meeting.decisions.map((decision, index) => (
          <li key={decision.id} data-item-id={decision.id}>
            <BilingualTextField
              id={path(decision.id)}
              label={t('meetings.decision', { n: index + 1 })}
              value={decision.text}
              onValueChange={(text) =>
                dispatch({
                  type: 'set',
                  path: ['records', { id: meeting.id }, 'decisions', { id: decision.id }, 'text'],
                  value: text,
                })
              }
              languages={partnership.languages}
              multiline
              rows={2}
              readOnly={readOnly}
              error={feedback.messageOf(path(decision.id))}
            />
            {readOnly ? null : <ItemActions list={list} item={decision} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('meetings.decision.add')}</button>
    </fieldset>
  );
}
