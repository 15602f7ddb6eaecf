import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { formatIssue } from '../issues/format-issue';
import type { Issue } from '../issues/issue';
import {
  type AgreementRecommendationFacts,
  deriveAgreementFacts,
  type Knowable,
  recommendAgreement,
} from './agreement.recommend';

const counts: Knowable<number>[] = ['unknown', 1, 2, 3, 4];
const flags: Knowable<boolean>[] = [true, false, 'unknown'];

/** Every combination of facts: 5 × 3 × 3 × 3 × 3 = 405. */
const table: AgreementRecommendationFacts[] = counts.flatMap((organizationCount) =>
  flags.flatMap((sharesFunding) =>
    flags.flatMap((coCreatesServices) =>
      flags.flatMap((servicesEstablished) =>
        flags.map((paysForServices) => ({
          organizationCount,
          sharesFunding,
          coCreatesServices,
          servicesEstablished,
          paysForServices,
        })),
      ),
    ),
  ),
);

/**
 * The guide's rules and their clarifications (DOMAIN.md), restated as plainly as possible, to
 * check every line of the table against: payment between organizations is never an MOU (AGR-4);
 * AGR-2's conditions call for an agreement; AGR-1's call for an MOU even with co-creation or
 * payment unknown, which makes it provisional.
 */
function expected(f: AgreementRecommendationFacts) {
  const tooFew = typeof f.organizationCount === 'number' && f.organizationCount < 2;
  const contract = f.paysForServices === true;
  const agreement =
    f.sharesFunding === true ||
    f.coCreatesServices === true ||
    (typeof f.organizationCount === 'number' && f.organizationCount > 3);
  const mou =
    f.sharesFunding === false &&
    f.coCreatesServices !== true &&
    f.servicesEstablished === true &&
    (f.organizationCount === 2 || f.organizationCount === 3);
  const kind = tooFew
    ? 'undecided'
    : contract
      ? 'contract'
      : agreement
        ? 'partnership-agreement'
        : mou
          ? 'mou'
          : 'undecided';
  const provisional =
    (kind === 'mou' && (f.coCreatesServices === 'unknown' || f.paysForServices === 'unknown')) ||
    (kind === 'partnership-agreement' && f.paysForServices === 'unknown');
  return {
    kind,
    provisional,
    lawyer: kind === 'partnership-agreement' || kind === 'contract',
    paymentWarning: kind === 'contract',
  };
}

describe('recommendAgreement', () => {
  it(`follows AGR-1..4 on all ${table.length} combinations of facts, unknowns included`, () => {
    expect(table).toHaveLength(405);
    const mismatches = table.filter((facts) => {
      const advice = recommendAgreement(facts);
      const want = expected(facts);
      return (
        advice.kind !== want.kind ||
        advice.provisional !== want.provisional ||
        advice.lawyerReviewRecommended !== want.lawyer ||
        advice.warnings.some((w) => w.code === 'AGR_PAYMENT_NEEDS_CONTRACT') !== want.paymentWarning
      );
    });
    expect(mismatches).toEqual([]);
  });

  describe('given one organization paying another for services (AGR-4)', () => {
    it('never advises an MOU: a contract, reviewed by a lawyer, with the reason', () => {
      const advice = recommendAgreement({
        organizationCount: 2,
        sharesFunding: false,
        coCreatesServices: false,
        servicesEstablished: true,
        paysForServices: true,
      });
      expect(advice).toMatchObject({
        kind: 'contract',
        lawyerReviewRecommended: true,
        provisional: false,
      });
      expect(advice.reasons[0]).toMatchObject({
        code: 'AGR_PAYMENT_NEEDS_CONTRACT',
        ruleId: 'AGR-4',
        supports: 'contract',
      });
      expect(
        table.filter((f) => f.paysForServices === true).map((f) => recommendAgreement(f).kind),
      ).not.toContain('mou');
    });

    it('lets an unknown payment change the advice: the MOU is provisional until it is known', () => {
      const base = {
        organizationCount: 2,
        sharesFunding: false,
        coCreatesServices: false,
        servicesEstablished: true,
      } as const;
      expect(recommendAgreement({ ...base, paysForServices: 'unknown' })).toMatchObject({
        kind: 'mou',
        provisional: true,
      });
      expect(recommendAgreement({ ...base, paysForServices: false })).toMatchObject({
        kind: 'mou',
        provisional: false,
      });
      expect(recommendAgreement({ ...base, paysForServices: true }).kind).toBe('contract');
    });
  });

  describe('given two organizations, no shared funding, established services, co-creation unknown (AGR-1)', () => {
    it('advises an MOU, marked provisional, and lists the missing fact', () => {
      const advice = recommendAgreement({
        organizationCount: 2,
        sharesFunding: false,
        coCreatesServices: 'unknown',
        servicesEstablished: true,
        paysForServices: false,
      });
      expect(advice).toMatchObject({ kind: 'mou', provisional: true });
      expect(advice.missingFacts).toEqual(['coCreatesServices']);
      const unknown = advice.reasons.filter((r) => r.code === 'AGR_FACT_UNKNOWN');
      expect(unknown).toMatchObject([{ params: { fact: 'coCreatesServices' } }]);
      expect(formatIssue(unknown[0] as Issue, 'en')).toBe(
        'Provisional advice: it remains to know whether the partners will create services together.',
      );
      expect(formatIssue(unknown[0] as Issue, 'fr')).toBe(
        'Conseil provisoire\u00a0: il reste à savoir si les partenaires créeront des services ensemble.',
      );
    });

    it('stays undecided while an AGR-1 condition itself is unknown', () => {
      expect(
        recommendAgreement({
          organizationCount: 2,
          sharesFunding: 'unknown',
          coCreatesServices: false,
          servicesEstablished: true,
          paysForServices: false,
        }).kind,
      ).toBe('undecided');
    });
  });

  describe('given two organizations, no shared funding, established services, nothing co-created', () => {
    it('advises an MOU and gives the AGR-1 reasons in both languages', () => {
      const advice = recommendAgreement({
        organizationCount: 2,
        sharesFunding: false,
        coCreatesServices: false,
        servicesEstablished: true,
        paysForServices: false,
      });
      expect(advice).toMatchObject({
        kind: 'mou',
        provisional: false,
        lawyerReviewRecommended: false,
        errors: [],
        warnings: [],
      });
      expect(advice.reasons.every((r) => r.supports === 'mou')).toBe(true);
      expect(advice.reasons.map((r) => formatIssue(r, 'en'))).toContain(
        'Only 2 organizations take part.',
      );
      expect(advice.reasons.map((r) => formatIssue(r, 'fr'))).toContain(
        'Seulement 2 organismes participent.',
      );
    });
  });

  describe('given shared funding', () => {
    it('advises a partnership agreement reviewed by a lawyer (AGR-2, AGR-3)', () => {
      const advice = recommendAgreement({
        organizationCount: 2,
        sharesFunding: true,
        coCreatesServices: false,
        servicesEstablished: true,
      });
      expect(advice).toMatchObject({
        kind: 'partnership-agreement',
        lawyerReviewRecommended: true,
      });
      expect(advice.reasons[0]).toMatchObject({
        code: 'AGR_SHARED_FUNDING',
        ruleId: 'AGR-2',
        supports: 'partnership-agreement',
      });
    });
  });

  describe('given fewer than two organizations', () => {
    it('gives no advice and an error', () => {
      const advice = recommendAgreement({
        organizationCount: 1,
        sharesFunding: false,
        coCreatesServices: false,
        servicesEstablished: true,
      });
      expect(advice.kind).toBe('undecided');
      expect(advice.errors).toMatchObject([
        { code: 'AGR_TOO_FEW_ORGANIZATIONS', severity: 'error', params: { count: 1 } },
      ]);
    });
  });
});

describe('deriveAgreementFacts', () => {
  it('reads case study 1 as an MOU situation', () => {
    const { facts, unknown } = deriveAgreementFacts(caseStudyPartnership());
    expect(unknown).toEqual([]);
    expect(recommendAgreement(facts).kind).toBe('mou');
  });

  it('reads case study 2 (seven organizations, shared funding) as a partnership agreement, and says what it does not know', () => {
    const { facts, unknown } = deriveAgreementFacts(caseStudy2Partnership());
    expect(facts.organizationCount).toBe(7);
    expect(unknown).toEqual(['paysForServices']);
    expect(recommendAgreement(facts)).toMatchObject({
      kind: 'partnership-agreement',
      provisional: true,
    });
  });
});
