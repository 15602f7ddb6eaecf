import { agreementDates } from '../agreement/agreement.dates';
import type { IsoDate } from '../common/common.schema';
import { addMonths, assertIsoDate, daysBetween, latestDate } from '../common/dates';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Partnership } from '../partnership/partnership.schema';

/** When the partners must next meet, review, and decide on renewal. */
export interface ReviewSchedule {
  /**
   * The next regular meeting (REV-1): the cadence after the last meeting held or, with none
   * held, after the partnership started. Undefined when nothing gives a starting point.
   */
  readonly nextMeetingOn?: IsoDate;
  /** The next formal review (REV-2): at most six months after the last one, or after the start. */
  readonly nextFormalReviewOn?: IsoDate;
  /** About six months before expiry (REV-4), when the parties meet to decide on renewal. */
  readonly renewalMeetingOn?: IsoDate;
  /** The end of the term in force (rolled over for an agreement that renews automatically). */
  readonly expiresOn?: IsoDate;
  /** What is wrong with the plan, and what is overdue today for a running partnership. */
  readonly issues: readonly Issue<IssueCode>[];
}

/** The guide's suggestion when the partners have not set a cadence: every three months (REV-1). */
const DEFAULT_CADENCE_MONTHS = 3;
/** REV-2: a formal review at least twice a year, whatever interval the partners chose. */
const MAX_REVIEW_INTERVAL_MONTHS = 6;

type Scheduled = Pick<Partnership, 'status' | 'meetings' | 'reviews' | 'agreement'> &
  Partial<Pick<Partnership, 'startedOn'>>;

/** The issues of a running partnership on `today`: a late meeting or review, renewal, expiry. */
function overdue(
  p: Scheduled,
  today: IsoDate,
  schedule: Omit<ReviewSchedule, 'issues'>,
  renewalHeld: boolean,
) {
  const issues: Issue<IssueCode>[] = [];
  const { nextMeetingOn, nextFormalReviewOn, expiresOn, renewalMeetingOn } = schedule;
  if (nextMeetingOn !== undefined && nextMeetingOn < today) {
    issues.push({
      code: 'MEETING_OVERDUE',
      ruleId: 'REV-1',
      severity: 'warning',
      path: ['meetings'],
      params: { due: nextMeetingOn, days: daysBetween(nextMeetingOn, today) },
    });
  }
  if (nextFormalReviewOn !== undefined && nextFormalReviewOn < today) {
    issues.push({
      code: 'REVIEW_OVERDUE',
      ruleId: 'REV-2',
      severity: 'error',
      path: ['reviews'],
      params: { due: nextFormalReviewOn, days: daysBetween(nextFormalReviewOn, today) },
    });
  }
  if (p.agreement?.renewal === 'automatic') return issues;
  if (expiresOn !== undefined && expiresOn <= today) {
    issues.push({
      code: 'AGREEMENT_EXPIRED',
      ruleId: 'REV-4',
      severity: 'error',
      path: ['agreement'],
      params: { expiresOn },
    });
  } else if (renewalMeetingOn !== undefined && renewalMeetingOn <= today && !renewalHeld) {
    issues.push({
      code: 'RENEWAL_MEETING_DUE',
      ruleId: 'REV-4',
      severity: 'warning',
      path: ['meetings'],
      params: { due: renewalMeetingOn, expiresOn: expiresOn ?? '' },
    });
  }
  return issues;
}

/**
 * Works out the partnership's calendar from its meetings, reviews and agreement:
 *
 * - the next regular meeting, `cadenceMonths` (3 by default, REV-1) after the last meeting or
 *   review held;
 * - the next formal review, `reviewIntervalMonths` after the last one but never more than six
 *   months (REV-2): an interval over six months is reported, never promised;
 * - with nothing held yet, both count from when the partnership started (`startedOn`) or the
 *   agreement took effect, whichever is earlier — never from `today`, so a running partnership
 *   that never met is overdue; without either date the schedule is unknown, and reported;
 * - the renewal meeting six months before expiry (REV-4), when the parties meet to decide; an
 *   agreement that renews automatically rolls its term over and needs none.
 *
 * For an active partnership (or one under review) it also reports what is overdue on `today`.
 *
 * @throws RangeError when `today` is not a `YYYY-MM-DD` calendar date (no bogus "overdue").
 * @example
 * ```ts
 * const { nextFormalReviewOn, issues } = reviewSchedule(partnership, '2027-03-01');
 * ```
 */
export function reviewSchedule(partnership: Scheduled, today: IsoDate): ReviewSchedule {
  assertIsoDate(today, 'today', 'reviewSchedule');
  const { meetings, reviews, agreement } = partnership;
  const dates = agreement ? agreementDates(agreement, { today }) : {};
  const cadence = meetings.cadenceMonths ?? DEFAULT_CADENCE_MONTHS;
  const interval = Math.min(
    meetings.reviewIntervalMonths ?? MAX_REVIEW_INTERVAL_MONTHS,
    MAX_REVIEW_INTERVAL_MONTHS,
  );
  const start = [partnership.startedOn, dates.effectiveFrom]
    .filter((d): d is IsoDate => d !== undefined)
    .sort()[0];

  const lastReview = latestDate([
    ...reviews.map((r) => r.date),
    ...meetings.records.filter((m) => m.kind === 'formal-review').map((m) => m.date),
  ]);
  const lastMeeting = latestDate([lastReview, ...meetings.records.map((m) => m.date)]);
  const meetingAnchor = lastMeeting ?? start;
  const reviewAnchor = lastReview ?? start;
  const schedule = {
    ...(meetingAnchor ? { nextMeetingOn: addMonths(meetingAnchor, cadence) } : {}),
    ...(reviewAnchor ? { nextFormalReviewOn: addMonths(reviewAnchor, interval) } : {}),
    ...(dates.renewalMeetingOn ? { renewalMeetingOn: dates.renewalMeetingOn } : {}),
    ...(dates.expiresOn ? { expiresOn: dates.expiresOn } : {}),
  };

  const issues: Issue<IssueCode>[] = [];
  const chosen = meetings.reviewIntervalMonths;
  if (chosen !== undefined && chosen > MAX_REVIEW_INTERVAL_MONTHS) {
    issues.push({
      code: 'REVIEW_INTERVAL_TOO_LONG',
      ruleId: 'REV-2',
      severity: 'error',
      path: ['meetings', 'reviewIntervalMonths'],
      params: { months: chosen },
    });
  }
  if (partnership.status === 'active' || partnership.status === 'under-review') {
    if (start === undefined && (lastMeeting === undefined || lastReview === undefined)) {
      issues.push({
        code: 'PARTNERSHIP_START_MISSING',
        ruleId: 'REV-1',
        severity: 'warning',
        path: ['startedOn'],
        params: {},
      });
    }
    const renewalHeld =
      dates.renewalMeetingOn !== undefined &&
      meetings.records.some(
        (m) => m.kind === 'renewal' && m.date >= addMonths(dates.renewalMeetingOn as IsoDate, -3),
      );
    issues.push(...overdue(partnership, today, schedule, renewalHeld));
  }
  return { ...schedule, issues };
}
