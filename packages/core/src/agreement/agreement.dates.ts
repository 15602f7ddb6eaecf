import type { IsoDate } from '../common/common.schema';
import { addDays, addMonths, latestDate } from '../common/dates';
import type { AgreementTerms } from './agreement.schema';

/** The dates an MOU or agreement sets, as far as its terms allow to know them. */
export interface AgreementDates {
  /** The day of the last signature; undefined until every party has signed. */
  readonly effectiveFrom?: IsoDate;
  /** The end of the term (`termYears` after the effective date). */
  readonly expiresOn?: IsoDate;
  /** About six months before expiry, when the parties meet to decide on renewal (REV-4). */
  readonly renewalMeetingOn?: IsoDate;
}

/**
 * Computes when an agreement starts, ends and must be discussed for renewal. It is in force
 * from the last signature (the guide's MOU template); it ends `termYears` later; the renewal
 * meeting falls six months before (REV-4). Month ends and leap days follow the calendar
 * (see {@link addMonths}). A date that cannot be known yet is left out.
 *
 * @example
 * ```ts
 * agreementDates({
 *   kind: 'mou', termYears: 2, signatures: [
 *     { organizationId: 'a', signedOn: '2026-01-12' },
 *     { organizationId: 'b', signedOn: '2026-02-28' },
 *   ], clauses: { termination: true, conflictResolution: true },
 * });
 * // { effectiveFrom: '2026-02-28', expiresOn: '2028-02-28', renewalMeetingOn: '2027-08-28' }
 * ```
 */
export function agreementDates(
  terms: Pick<AgreementTerms, 'termYears' | 'signatures'>,
): AgreementDates {
  const { signatures, termYears } = terms;
  if (signatures.length === 0 || signatures.some((s) => s.signedOn === undefined)) return {};
  const effectiveFrom = latestDate(signatures.map((s) => s.signedOn)) as IsoDate;
  if (termYears === undefined) return { effectiveFrom };
  const expiresOn = addMonths(effectiveFrom, termYears * 12);
  return { effectiveFrom, expiresOn, renewalMeetingOn: addMonths(expiresOn, -6) };
}

/**
 * The day a termination takes effect: the written notice date plus the notice period (the
 * guide suggests 30, 60 or 90 days, DIS-2), leaving time to inform every client.
 *
 * @example
 * ```ts
 * terminationEffectiveOn('2027-12-15', 30); // '2028-01-14'
 * ```
 */
export function terminationEffectiveOn(noticeGivenOn: IsoDate, noticeDays: number): IsoDate {
  return addDays(noticeGivenOn, noticeDays);
}
