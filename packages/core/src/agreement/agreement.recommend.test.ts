import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { formatIssue } from '../issues/format-issue';
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

/** The guide's rules, restated as plainly as possible, to check every line of the table against. */
function expected(f: AgreementRecommendationFacts) {
  const tooFew = typeof f.organizationCount === 'number' && f.organizationCount < 2;
  const agreement =
    f.sharesFunding === true ||
    f.coCreatesServices === true ||
    (typeof f.organizationCount === 'number' && f.organizationCount > 3);
  const mou =
    f.sharesFunding === false &&
    f.coCreatesServices === false &&
    f.servicesEstablished === true &&
    (f.organizationCount === 2 || f.organizationCount === 3);
  return {
    kind: tooFew ? 'undecided' : agreement ? 'partnership-agreement' : mou ? 'mou' : 'undecided',
    lawyer: !tooFew && agreement,
    paymentWarning: f.paysForServices === true,
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
        advice.lawyerReviewRecommended !== want.lawyer ||
        advice.warnings.some((w) => w.code === 'AGR_PAYMENT_NEEDS_CONTRACT') !== want.paymentWarning
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('lists the unknown facts, which could change an undecided advice', () => {
    const advice = recommendAgreement({
      organizationCount: 2,
      sharesFunding: false,
      coCreatesServices: 'unknown',
      servicesEstablished: true,
    });
    expect(advice.kind).toBe('undecided');
    expect(advice.missingFacts).toEqual(['coCreatesServices']);
  });

  describe('given two organizations, no shared funding, established services, nothing co-created', () => {
    it('advises an MOU and gives the AGR-1 reasons in both languages', () => {
      const advice = recommendAgreement({
        organizationCount: 2,
        sharesFunding: false,
        coCreatesServices: false,
        servicesEstablished: true,
      });
      expect(advice).toMatchObject({
        kind: 'mou',
        lawyerReviewRecommended: false,
        errors: [],
        warnings: [],
      });
      expect(advice.reasons.every((r) => r.supports === 'mou')).toBe(true);
      expect(advice.reasons.map((r) => formatIssue(r, 'en'))).toContain(
        'Only 2 organizations take part.',
      );
      expect(advice.reasons.map((r) => formatIssue(r, 'fr'))).toContain(
        'Seulement 2 organisations participent.',
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
    expect(recommendAgreement(facts).kind).toBe('partnership-agreement');
  });
});
