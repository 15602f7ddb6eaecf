import type { LocalizedText } from '../i18n/localized-text';

/** How serious an issue is: `error` blocks (a rule is broken), `warning` advises, `info` tells. */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** Where an issue is, as JSON path segments from the object that was checked. */
export type IssuePath = readonly (string | number)[];

/**
 * Values an issue's message can show: numbers, words, names typed by people — in both
 * languages when people wrote them so ({@link LocalizedText}: the message shows the side of its
 * own language, or the other one when that is missing).
 */
export type IssueParams = Readonly<Record<string, string | number | LocalizedText>>;

/**
 * One finding of a parser or a rule, the same shape everywhere in the library. It carries data,
 * not text: {@link formatIssue} renders it in French or English, and apps may word it their way.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'RACI_MULTIPLE_ACCOUNTABLE',
 *   ruleId: 'RACI-6',
 *   severity: 'error',
 *   path: ['cells', 'task-1'],
 *   params: { task: 'Intake forms', count: 2 },
 *   taskId: 'task-1',
 * };
 * ```
 */
export interface Issue<Code extends string = string> {
  /** Stable, upper-case code: match on it, never on the message. */
  readonly code: Code;
  /** The rule of DOMAIN.md behind it (`RACI-6`), when there is one. */
  readonly ruleId?: string;
  readonly severity: IssueSeverity;
  readonly path: IssuePath;
  readonly params: IssueParams;
  /** The task it is about, when there is one (RACI rules). */
  readonly taskId?: string;
  /** The role it is about, when there is one. */
  readonly roleId?: string;
  /** The organization it is about, when there is one. */
  readonly organizationId?: string;
  /** The cells it is about (two A in a row: both cells), for a grid to mark them. */
  readonly cells?: readonly { readonly taskId: string; readonly roleId: string }[];
}

/**
 * Counts issues by severity, e.g. to show "2 errors, 1 warning" or to block an adoption.
 *
 * @example
 * ```ts
 * countIssues(validateRaci(matrix, { organizations })).error; // 0 when the matrix follows the rules
 * ```
 */
export function countIssues(issues: readonly Issue[]): Record<IssueSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** Whether any issue is an error. @example `hasErrors(result.issues)` */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
