import { formatInterfaceMessage, MAX_ECHOED_LENGTH } from '../i18n/format-message';
import type { Locale } from '../i18n/locale';
import { resolveLocale } from '../i18n/locale';
import { type BilingualText, type Language, localize } from '../i18n/localized-text';
import type { Issue, IssuePath } from './issue';
import { ISSUE_MESSAGES } from './issue.messages';

/** How an app rewords one code: a text per language (same placeholders), or a function. */
export type IssueMessageOverride =
  | Partial<BilingualText>
  | ((issue: Issue, locale: Locale) => string);

/** Options of {@link formatIssue}. */
export interface FormatIssueOptions {
  /** Wording that replaces the built-in one, by code (also for an app's own codes). */
  readonly messages?: Readonly<Record<string, IssueMessageOverride | undefined>>;
}

const ROOT: BilingualText = { fr: 'document', en: 'document' };
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_SEGMENT = 60;

/**
 * Writes an issue path the way a developer reads it: `organizations[0].pointsOfContact[1].title`.
 * Long keys are cut short.
 *
 * @example
 * ```ts
 * formatIssuePath(['raci', 'tasks', 2, 'cells', 'role-2']); // 'raci.tasks[2].cells["role-2"]'
 * ```
 */
export function formatIssuePath(path: IssuePath, locale: Locale = 'fr-CA'): string {
  if (path.length === 0) return ROOT[resolveLocale(locale) === 'fr-CA' ? 'fr' : 'en'];
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = segment.length > MAX_SEGMENT ? `${segment.slice(0, MAX_SEGMENT - 1)}…` : segment;
      if (IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text;
}

/**
 * Renders an issue as a sentence in French or English. The locale can be any tag (`fr`,
 * `fr-CA`, `en-US`, `navigator.languages`…): the language decides. The text is plain, not HTML:
 * it may contain names people typed (cut at 200 characters), so escape it for the output it
 * goes to. Templates use {@link formatInterfaceMessage}: `{name}` and plural groups.
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
 *   messages: { RACI_TASK_NO_ACCOUNTABLE: { fr: 'Qui tranche pour « {task} »?' } },
 * });
 * ```
 */
export function formatIssue(
  issue: Issue,
  locale: string | readonly string[],
  options: FormatIssueOptions = {},
): string {
  return format(ISSUE_MESSAGES, issue, locale, options);
}

/** A wording table: text per code, in both languages. */
export type IssueMessageTable = Readonly<Record<string, BilingualText>>;

/**
 * {@link formatIssue} with only the wording of some domains built in — the tables a component
 * can meet (`RACI_ISSUE_MESSAGES` and `ACTION_ISSUE_MESSAGES` for a RACI grid) — so that an app
 * ships those and not the whole library's. A code outside them renders as its `messages`
 * override, or as itself.
 *
 * @example
 * ```ts
 * const formatRaciIssue = createIssueFormatter(RACI_ISSUE_MESSAGES, ACTION_ISSUE_MESSAGES);
 * formatRaciIssue(issue, 'fr-CA');
 * ```
 */
export function createIssueFormatter(...tables: readonly IssueMessageTable[]) {
  const builtIn: IssueMessageTable = Object.assign({}, ...tables);
  return (issue: Issue, locale: string | readonly string[], options: FormatIssueOptions = {}) =>
    format(builtIn, issue, locale, options);
}

function format(
  table: IssueMessageTable,
  issue: Issue,
  locale: string | readonly string[],
  options: FormatIssueOptions,
): string {
  const resolved = resolveLocale(locale);
  const lang: Language = resolved === 'fr-CA' ? 'fr' : 'en';
  const override = Object.hasOwn(options.messages ?? {}, issue.code)
    ? options.messages?.[issue.code]
    : undefined;
  if (typeof override === 'function') return override(issue, resolved);
  const builtIn: BilingualText | undefined = Object.hasOwn(table, issue.code)
    ? table[issue.code]
    : undefined;
  const code =
    issue.code.length > MAX_ECHOED_LENGTH
      ? `${issue.code.slice(0, MAX_ECHOED_LENGTH - 1)}…`
      : issue.code;
  const template =
    override?.[lang] ?? builtIn?.[lang] ?? code.replaceAll('{', '(').replaceAll('}', ')');
  const values: Record<string, string | number> = { path: formatIssuePath(issue.path, resolved) };
  for (const [name, value] of Object.entries(issue.params)) {
    values[name] = typeof value === 'object' && value !== null ? localize(value, lang).text : value;
  }
  return formatInterfaceMessage(template, values, lang);
}
