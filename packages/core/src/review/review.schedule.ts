import { agreementDates } from '../agreement/agreement.dates';
import type { IsoDate } from '../common/common.schema';
import { addMonths, daysBetween, latestDate } from '../common/dates';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Partnership } from '../partnership/partnership.schema';

/** When the partners must next meet, review, and decide on renewal. */
export interface ReviewSchedule {
  /** The next regular meeting (REV-1): the cadence after the last meeting held. */
  readonly nextMeetingOn: IsoDate;
  /** The next formal review (REV-2): at most six months after the last one. */
  readonly nextFormalReviewOn: IsoDate;
  /** About six months before expiry (REV-4), when the agreement's dates are known. */
  readonly renewalMeetingOn?: IsoDate;
  readonly expiresOn?: IsoDate;
  /** What is overdue today, for a running partnership. */
  readonly issues: readonly Issue<IssueCode>[];
}

/** The guide's suggestion when the partners have not set a cadence: every three months (REV-1). */
const DEFAULT_CADENCE_MONTHS = 3;
/** REV-2: a formal review at least twice a year, whatever interval the partners chose. */
const MAX_REVIEW_INTERVAL_MONTHS = 6;

/**
 * Works out the partnership's calendar from its meetings, reviews and agreement:
 *
 * - the next regular meeting, `cadenceMonths` (3 by default, REV-1) after the last meeting or
 *   review held, or after the agreement took effect;
 * - the next formal review, `reviewIntervalMonths` after the last one but never more than six
 *   months (REV-2);
 * - the renewal meeting six months before the agreement expires (REV-4), and the expiry.
 *
 * For an active partnership (or one under review) it also reports what is overdue on `today`:
 * a meeting, a formal review, the renewal meeting not yet held, an agreement past its term.
 *
 * @example
 * ```ts
 * const { nextFormalReviewOn, issues } = reviewSchedule(partnership, '2027-03-01');
 * ```
 */
export function reviewSchedule(
  partnership: Pick<Partnership, 'status' | 'meetings' | 'reviews' | 'agreement'>,
  today: IsoDate,
): ReviewSchedule {
  const { meetings, reviews, agreement } = partnership;
  const dates = agreement ? agreementDates(agreement) : {};
  const cadence = meetings.cadenceMonths ?? DEFAULT_CADENCE_MONTHS;
  const interval = Math.min(
    meetings.reviewIntervalMonths ?? MAX_REVIEW_INTERVAL_MONTHS,
    MAX_REVIEW_INTERVAL_MONTHS,
  );

  const lastReview = latestDate([
    ...reviews.map((r) => r.date),
    ...meetings.records.filter((m) => m.kind === 'formal-review').map((m) => m.date),
  ]);
  const lastMeeting = latestDate([lastReview, ...meetings.records.map((m) => m.date)]);
  const firstMeeting = meetings.records.map((m) => m.date).sort()[0];

  const meetingAnchor = lastMeeting ?? dates.effectiveFrom;
  const reviewAnchor = lastReview ?? dates.effectiveFrom ?? firstMeeting;
  const nextMeetingOn = meetingAnchor ? addMonths(meetingAnchor, cadence) : today;
  const nextFormalReviewOn = addMonths(reviewAnchor ?? today, interval);

  const issues: Issue<IssueCode>[] = [];
  if (partnership.status === 'active' || partnership.status === 'under-review') {
    if (nextMeetingOn < today) {
      issues.push({
        code: 'MEETING_OVERDUE',
        ruleId: 'REV-1',
        severity: 'warning',
        path: ['meetings'],
        params: { due: nextMeetingOn, days: daysBetween(nextMeetingOn, today) },
      });
    }
    if (nextFormalReviewOn < today) {
      issues.push({
        code: 'REVIEW_OVERDUE',
        ruleId: 'REV-2',
        severity: 'error',
        path: ['reviews'],
        params: { due: nextFormalReviewOn, days: daysBetween(nextFormalReviewOn, today) },
      });
    }
    if (dates.expiresOn !== undefined && dates.expiresOn <= today) {
      issues.push({
        code: 'AGREEMENT_EXPIRED',
        ruleId: 'REV-4',
        severity: 'error',
        path: ['agreement'],
        params: { expiresOn: dates.expiresOn },
      });
    } else if (dates.renewalMeetingOn !== undefined && dates.renewalMeetingOn <= today) {
      const held = meetings.records.some(
        (m) => m.kind === 'renewal' && m.date >= addMonths(dates.renewalMeetingOn as IsoDate, -3),
      );
      if (!held) {
        issues.push({
          code: 'RENEWAL_MEETING_DUE',
          ruleId: 'REV-4',
          severity: 'warning',
          path: ['meetings'],
          params: { due: dates.renewalMeetingOn, expiresOn: dates.expiresOn ?? '' },
        });
      }
    }
  }
  return {
    nextMeetingOn,
    nextFormalReviewOn,
    ...(dates.renewalMeetingOn ? { renewalMeetingOn: dates.renewalMeetingOn } : {}),
    ...(dates.expiresOn ? { expiresOn: dates.expiresOn } : {}),
    issues,
  };
}
