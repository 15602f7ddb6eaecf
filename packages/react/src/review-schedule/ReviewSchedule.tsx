import type { Partnership } from '@partnership-kit/core';
import { reviewSchedule } from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { GUIDE_MESSAGES } from '../guide/guide.messages';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';
import { formatDate, localToday } from '../utils/format-date';

/** Props of {@link ReviewSchedule}. */
export interface ReviewScheduleProps extends MessageOptions {
  readonly partnership: Pick<Partnership, 'status' | 'meetings' | 'reviews' | 'agreement'> &
    Partial<Pick<Partnership, 'startedOn'>>;
  /** The day to judge what is overdue, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
  readonly headingLevel?: 2 | 3 | 4;
}

/**
 * The partnership's calendar (REV-1..4): next regular meeting, next formal review (never more than
 * six months after the last), the renewal meeting six months before the agreement ends, the end
 * date, and what is overdue — dates written out in the reader's language.
 *
 * @example
 * ```tsx
 * <ReviewSchedule partnership={partnership} />
 * ```
 */
export function ReviewSchedule({
  partnership,
  today,
  headingLevel = 2,
  ...options
}: ReviewScheduleProps) {
  const { t, locale } = useMessages(GUIDE_MESSAGES, options);
  const day = today ?? localToday();
  const schedule = useMemo(() => reviewSchedule(partnership, day), [partnership, day]);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const rows: [string, string | undefined][] = [
    [t('schedule.nextMeeting'), schedule.nextMeetingOn],
    [t('schedule.nextReview'), schedule.nextFormalReviewOn],
    [t('schedule.renewalMeeting'), schedule.renewalMeetingOn],
    [t('schedule.expires'), schedule.expiresOn],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  return (
    <section data-pk="" data-pk-review-schedule="" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('schedule.title')}</Heading>
      {shown.length === 0 ? <p>{t('schedule.unknown')}</p> : null}
      <dl data-part="summary-list">
        {shown.map(([label, date]) => (
          <div key={label} data-overdue={date < day || undefined}>
            <dt>{label}</dt>
            <dd>
              <time dateTime={date}>{formatDate(date, locale)}</time>
              {date < day ? (
                <>
                  {' '}
                  <span data-part="tag" data-status="overdue">
                    {t('schedule.overdue')}
                  </span>
                </>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {schedule.issues.length > 0 ? (
        <IssueList issues={schedule.issues} locale={options.locale} />
      ) : null}
    </section>
  );
}
