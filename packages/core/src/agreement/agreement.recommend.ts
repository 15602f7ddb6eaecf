import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Partnership } from '../partnership/partnership.schema';
import type { AgreementKind } from './agreement.schema';

/** A fact that may not be known yet. */
export type Knowable<T> = T | 'unknown';

/** What decides between an MOU and a partnership agreement (AGR-1, AGR-2, AGR-4). */
export interface AgreementRecommendationFacts {
  readonly organizationCount: Knowable<number>;
  /** Funding must be shared between organizations. */
  readonly sharesFunding: Knowable<boolean>;
  /** The partners create services together (a curriculum, programs). */
  readonly coCreatesServices: Knowable<boolean>;
  /** The services offered are very clear and well established. */
  readonly servicesEstablished: Knowable<boolean>;
  /** One organization pays another for services (AGR-4). Optional: not asked is not unknown. */
  readonly paysForServices?: Knowable<boolean>;
}

/** One reason behind the advice: an issue-shaped fact (render it with formatIssue) and the kind it supports. */
export interface AgreementReason extends Issue<IssueCode> {
  readonly supports: AgreementKind;
}

/** The advice of {@link recommendAgreement}. */
export interface AgreementRecommendation {
  readonly kind: AgreementKind | 'undecided';
  /** Every fact that weighed, for or against each kind, with its rule. */
  readonly reasons: readonly AgreementReason[];
  /** AGR-3: a lawyer should draft or review a partnership agreement. */
  readonly lawyerReviewRecommended: boolean;
  readonly warnings: readonly Issue<IssueCode>[];
  /** Problems that prevent any advice (fewer than two organizations). */
  readonly errors: readonly Issue<IssueCode>[];
  /** Facts still unknown that could change the advice. */
  readonly missingFacts: readonly (keyof AgreementRecommendationFacts)[];
}

type Code = IssueCode;
const reason = (
  code: Code,
  ruleId: string,
  supports: AgreementKind,
  params: Record<string, string | number> = {},
): AgreementReason => ({ code, ruleId, severity: 'info', path: [], params, supports });

/**
 * Advises an MOU or a formal partnership agreement, from the guide's rules:
 *
 * - a partnership agreement fits as soon as funding is shared, services are created together,
 *   or more than three organizations take part (AGR-2), and then a lawyer should review it (AGR-3);
 * - an MOU fits when no funding is shared, two or three organizations take part, their services
 *   are clear and established, and none is created together (AGR-1);
 * - otherwise the advice is `undecided`, with the facts still missing.
 *
 * One organization paying another for services is warned about whatever the kind: that calls
 * for a contract, which an MOU cannot replace (AGR-4). Fewer than two organizations is an error.
 *
 * @example
 * ```ts
 * const advice = recommendAgreement({
 *   organizationCount: 2, sharesFunding: false, coCreatesServices: false, servicesEstablished: true,
 * });
 * advice.kind; // 'mou'
 * advice.reasons.map((r) => formatIssue(r, 'en'));
 * ```
 */
export function recommendAgreement(facts: AgreementRecommendationFacts): AgreementRecommendation {
  const { organizationCount: count, sharesFunding, coCreatesServices, servicesEstablished } = facts;
  const errors: Issue<IssueCode>[] = [];
  const warnings: Issue<IssueCode>[] = [];
  if (count !== 'unknown' && count < 2) {
    errors.push({
      code: 'AGR_TOO_FEW_ORGANIZATIONS',
      severity: 'error',
      path: ['organizationCount'],
      params: { count },
    });
  }

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

  const kind: AgreementRecommendation['kind'] =
    errors.length > 0
      ? 'undecided'
      : forAgreement.length > 0
        ? 'partnership-agreement'
        : forMou.length === 4
          ? 'mou'
          : 'undecided';

  if (facts.paysForServices === true) {
    warnings.push({
      code: 'AGR_PAYMENT_NEEDS_CONTRACT',
      ruleId: 'AGR-4',
      severity: 'warning',
      path: ['paysForServices'],
      params: {},
    });
  }
  if (servicesEstablished === false && kind !== 'partnership-agreement') {
    warnings.push({
      code: 'AGR_SERVICES_NOT_ESTABLISHED',
      ruleId: 'AGR-1',
      severity: 'warning',
      path: ['servicesEstablished'],
      params: {},
    });
  }

  const decisive = [
    'organizationCount',
    'sharesFunding',
    'coCreatesServices',
    'servicesEstablished',
    'paysForServices',
  ] as const;
  return {
    kind,
    reasons: [...forAgreement, ...forMou],
    lawyerReviewRecommended: kind === 'partnership-agreement',
    warnings,
    errors,
    missingFacts: decisive.filter((name) => facts[name] === 'unknown'),
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
