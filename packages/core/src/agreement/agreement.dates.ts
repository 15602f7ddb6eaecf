import type { IsoDate } from '../common/common.schema';
import { addDays, addMonths, assertCount, assertIsoDate, latestDate } from '../common/dates';
import type { AgreementTerms } from './agreement.schema';

/** The dates an MOU or agreement sets, as far as its terms allow to know them. */
export interface AgreementDates {
  /**
   * The day it takes effect: the effective date the partners set, else the day of the last
   * signature — undefined until every listed signatory has signed.
   */
  readonly effectiveFrom?: IsoDate;
  /**
   * The end of the term in force: `termYears` after the effective date; for an agreement that
   * renews automatically, the end of the current term on `today` (the term rolls over).
   */
  readonly expiresOn?: IsoDate;
  /**
   * About six months before expiry, when the parties meet to decide on renewal (REV-4); none
   * when the agreement renews automatically or is not meant to be renewed.
   */
  readonly renewalMeetingOn?: IsoDate;
  /** Which term is in force on `today` (1 for the first), for an agreement that renews automatically. */
  readonly term?: number;
}

/** Options of {@link agreementDates}. */
export interface AgreementDatesOptions {
  /** The day to work out the current term for an automatically renewing agreement. */
  readonly today?: IsoDate;
}

/**
 * Computes when an agreement starts, ends and must be discussed for renewal. It is in force
 * from the effective date the partners set, or else from the last signature (the guide's MOU
 * template); it ends `termYears` later. When the parties meet to decide on renewal (the
 * guide's way, and the default), that meeting falls six months before expiry (REV-4). An
 * agreement that renews automatically rolls its term over: with `today`, `expiresOn` is the end
 * of the term then in force, and there is no renewal meeting. A date that cannot be known yet
 * is left out. Month ends and leap days follow the calendar (see {@link addMonths}).
 *
 * @throws RangeError when `today` or a signature date is not a `YYYY-MM-DD` calendar date.
 * @example
 * ```ts
 * agreementDates({
 *   termYears: 2,
 *   signatories: [
 *     { id: 's1', organizationId: 'a', signedOn: '2026-01-12' },
 *     { id: 's2', organizationId: 'b', signedOn: '2026-02-28' },
 *   ],
 * });
 * // { effectiveFrom: '2026-02-28', expiresOn: '2028-02-28', renewalMeetingOn: '2027-08-28' }
 * ```
 */
export function agreementDates(
  terms: Pick<AgreementTerms, 'termYears' | 'signatories'> &
    Partial<Pick<AgreementTerms, 'effectiveOn' | 'renewal'>>,
  options: AgreementDatesOptions = {},
): AgreementDates {
  const { signatories, termYears, renewal } = terms;
  if (options.today !== undefined) assertIsoDate(options.today, 'today', 'agreementDates');
  const allSigned = signatories.length > 0 && signatories.every((s) => s.signedOn !== undefined);
  const effectiveFrom =
    terms.effectiveOn ?? (allSigned ? latestDate(signatories.map((s) => s.signedOn)) : undefined);
  if (effectiveFrom === undefined) return {};
  assertIsoDate(effectiveFrom, 'the effective date', 'agreementDates');
  if (termYears === undefined) return { effectiveFrom };
  assertCount(termYears, 'termYears', 'agreementDates', 1);
  const firstEnd = addMonths(effectiveFrom, termYears * 12);
  if (renewal === 'automatic') {
    let term = 1;
    let expiresOn = firstEnd;
    // Each renewal adds a full term; bounded by the years a document may hold.
    while (options.today !== undefined && expiresOn <= options.today && term < 10_000) {
      term += 1;
      expiresOn = addMonths(effectiveFrom, termYears * 12 * term);
    }
    return { effectiveFrom, expiresOn, term };
  }
  if (renewal === 'none') return { effectiveFrom, expiresOn: firstEnd };
  return { effectiveFrom, expiresOn: firstEnd, renewalMeetingOn: addMonths(firstEnd, -6) };
}

/**
 * The day a termination takes effect: the written notice date plus the notice period (the
 * guide suggests 30, 60 or 90 days, DIS-2), leaving time to inform every client.
 *
 * @throws RangeError when the date is not `YYYY-MM-DD` or the period is not a whole number of days (one or more).
 * @example
 * ```ts
 * terminationEffectiveOn('2027-12-15', 30); // '2028-01-14'
 * ```
 */
export function terminationEffectiveOn(noticeGivenOn: IsoDate, noticeDays: number): IsoDate {
  assertIsoDate(noticeGivenOn, 'noticeGivenOn', 'terminationEffectiveOn');
  assertCount(noticeDays, 'noticeDays', 'terminationEffectiveOn', 1);
  return addDays(noticeGivenOn, noticeDays);
}
