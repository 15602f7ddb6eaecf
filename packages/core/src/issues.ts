// @partnership-kit/core/issues — issues as sentences in French and English: formatIssue with
// every code's wording, or createIssueFormatter with only the domains a component meets.

export { ACTION_ISSUE_MESSAGES } from './issues/action.issue-messages';
export { DOCUMENT_ISSUE_MESSAGES } from './issues/document.issue-messages';
export type {
  FormatIssueOptions,
  IssueMessageOverride,
  IssueMessageTable,
} from './issues/format-issue';
export { createIssueFormatter, formatIssue, formatIssuePath } from './issues/format-issue';
export type { IssueCode } from './issues/issue.messages';
export { ISSUE_MESSAGES } from './issues/issue.messages';
export { RACI_ISSUE_MESSAGES } from './issues/raci.issue-messages';
export { RULES_ISSUE_MESSAGES } from './issues/rules.issue-messages';
