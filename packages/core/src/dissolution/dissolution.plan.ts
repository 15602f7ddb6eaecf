import { agreementDates, terminationEffectiveOn } from '../agreement/agreement.dates';
import type { IsoDate } from '../common/common.schema';
import type { BilingualText } from '../i18n/localized-text';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Partnership } from '../partnership/partnership.schema';
import { DISSOLUTION_CHECKLIST } from './dissolution.checklist';

/** How the partners end it (DIS-4): on the agreed date, or closing while recognizing achievements. */
export type DissolutionPath = 'end-on-date' | 'celebrate-and-close';

/** One checklist line of a dissolution plan, with whether it is done. */
export interface DissolutionPlanItem {
  readonly id: string;
  readonly ruleId: string;
  readonly text: BilingualText;
  readonly done: boolean;
}

/** The plan for ending a partnership. */
export interface DissolutionPlan {
  /** The agreed end date: the written notice plus the notice period, or the end of the term, whichever comes first. */
  readonly endsOn?: IsoDate;
  /** What sets the end date. */
  readonly endsBy?: 'notice' | 'expiry';
  readonly noticeDays?: number;
  readonly path?: DissolutionPath;
  readonly checklist: readonly DissolutionPlanItem[];
  readonly issues: readonly Issue<IssueCode>[];
}

/** Options of {@link dissolutionPlan}; each defaults to what the partnership's dissolution records. */
export interface DissolutionPlanOptions {
  readonly noticeGivenOn?: IsoDate;
  readonly path?: DissolutionPath;
}

/** The agreed end date: notice plus period (DIS-2), or the term's end when it comes first and does not renew by itself. */
function endDate(partnership: Pick<Partnership, 'agreement'>, noticeGivenOn: IsoDate | undefined) {
  const agreement = partnership.agreement;
  const noticeDays = agreement?.noticeDays;
  const byNotice =
    noticeGivenOn !== undefined && noticeDays !== undefined
      ? terminationEffectiveOn(noticeGivenOn, noticeDays)
      : undefined;
  const byExpiry =
    agreement && agreement.renewal !== 'automatic'
      ? agreementDates(agreement).expiresOn
      : undefined;
  if (byNotice !== undefined && (byExpiry === undefined || byNotice <= byExpiry)) {
    return { endsOn: byNotice, endsBy: 'notice' as const };
  }
  return byExpiry === undefined ? {} : { endsOn: byExpiry, endsBy: 'expiry' as const };
}

/**
 * Plans the end of a partnership. The end date is the agreed one (DIS-2, DIS-4 a): the written
 * notice plus the agreement's notice period, or the end of the term when that comes first. The
 * checklist holds what ending well takes whichever path is chosen — informing every stakeholder,
 * handing over every client (DIS-3), recognizing achievements and staff, documenting the history
 * and lessons, celebrating (DIS-5) — and, when closing with recognition, laying the ground for
 * future work (DIS-4 b), with what is already done. Every job seeker whose supports are not
 * handed over yet is an error: dissolution must never leave a client without support (DIS-3).
 *
 * @throws RangeError when `noticeGivenOn` is not a `YYYY-MM-DD` calendar date.
 * @example
 * ```ts
 * const plan = dissolutionPlan(partnership, { noticeGivenOn: '2028-01-10', path: 'celebrate-and-close' });
 * plan.endsOn; // '2028-03-10' with a 60-day notice period
 * ```
 */
export function dissolutionPlan(
  partnership: Pick<Partnership, 'agreement' | 'dissolution'>,
  options: DissolutionPlanOptions = {},
): DissolutionPlan {
  const recorded = partnership.dissolution;
  const noticeGivenOn = options.noticeGivenOn ?? recorded?.noticeGivenOn;
  const path = options.path ?? recorded?.path;
  const noticeDays = partnership.agreement?.noticeDays;
  const issues: Issue<IssueCode>[] = [];
  const end = endDate(partnership, noticeGivenOn);
  if (noticeGivenOn !== undefined && noticeDays === undefined) {
    issues.push({
      code: 'DIS_NOTICE_PERIOD_UNKNOWN',
      ruleId: 'DIS-2',
      severity: 'warning',
      path: ['agreement', 'noticeDays'],
      params: {},
    });
  }
  if (end.endsOn === undefined) {
    issues.push({
      code: 'DIS_END_DATE_UNKNOWN',
      ruleId: 'DIS-2',
      severity: 'warning',
      path: ['dissolution', 'noticeGivenOn'],
      params: {},
    });
  }
  (recorded?.clientHandovers ?? []).forEach((handover, index) => {
    if (!handover.handedOver) {
      issues.push({
        code: 'DIS_CLIENT_WITHOUT_HANDOVER',
        ruleId: 'DIS-3',
        severity: 'error',
        path: ['dissolution', 'clientHandovers', index],
        params: { jobSeeker: handover.jobSeeker },
      });
    }
  });
  const done = (id: string) =>
    recorded !== undefined &&
    Object.hasOwn(recorded.checklist, id) &&
    recorded.checklist[id] === true;
  return {
    ...end,
    ...(noticeDays === undefined ? {} : { noticeDays }),
    ...(path === undefined ? {} : { path }),
    checklist: DISSOLUTION_CHECKLIST.filter(
      (item) => item.onlyFor === undefined || item.onlyFor === path,
    ).map((item) => ({ id: item.id, ruleId: item.ruleId, text: item.text, done: done(item.id) })),
    issues,
  };
}
