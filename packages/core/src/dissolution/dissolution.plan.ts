import { terminationEffectiveOn } from '../agreement/agreement.dates';
import type { IsoDate } from '../common/common.schema';
import type { LocalizedText } from '../i18n/localized-text';
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
  readonly text: LocalizedText;
  readonly done: boolean;
}

/** The plan for ending a partnership. */
export interface DissolutionPlan {
  /** The notice date plus the agreement's notice period; unknown without a notice period. */
  readonly endsOn?: IsoDate;
  readonly noticeDays?: number;
  readonly checklist: readonly DissolutionPlanItem[];
  readonly issues: readonly Issue<IssueCode>[];
}

/**
 * Plans the end of a partnership: the end date (written notice plus the agreement's notice
 * period, DIS-2), the checklist for the chosen path with what is already done (DIS-3, DIS-5; the
 * celebration only when closing with recognition, DIS-4), and an error for every job seeker whose
 * supports are not handed over yet — dissolution must never leave a client without support
 * (DIS-3).
 *
 * @example
 * ```ts
 * const plan = dissolutionPlan(partnership, { noticeGivenOn: '2028-01-10', path: 'celebrate-and-close' });
 * plan.endsOn; // '2028-03-10' with a 60-day notice period
 * ```
 */
export function dissolutionPlan(
  partnership: Pick<Partnership, 'agreement' | 'dissolution'>,
  options: { readonly noticeGivenOn: IsoDate; readonly path: DissolutionPath },
): DissolutionPlan {
  const noticeDays = partnership.agreement?.noticeDays;
  const recorded = partnership.dissolution;
  const issues: Issue<IssueCode>[] = [];
  if (noticeDays === undefined) {
    issues.push({
      code: 'DIS_NOTICE_PERIOD_UNKNOWN',
      ruleId: 'DIS-2',
      severity: 'warning',
      path: ['agreement', 'noticeDays'],
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
    ...(noticeDays === undefined
      ? {}
      : { endsOn: terminationEffectiveOn(options.noticeGivenOn, noticeDays), noticeDays }),
    checklist: DISSOLUTION_CHECKLIST.filter(
      (item) => !item.celebrateOnly || options.path === 'celebrate-and-close',
    ).map((item) => ({ id: item.id, ruleId: item.ruleId, text: item.text, done: done(item.id) })),
    issues,
  };
}
