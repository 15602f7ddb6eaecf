import {
  CLAUSE_NAMES,
  clauseContextOf,
  clauseRequirement,
  heldClause,
} from '../agreement/agreement.clauses';
import { deriveAgreementFacts, recommendAgreement } from '../agreement/agreement.recommend';
import { CLAUSE_IDS } from '../agreement/agreement.schema';
import type { IsoDate } from '../common/common.schema';
import { daysBetween } from '../common/dates';
import { isDocumentDate, preview } from '../common/validators';
import { isEmptyText } from '../i18n/localized-text';
import { missingTranslations } from '../i18n/translations';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { organizationLabel } from '../organization/organization.schema';
import { validateReferences } from '../partnership/partnership.references';
import type { Partnership } from '../partnership/partnership.schema';
import { validateRaci } from '../raci/raci.rules';
import { reviewSchedule } from '../review/review.schedule';

type LintIssue = Issue<IssueCode>;

/** The guide's notice periods are 30, 60 or 90 days; shorter leaves too little time for clients. */
const SHORTEST_NOTICE_DAYS = 30;
/** "Usually one or two years": beyond five, worth a second look. */
const LONGEST_USUAL_TERM_YEARS = 5;

/** The agreement's own checks: clauses (AGR-5 and the rest), kind (AGR-1, 2, 4), lawyer (AGR-3), ranges, signatories. */
function agreementIssues(p: Partnership): LintIssue[] {
  const issues: LintIssue[] = [];
  const agreement = p.agreement;
  const advice = recommendAgreement(deriveAgreementFacts(p).facts);
  issues.push(...advice.warnings.map((w) => ({ ...w, path: ['agreementFacts', ...w.path] })));
  if (!agreement) return issues;
  const context = clauseContextOf(p);
  for (const clause of CLAUSE_IDS) {
    if (heldClause(agreement, clause) || clauseRequirement(clause, context) !== 'required')
      continue;
    const path = ['agreement', 'clauses', clause];
    if (clause === 'termination')
      issues.push({
        code: 'AGREEMENT_NO_TERMINATION_CLAUSE',
        ruleId: 'AGR-5',
        severity: 'error',
        path,
        params: {},
      });
    else if (clause === 'conflictResolution')
      issues.push({
        code: 'AGREEMENT_NO_CONFLICT_CLAUSE',
        ruleId: 'AGR-5',
        severity: 'error',
        path,
        params: {},
      });
    else
      issues.push({
        code: 'AGREEMENT_CLAUSE_MISSING',
        ...(clause === 'confidentiality' ? { ruleId: 'EST-2' } : {}),
        severity: 'warning',
        path,
        params: { clause: CLAUSE_NAMES[clause] },
      });
  }
  if (advice.kind === 'contract' && agreement.kind === 'mou') {
    issues.push({
      code: 'AGREEMENT_MOU_WITH_PAYMENT',
      ruleId: 'AGR-4',
      severity: 'error',
      path: ['agreement', 'kind'],
      params: {},
    });
  } else if (
    (advice.kind === 'mou' || advice.kind === 'partnership-agreement') &&
    advice.kind !== agreement.kind
  ) {
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
  if (agreement.noticeDays !== undefined && agreement.noticeDays < SHORTEST_NOTICE_DAYS) {
    issues.push({
      code: 'AGREEMENT_NOTICE_SHORT',
      ruleId: 'DIS-2',
      severity: 'warning',
      path: ['agreement', 'noticeDays'],
      params: { days: agreement.noticeDays },
    });
  }
  if (agreement.termYears !== undefined && agreement.termYears > LONGEST_USUAL_TERM_YEARS) {
    issues.push({
      code: 'AGREEMENT_TERM_LONG',
      severity: 'info',
      path: ['agreement', 'termYears'],
      params: { years: agreement.termYears },
    });
  }
  for (const organization of p.organizations) {
    if (!agreement.signatories.some((s) => s.organizationId === organization.id)) {
      issues.push({
        code: 'AGREEMENT_NO_SIGNATORY',
        severity: 'warning',
        path: ['agreement', 'signatories'],
        params: { organization: organizationLabel(organization) },
        organizationId: organization.id,
      });
    }
  }
  return issues;
}

/** Action items past their due date and not done (REV-1: meetings follow up on what they decide). */
function actionItemIssues(p: Partnership, today: IsoDate): LintIssue[] {
  const issues: LintIssue[] = [];
  p.meetings.records.forEach((meeting, i) => {
    meeting.actionItems.forEach((item, j) => {
      if (!item.done && item.dueOn !== undefined && item.dueOn < today) {
        issues.push({
          code: 'ACTION_ITEM_OVERDUE',
          ruleId: 'REV-1',
          severity: 'warning',
          path: ['meetings', 'records', i, 'actionItems', j],
          params: {
            item: isEmptyText(item.text) ? item.id : item.text,
            due: item.dueOn,
            days: daysBetween(item.dueOn, today),
          },
        });
      }
    });
  });
  return issues;
}

/**
 * Everything in a partnership that needs attention, in one list, with paths from the document
 * root — for a "what needs attention" panel or a check before export:
 *
 * - references that point nowhere, and duplicate organization ids;
 * - the RACI matrix's issues (RACI-1..8), and a matrix not adopted yet (RACI-8);
 * - points of contact without a title (contacts are named by title so documents survive turnover);
 * - an agreement without a clause it needs (AGR-5: termination and conflict resolution; the
 *   others by kind), of another kind than the facts call for (AGR-1, AGR-2), an MOU where one
 *   organization pays another (AGR-4), not reviewed by a lawyer (AGR-3), with a notice under 30
 *   days or a term over five years, or an organization without a signatory;
 * - a review interval over six months, overdue meetings and reviews, a renewal meeting due, an
 *   expired agreement (REV), overdue action items;
 * - an organization whose leadership has not approved the partnership (EST-1, WS-SELF 10);
 * - each text missing one of the partnership's languages (`TRANSLATION_MISSING`).
 *
 * An invalid `today` is reported (`ARGUMENT_INVALID_DATE`), never turned into bogus "overdue" issues.
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
  const issues: LintIssue[] = validateReferences(p);
  issues.push(
    ...validateRaci(p.raci, { organizations: p.organizations }).map((issue) => ({
      ...issue,
      path: ['raci', ...issue.path],
    })),
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
      if (isEmptyText(contact.title)) {
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
  issues.push(...agreementIssues(p));
  if (isDocumentDate(options.today)) {
    issues.push(...reviewSchedule(p, options.today).issues, ...actionItemIssues(p, options.today));
  } else {
    issues.push({
      code: 'ARGUMENT_INVALID_DATE',
      severity: 'error',
      path: [],
      params: { argument: 'today', value: preview(options.today) },
    });
  }
  p.organizations.forEach((organization) => {
    if (!p.approvals.some((approval) => approval.organizationId === organization.id)) {
      issues.push({
        code: 'LEADERSHIP_NOT_CONFIRMED',
        ruleId: 'EST-1',
        severity: 'warning',
        path: ['approvals'],
        params: { organization: organizationLabel(organization) },
        organizationId: organization.id,
      });
    }
  });
  for (const missing of missingTranslations(p, p.languages)) {
    issues.push({
      code: 'TRANSLATION_MISSING',
      severity: 'warning',
      path: missing.path,
      params: { language: missing.language },
    });
  }
  return issues;
}
