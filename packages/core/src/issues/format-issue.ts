import { type Locale, resolveLocale } from '../i18n/locale';
import { type LocalizedText, localize } from '../i18n/localized-text';
import type { Issue, IssuePath } from './issue';
import { ISSUE_MESSAGES } from './issue.messages';

/** How an app rewords one code: a text per language (same placeholders), or a function. */
export type IssueMessageOverride =
  | Partial<LocalizedText>
  | ((issue: Issue, locale: Locale) => string);

/** Options of {@link formatIssue}. */
export interface FormatIssueOptions {
  /** Wording that replaces the built-in one, by code (also for an app's own codes). */
  readonly messages?: Readonly<Record<string, IssueMessageOverride | undefined>>;
}

const ROOT: LocalizedText = { fr: 'document', en: 'document' };
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes an issue path the way a developer reads it: `organizations[0].pointsOfContact[1].title`.
 *
 * @example
 * ```ts
 * formatIssuePath(['raci', 'cells', 'task-1', 'role-2']); // 'raci.cells["task-1"]["role-2"]'
 * ```
 */
export function formatIssuePath(path: IssuePath, locale: Locale = 'fr-CA'): string {
  if (path.length === 0) return localize(ROOT, locale);
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Replaces each `{name}` with its value; a placeholder without a value stays visible. */
function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}

/**
 * Renders an issue as a sentence in French or English. The locale can be any tag (`fr`,
 * `fr-CA`, `en-US`, `navigator.languages`…): the language decides. The text is plain, not HTML:
 * it may contain names people typed, so escape it for the output it goes to.
 *
 * @param issue - any issue of the library, or an app's own issue.
 * @param locale - one language tag or several, in order of preference.
 * @param options - `messages` rewords any code (an unknown code without one renders as itself).
 * @example
 * ```ts
 * formatIssue(
 *   { code: 'RACI_TASK_NO_ACCOUNTABLE', ruleId: 'RACI-5', severity: 'error', path: [], params: { task: 'Job search' } },
 *   'en',
 * ); // 'No role is Accountable (A) for task “Job search”.'
 *
 * formatIssue(issue, 'fr-CA', {
 *   messages: { RACI_TASK_NO_ACCOUNTABLE: { fr: 'Qui tranche pour « {task} » ?' } },
 * });
 * ```
 */
export function formatIssue(
  issue: Issue,
  locale: string | readonly string[],
  options: FormatIssueOptions = {},
): string {
  const resolved = resolveLocale(locale);
  const side = resolved === 'fr-CA' ? 'fr' : 'en';
  const override = options.messages?.[issue.code];
  if (typeof override === 'function') return override(issue, resolved);
  const builtIn: LocalizedText | undefined = Object.hasOwn(ISSUE_MESSAGES, issue.code)
    ? ISSUE_MESSAGES[issue.code as keyof typeof ISSUE_MESSAGES]
    : undefined;
  const template = override?.[side] ?? builtIn?.[side] ?? issue.code;
  return interpolate(template, { path: formatIssuePath(issue.path, resolved), ...issue.params });
}
