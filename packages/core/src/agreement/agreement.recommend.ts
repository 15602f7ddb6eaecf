import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Partnership } from '../partnership/partnership.schema';
import type { AgreementKind } from './agreement.schema';

/** A fact that may not be known yet. */
export type Knowable<T> = T | 'unknown';

/** What decides between an MOU, a partnership agreement and a contract (AGR-1, AGR-2, AGR-4). */
export interface AgreementRecommendationFacts {
  readonly organizationCount: Knowable<number>;
  /** Funding must be shared between organizations. */
  readonly sharesFunding: Knowable<boolean>;
  /** The partners create services together (a curriculum, programs). */
  readonly coCreatesServices: Knowable<boolean>;
  /** The services offered are very clear and well established. */
  readonly servicesEstablished: Knowable<boolean>;
  /** One organization pays another for goods or services (AGR-4). Left out, it counts as unknown. */
  readonly paysForServices?: Knowable<boolean>;
}

/**
 * The kinds of advice: an MOU, a partnership agreement, a contract (one organization pays
 * another: an MOU cannot do, AGR-4), or undecided while facts are missing or contradictory.
 */
export type AgreementAdvice = AgreementKind | 'contract' | 'undecided';

/** One reason behind the advice: an issue-shaped fact (render it with formatIssue) and the advice it supports. */
export interface AgreementReason extends Issue<IssueCode> {
  readonly supports: AgreementAdvice;
}

/** The advice of {@link recommendAgreement}. */
export interface AgreementRecommendation {
  readonly kind: AgreementAdvice;
  /**
   * The advice could still change: a fact it does not rest on is unknown (see `reasons` with
   * code `AGR_FACT_UNKNOWN`, one per such fact).
   */
  readonly provisional: boolean;
  /** Every fact that weighed, for or against each kind, with its rule. */
  readonly reasons: readonly AgreementReason[];
  /** AGR-3 (and AGR-4): a lawyer should draft or review a partnership agreement or a contract. */
  readonly lawyerReviewRecommended: boolean;
  readonly warnings: readonly Issue<IssueCode>[];
  /** Problems that prevent any advice (fewer than two organizations). */
  readonly errors: readonly Issue<IssueCode>[];
  /** Every decisive fact still unknown, whether or not it could change this advice. */
  readonly missingFacts: readonly (keyof AgreementRecommendationFacts)[];
}

type Fact = keyof AgreementRecommendationFacts;
const FACTS: readonly Fact[] = [
  'organizationCount',
  'sharesFunding',
  'coCreatesServices',
  'servicesEstablished',
  'paysForServices',
];

const reason = (
  code: IssueCode,
  ruleId: string,
  supports: AgreementAdvice,
  params: Record<string, string | number> = {},
): AgreementReason => ({ code, ruleId, severity: 'info', path: [], params, supports });

/** The facts for the guide's conditions, as reasons (AGR-1 for an MOU, AGR-2 for an agreement, AGR-4 for a contract). */
function weigh(facts: AgreementRecommendationFacts) {
  const { organizationCount: count, sharesFunding, coCreatesServices, servicesEstablished } = facts;
  const paysForServices = facts.paysForServices ?? 'unknown';
  const forContract: AgreementReason[] = [];
  if (paysForServices === true)
    forContract.push(reason('AGR_PAYMENT_NEEDS_CONTRACT', 'AGR-4', 'contract'));
  const forAgreement: AgreementReason[] = [];
  if (sharesFunding === true)
    forAgreement.push(reason('AGR_SHARED_FUNDING', 'AGR-2', 'partnership-agreement'));
  if (coCreatesServices === true)
    forAgreement.push(reason('AGR_CO_CREATED_SERVICES', 'AGR-2', 'partnership-agreement'));
  if (count !== 'unknown' && count > 3) {
    forAgreement.push(
      reason('AGR_MANY_ORGANIZATIONS', 'AGR-2', 'partnership-agreement', { count }),
    );
  }
  const forMou: AgreementReason[] = [];
  if (sharesFunding === false) forMou.push(reason('AGR_NO_SHARED_FUNDING', 'AGR-1', 'mou'));
  if (count !== 'unknown' && count >= 2 && count <= 3)
    forMou.push(reason('AGR_FEW_ORGANIZATIONS', 'AGR-1', 'mou', { count }));
  if (servicesEstablished === true) forMou.push(reason('AGR_SERVICES_ESTABLISHED', 'AGR-1', 'mou'));
  if (coCreatesServices === false)
    forMou.push(reason('AGR_NO_CO_CREATED_SERVICES', 'AGR-2', 'mou'));
  if (paysForServices === false) forMou.push(reason('AGR_NO_PAYMENT_FOR_SERVICES', 'AGR-4', 'mou'));
  return { forContract, forAgreement, forMou, paysForServices };
}

/**
 * Advises an MOU, a partnership agreement or a contract, from the guide's rules:
 *
 * - one organization paying another for services calls for a contract (or an agreement a
 *   lawyer reviews): the advice is `contract`, never `mou` (AGR-4);
 * - a partnership agreement fits as soon as funding is shared, services are created together,
 *   or more than three organizations take part (AGR-2), and then a lawyer should review it (AGR-3);
 * - an MOU fits when two or three organizations take part, no funding is shared and their
 *   services are clear and established (AGR-1) — and no AGR-2 or AGR-4 condition is known to
 *   hold. Whether services are created together, and whether anyone pays, may still be unknown:
 *   the advice then stands but is `provisional`, with one `AGR_FACT_UNKNOWN` reason per fact;
 * - otherwise the advice is `undecided`, with the facts still missing.
 *
 * Fewer than two organizations is an error and no advice.
 *
 * @example
 * ```ts
 * const advice = recommendAgreement({
 *   organizationCount: 2, sharesFunding: false, coCreatesServices: 'unknown', servicesEstablished: true, paysForServices: false,
 * });
 * advice.kind; // 'mou'
 * advice.provisional; // true: co-creation is not known yet
 * advice.reasons.map((r) => formatIssue(r, 'en'));
 * ```
 */
export function recommendAgreement(facts: AgreementRecommendationFacts): AgreementRecommendation {
  const count = facts.organizationCount;
  const errors: Issue<IssueCode>[] = [];
  const warnings: Issue<IssueCode>[] = [];
  if (count !== 'unknown' && (!Number.isSafeInteger(count) || count < 2)) {
    errors.push({
      code: 'AGR_TOO_FEW_ORGANIZATIONS',
      severity: 'error',
      path: ['organizationCount'],
      params: { count: Number.isFinite(count) ? count : 0 },
    });
  }
  const { forContract, forAgreement, forMou, paysForServices } = weigh(facts);
  const mouHolds =
    facts.sharesFunding === false &&
    facts.servicesEstablished === true &&
    count !== 'unknown' &&
    count >= 2 &&
    count <= 3 &&
    facts.coCreatesServices !== true;
  const kind: AgreementAdvice =
    errors.length > 0
      ? 'undecided'
      : forContract.length > 0
        ? 'contract'
        : forAgreement.length > 0
          ? 'partnership-agreement'
          : mouHolds
            ? 'mou'
            : 'undecided';

  // The unknown facts that could still turn this advice into another one.
  const open: Fact[] =
    kind === 'mou'
      ? FACTS.filter(
          (f) =>
            (f === 'coCreatesServices' || f === 'paysForServices') &&
            (facts[f] ?? 'unknown') === 'unknown',
        )
      : kind === 'partnership-agreement' && paysForServices === 'unknown'
        ? ['paysForServices']
        : [];
  const provisionalReasons = open.map((fact) =>
    reason('AGR_FACT_UNKNOWN', fact === 'paysForServices' ? 'AGR-4' : 'AGR-1', kind, { fact }),
  );

  if (facts.servicesEstablished === false && kind === 'undecided') {
    warnings.push({
      code: 'AGR_SERVICES_NOT_ESTABLISHED',
      ruleId: 'AGR-1',
      severity: 'warning',
      path: ['servicesEstablished'],
      params: {},
    });
  }
  if (kind === 'contract') {
    warnings.push({
      code: 'AGR_PAYMENT_NEEDS_CONTRACT',
      ruleId: 'AGR-4',
      severity: 'warning',
      path: ['paysForServices'],
      params: {},
    });
  }
  return {
    kind,
    provisional: open.length > 0,
    reasons: [...forContract, ...forAgreement, ...forMou, ...provisionalReasons],
    lawyerReviewRecommended: kind === 'partnership-agreement' || kind === 'contract',
    warnings,
    errors,
    missingFacts: FACTS.filter((name) => (facts[name] ?? 'unknown') === 'unknown'),
  };
}

/**
 * Reads the facts for {@link recommendAgreement} from a partnership: the number of partner
 * organizations, and what the working group recorded in `agreementFacts`. Facts not recorded
 * come back as `'unknown'`, and are listed in `unknown` so a UI can ask about them.
 *
 * @example
 * ```ts
 * const { facts, unknown } = deriveAgreementFacts(partnership);
 * const advice = recommendAgreement(facts);
 * ```
 */
export function deriveAgreementFacts(
  partnership: Pick<Partnership, 'organizations' | 'agreementFacts'>,
): {
  facts: AgreementRecommendationFacts;
  unknown: (keyof AgreementRecommendationFacts)[];
} {
  const recorded = partnership.agreementFacts;
  const facts: AgreementRecommendationFacts = {
    organizationCount: partnership.organizations.length,
    sharesFunding: recorded.sharesFunding ?? 'unknown',
    coCreatesServices: recorded.coCreatesServices ?? 'unknown',
    servicesEstablished: recorded.servicesEstablished ?? 'unknown',
    paysForServices: recorded.paysForServices ?? 'unknown',
  };
  const names = [
    'sharesFunding',
    'coCreatesServices',
    'servicesEstablished',
    'paysForServices',
  ] as const;
  return { facts, unknown: names.filter((name) => facts[name] === 'unknown') };
}
