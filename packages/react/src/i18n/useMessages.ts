import {
  type BilingualText,
  type Issue,
  type Locale,
  languageOf,
  resolveLocale,
} from '@partnership-kit/core';
import { formatInterfaceMessage, type MessageValues } from '@partnership-kit/core/format';
import type { FormatIssueOptions } from '@partnership-kit/core/issues';
import { useCallback, useContext, useMemo } from 'react';
import { KitContext } from './kit-context';
import type { MessageOverrides, MessageTable } from './messages';

/**
 * The locale in effect: the one a component was given, else the nearest provider's.
 *
 * @example
 * ```tsx
 * const locale = useLocale(); // 'fr-CA' | 'en-CA'
 * ```
 */
export function useLocale(override?: string): Locale {
  const context = useContext(KitContext);
  return override === undefined ? context.locale : resolveLocale(override, context.locale);
}

/** A translate function for one message table: `t('raci.undo')`, `t('raci.announce.issues', { count })`. */
export type Translate<Key extends string = string> = (key: Key, values?: MessageValues) => string;

/** Options every component with built-in strings accepts. */
export interface MessageOptions {
  /** Language of this component, when it differs from the provider's. */
  readonly locale?: string | undefined;
  /** Rewording of built-in strings for this component, by key. */
  readonly messages?: MessageOverrides | undefined;
}

function pick(override: string | Partial<BilingualText> | undefined, lang: 'fr' | 'en') {
  return typeof override === 'string' ? override : override?.[lang];
}

/**
 * A component's built-in strings in the locale in effect, with the component's and the
 * provider's overrides (component first), formatted with core's one message syntax (plurals,
 * dates in words, French typography). `t` keeps its identity while the locale and overrides do.
 *
 * @example
 * ```tsx
 * const { t } = useMessages(RACI_MESSAGES, props);
 * return <button type="button">{t('raci.undo')}</button>;
 * ```
 */
export function useMessages<T extends MessageTable>(table: T, options: MessageOptions = {}) {
  const context = useContext(KitContext);
  const locale = useLocale(options.locale);
  const own = options.messages;
  const lang = languageOf(locale);
  const t = useCallback<Translate<Extract<keyof T, string>>>(
    (key, values = {}) => {
      const template =
        pick(own?.[key], lang) ?? pick(context.messages[key], lang) ?? table[key]?.[lang] ?? key;
      return formatInterfaceMessage(template, values, lang);
    },
    [lang, own, context.messages, table],
  );
  return { t, locale, lang };
}

/** Core's issue formatter: `formatIssue` (every code) or one made by `createIssueFormatter`. */
export type IssueFormatter = (
  issue: Issue,
  locale: string | readonly string[],
  options?: FormatIssueOptions,
) => string;

/**
 * Formats issues from core in the locale in effect, with the app's rewording of issue messages
 * (the provider's `issueMessages`): the one way every component words an issue. A component
 * passes the formatter of the issues it can meet — core's `formatIssue` for all of them, or
 * `createIssueFormatter(RACI_ISSUE_MESSAGES, …)` for a few — so that it ships only their wording.
 *
 * @example
 * ```tsx
 * import type { FormatIssueOptions } from '@partnership-kit/core/issues';
 * const format = useFormatIssue(formatIssue);
 * return <li>{format(issue)}</li>;
 * ```
 */
export function useFormatIssue(format: IssueFormatter, locale?: string): (issue: Issue) => string {
  const context = useContext(KitContext);
  const resolved = useLocale(locale);
  const messages = context.issueMessages;
  return useMemo(() => {
    const options = messages ? { messages } : {};
    return (issue: Issue) => format(issue, resolved, options);
  }, [format, resolved, messages]);
}

/**
 * The languages the partnership's texts are written in: a component's own `languages`, else
 * the provider's `contentLanguages`.
 *
 * @example
 * ```tsx
 * const languages = useContentLanguages(); // ['fr', 'en']
 * ```
 */
export function useContentLanguages(override?: readonly ('fr' | 'en')[]) {
  const context = useContext(KitContext);
  return override && override.length > 0 ? override : context.contentLanguages;
}
