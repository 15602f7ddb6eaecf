import { type Partnership, reviewSchedule } from '@partnership-kit/core';
import { useId, useMemo } from 'react';
import type { MessageOverrides } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';
import { formatDate, localToday } from '../utils/format-date';

/** Props of {@link ReviewSchedule}. */
export interface ReviewScheduleProps {
  readonly partnership: Pick<Partnership, 'status' | 'meetings' | 'reviews' | 'agreement'>;
  /** The day to judge what is overdue, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

/**
 * The partnership's calendar (REV-1..4): next regular meeting, next formal review (never more than
 * six months after the last), the renewal meeting six months before the agreement ends, the end
 * date, and what is overdue.
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
  locale,
  messages,
}: ReviewScheduleProps) {
  const { t, locale: resolved } = useMessages({ locale, messages });
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
  return (
    <section data-pk-review-schedule="" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('schedule.title')}</Heading>
      <dl>
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([label, date]) => (
            <div key={label} data-overdue={date < day || undefined}>
              <dt>{label}</dt>
              <dd>
                <time dateTime={date}>{formatDate(date, resolved)}</time>
              </dd>
            </div>
          ))}
      </dl>
      {schedule.issues.length > 0 ? (
        <div data-part="overdue">
          <p>{t('schedule.overdue')}</p>
          <IssueList issues={schedule.issues} locale={locale} />
        </div>
      ) : null}
    </section>
  );
}
