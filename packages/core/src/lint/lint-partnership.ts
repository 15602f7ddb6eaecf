import { deriveAgreementFacts, recommendAgreement } from '../agreement/agreement.recommend';
import type { IsoDate } from '../common/common.schema';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { organizationLabel } from '../organization/organization.schema';
import type { Partnership } from '../partnership/partnership.schema';
import { validateRaci } from '../raci/raci.rules';
import { reviewSchedule } from '../review/review.schedule';
import { LEADERSHIP_AWARE_QUESTION_ID, WORKSHEET_IDS } from '../worksheet/worksheet.ids';

type LintIssue = Issue<IssueCode>;

/**
 * Everything in a partnership that needs attention, in one list, with paths from the document
 * root — for a "what needs attention" panel or a check before export:
 *
 * - the RACI matrix's issues (RACI-1..8), and a matrix not adopted yet (RACI-8);
 * - points of contact without a title (contacts are named by title so documents survive turnover);
 * - an agreement without its termination or conflict-resolution clause (AGR-5), of another kind
 *   than the facts call for (AGR-1, AGR-2), or an agreement a lawyer has not reviewed (AGR-3);
 * - overdue meetings and reviews, a renewal meeting due, an expired agreement (REV);
 * - an organization whose leadership has not confirmed it knows of the partnership (WS-SELF 10).
 *
 * @example
 * ```ts
 * const issues = lintPartnership(partnership, { today: '2027-03-01' });
 * const counts = countIssues(issues); // { error: 1, warning: 3, info: 2 }
 * ```
 */
export function lintPartnership(
  partnership: Partnership,
  options: { readonly today: IsoDate },
): LintIssue[] {
  const p = partnership;
  const issues: LintIssue[] = validateRaci(p.raci, { organizations: p.organizations }).map(
    (issue) => ({
      ...issue,
      path: ['raci', ...issue.path],
    }),
  );
  if (p.raci.tasks.length > 0 && p.raci.status === 'draft') {
    issues.push({
      code: 'RACI_NOT_ADOPTED',
      ruleId: 'RACI-8',
      severity: 'warning',
      path: ['raci', 'status'],
      params: {},
    });
  }

  p.organizations.forEach((organization, o) => {
    organization.pointsOfContact.forEach((contact, c) => {
      if (contact.title.trim() === '') {
        issues.push({
          code: 'CONTACT_TITLE_MISSING',
          severity: 'warning',
          path: ['organizations', o, 'pointsOfContact', c, 'title'],
          params: { organization: organizationLabel(organization) },
          organizationId: organization.id,
        });
      }
    });
  });

  const agreement = p.agreement;
  const advice = recommendAgreement(deriveAgreementFacts(p).facts);
  issues.push(...advice.warnings.map((w) => ({ ...w, path: ['agreementFacts', ...w.path] })));
  if (agreement) {
    if (!agreement.clauses.termination) {
      issues.push({
        code: 'AGREEMENT_NO_TERMINATION_CLAUSE',
        ruleId: 'AGR-5',
        severity: 'error',
        path: ['agreement', 'clauses', 'termination'],
        params: {},
      });
    }
    if (!agreement.clauses.conflictResolution) {
      issues.push({
        code: 'AGREEMENT_NO_CONFLICT_CLAUSE',
        ruleId: 'AGR-5',
        severity: 'error',
        path: ['agreement', 'clauses', 'conflictResolution'],
        params: {},
      });
    }
    if (advice.kind !== 'undecided' && advice.kind !== agreement.kind) {
      issues.push({
        code: 'AGREEMENT_KIND_MISMATCH',
        ruleId: advice.kind === 'mou' ? 'AGR-1' : 'AGR-2',
        severity: 'warning',
        path: ['agreement', 'kind'],
        params: { kind: agreement.kind, recommended: advice.kind },
      });
    }
    if (agreement.kind === 'partnership-agreement' && agreement.lawyerReviewed !== true) {
      issues.push({
        code: 'AGREEMENT_LAWYER_REVIEW',
        ruleId: 'AGR-3',
        severity: 'info',
        path: ['agreement', 'lawyerReviewed'],
        params: {},
      });
    }
  }

  issues.push(...reviewSchedule(p, options.today).issues);

  p.organizations.forEach((organization) => {
    const response = p.worksheets.find(
      (w) => w.worksheetId === WORKSHEET_IDS.selfReflection && w.organizationId === organization.id,
    );
    const answer =
      response && Object.hasOwn(response.answers, LEADERSHIP_AWARE_QUESTION_ID)
        ? response.answers[LEADERSHIP_AWARE_QUESTION_ID]?.answer
        : undefined;
    if ((answer ?? '').trim() === '') {
      issues.push({
        code: 'LEADERSHIP_NOT_CONFIRMED',
        ruleId: 'EST-1',
        severity: 'warning',
        path: ['worksheets'],
        params: { organization: organizationLabel(organization) },
        organizationId: organization.id,
      });
    }
  });
  return issues;
}
