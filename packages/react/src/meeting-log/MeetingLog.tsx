import type { MeetingPlan, MeetingRecord } from '@partnership-kit/core';
import { formatIssue } from '@partnership-kit/core/issues';
import { useId, useMemo } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { editPathOf, fieldId } from '../editors/field-ids';
import { IssueCheckButton, IssueCheckSummary } from '../editors/IssueCheck';
import { describedBy, useEditorFeedback } from '../editors/useEditorFeedback';
import { useIssueCheck } from '../editors/useIssueCheck';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { type SliceIssue, useSliceIssues } from '../editors/useSliceIssues';
import { BilingualTextField } from '../fields/BilingualTextField';
import { WholeNumberField } from '../fields/WholeNumberField';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { localToday } from '../utils/format-date';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { MeetingFields } from './MeetingFields';
import { type MeetingContext, meetingFirstField } from './meeting-context';
import { MEETING_LOG_MESSAGES } from './meeting-log.messages';

/** Props of {@link MeetingLog}. */
export interface MeetingLogProps extends PartnershipSliceProps<'meetings'>, MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
  /** The day overdue items are judged on and new meetings start on, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
}

/** An overdue action item is done by ticking it: its link goes to the "Done" box. */
const doneBoxOf = (entry: SliceIssue, partnership: MeetingContext['partnership']) =>
  entry.issue.code === 'ACTION_ITEM_OVERDUE'
    ? fieldId([...editPathOf(partnership, entry.issue.path), 'done'])
    : undefined;

/**
 * The partners' meetings (EST-4, REV-1, REV-2): how often they meet and hold a formal review (at
 * most six months apart), who leads reviews, their communication policy; then each meeting held —
 * date, kind, who attended among the working group, minutes, decisions and action items with
 * an owner, a due date and whether it is done. Overdue action items (core `lintPartnership`,
 * `ACTION_ITEM_OVERDUE`) are listed at the top, each a link to the item, and marked in place.
 * Edits its slice (`value`) or the whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <MeetingLog partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function MeetingLog(props: MeetingLogProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(MEETING_LOG_MESSAGES, props);
  const format = useFormatIssue(formatIssue, props.locale);
  const today = props.today ?? localToday();
  const {
    slice: meetings,
    partnership,
    dispatch,
  } = usePartnershipSlice('meetings', props, () => ({ records: [] }));
  const issues = useSliceIssues(partnership, 'meetings', today);
  const feedback = useEditorFeedback('meetings', dispatch, issues, format);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const addId = `${base}-add`;
  // A regular meeting not held is fixed by recording it.
  const targetOf = (entry: SliceIssue) =>
    entry.issue.code === 'MEETING_OVERDUE' ? addId : doneBoxOf(entry, partnership);
  const check = useIssueCheck({
    issues,
    partnership,
    fallbackId: `${base}-h`,
    targetOf,
    format,
  });
  const ctx: MeetingContext = {
    partnership,
    dispatch: feedback.dispatch,
    feedback,
    issues,
    readOnly,
    t,
    lang,
    announce,
    format,
  };
  const nameOf = (meeting: MeetingRecord) =>
    t('meetings.meeting', { kind: meeting.kind, date: meeting.date });
  const list = useListEditor({
    items: meetings.records,
    path: ['records'],
    dispatch: feedback.dispatch,
    partnership,
    newItem: () => ({
      date: today,
      kind: 'regular',
      attendeeIds: [],
      decisions: [],
      actionItems: [],
    }),
    idPrefix: 'meeting',
    nameOf,
    firstFieldOf: meetingFirstField,
    addButtonId: addId,
    t,
    announce,
    readOnly,
  });
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const overdue = useMemo(
    () => issues.filter((entry) => entry.issue.code === 'ACTION_ITEM_OVERDUE'),
    [issues],
  );
  return (
    <section data-pk="" data-pk-meeting-log="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`} tabIndex={-1}>
        {t('meetings.title')}
      </Heading>
      <p data-part="intro">{t('meetings.intro')}</p>
      <IssueCheckSummary check={check} t={t} />
      {feedback.listRefusal ? (
        <p role="alert" data-part="field-error">
          {feedback.listRefusal}
        </p>
      ) : null}
      {overdue.length > 0 ? (
        <OverdueItems overdue={overdue} ctx={ctx} heading={SubHeading} />
      ) : null}
      <PlanFields ctx={ctx} meetings={meetings} />
      {issues
        .filter((entry) => entry.issue.path.length === 1)
        .map((entry) => (
          <p key={entry.issue.code} data-severity={entry.issue.severity}>
            {format(entry.issue)}
          </p>
        ))}
      <SubHeading>{t('meetings.records')}</SubHeading>
      {meetings.records.length === 0 ? <p data-part="empty">{t('meetings.empty')}</p> : null}
      <ol data-part="items">
        {meetings.records.map((meeting) => (
          <li key={meeting.id} data-item-id={meeting.id}>
            <MeetingFields meeting={meeting} name={nameOf(meeting)} ctx={ctx} />
            {readOnly ? null : (
              <div data-part="item-actions">
                <button {...list.getRemoveProps(meeting)}>{t('editor.removeShort')}</button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('meetings.add')}</button>
      <IssueCheckButton check={check} t={t} />
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

/** The overdue action items, each a link to its "Done" box. */
function OverdueItems({
  overdue,
  ctx,
  heading: Heading,
}: {
  readonly overdue: readonly SliceIssue[];
  readonly ctx: MeetingContext;
  readonly heading: 'h3' | 'h4' | 'h5';
}) {
  const headingId = `${useId().replace(/:/g, '')}-overdue`;
  return (
    <section data-part="overdue" aria-labelledby={headingId}>
      <Heading id={headingId}>{ctx.t('meetings.overdue', { count: overdue.length })}</Heading>
      <ul>
        {overdue.map((entry) => {
          const target = doneBoxOf(entry, ctx.partnership) ?? entry.fieldId;
          return (
            <li key={entry.fieldId}>
              <a
                href={`#${target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const box = document.getElementById(target);
                  box?.scrollIntoView?.({ block: 'center' });
                  box?.focus();
                }}
              >
                {ctx.format(entry.issue)}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** How often the partners meet and review (REV-1, REV-2), who reviews, how they communicate. */
function PlanFields({
  ctx,
  meetings,
}: {
  readonly ctx: MeetingContext;
  readonly meetings: MeetingPlan;
}) {
  const { partnership, dispatch, feedback, readOnly, t } = ctx;
  const at = (field: string) => fieldId(['meetings', field]);
  const set = (field: string, value: unknown) => dispatch({ type: 'set', path: [field], value });
  const reviewerMessage = feedback.messageOf(at('reviewer'));
  return (
    <fieldset data-part="plan">
      <legend>{t('meetings.plan')}</legend>
      <WholeNumberField
        id={at('cadenceMonths')}
        label={t('meetings.cadenceMonths')}
        hint={t('meetings.cadenceMonths.hint')}
        message={feedback.messageOf(at('cadenceMonths'), t('meetings.cadenceMonths'))}
        value={meetings.cadenceMonths}
        onValueChange={(value) => set('cadenceMonths', value)}
        readOnly={readOnly}
        maxLength={2}
      />
      <WholeNumberField
        id={at('reviewIntervalMonths')}
        label={t('meetings.reviewIntervalMonths')}
        hint={t('meetings.reviewIntervalMonths.hint')}
        message={feedback.messageOf(at('reviewIntervalMonths'), t('meetings.reviewIntervalMonths'))}
        value={meetings.reviewIntervalMonths}
        onValueChange={(value) => set('reviewIntervalMonths', value)}
        readOnly={readOnly}
        maxLength={2}
      />
      <div data-part="field">
        <label htmlFor={at('reviewer')}>{t('meetings.reviewer')}</label>
        <FieldTexts id={at('reviewer')} message={reviewerMessage} />
        <select
          id={at('reviewer')}
          value={meetings.reviewer ?? ''}
          disabled={readOnly}
          aria-describedby={describedBy(at('reviewer'), { message: reviewerMessage })}
          onChange={(event) =>
            set('reviewer', event.target.value === '' ? undefined : event.target.value)
          }
        >
          <option value="">{t('meetings.reviewer.unset')}</option>
          <option value="external">{t('meetings.reviewer.external')}</option>
          <option value="internal">{t('meetings.reviewer.internal')}</option>
        </select>
      </div>
      <BilingualTextField
        id={at('communicationPolicy')}
        label={t('meetings.communicationPolicy')}
        hint={t('meetings.communicationPolicy.hint')}
        value={meetings.communicationPolicy ?? {}}
        onValueChange={(text) => set('communicationPolicy', text)}
        languages={partnership.languages}
        multiline
        readOnly={readOnly}
        error={feedback.messageOf(at('communicationPolicy'))}
      />
    </fieldset>
  );
}
