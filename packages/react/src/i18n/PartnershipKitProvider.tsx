import { type Language, resolveLocale } from '@partnership-kit/core';
import type { FormatIssueOptions } from '@partnership-kit/core/issues';
import { type ReactNode, useContext, useMemo } from 'react';
import { KitContext } from './kit-context';
import type { MessageOverrides } from './messages';

/** Props of {@link PartnershipKitProvider}. */
export interface PartnershipKitProviderProps {
  /**
   * The interface's language: any tag or list of tags (`'fr-CA'`, `'en'`, `navigator.languages`).
   * A provider inside another takes what it does not set from the outer one.
   */
  readonly locale?: string | readonly string[];
  /**
   * The languages the partnership's own texts are written in (its `languages`): bilingual text
   * fields show one input per language. Both by default.
   */
  readonly contentLanguages?: readonly Language[];
  /** Rewording of built-in strings, by key (see `REACT_MESSAGES`). */
  readonly messages?: MessageOverrides;
  /** Rewording of issue messages, by code (see core's `formatIssue`). */
  readonly issueMessages?: FormatIssueOptions['messages'];
  readonly children?: ReactNode;
}

const BOTH: readonly Language[] = ['fr', 'en'];

/**
 * Gives every partnership-kit component below it its interface language, the languages of the
 * partnership's content and the wording of built-in strings and issues. Without a provider,
 * components use French (the guide's language), both content languages and the built-in strings.
 *
 * @example
 * ```tsx
 * <PartnershipKitProvider
 *   locale={navigator.languages}
 *   contentLanguages={partnership.languages}
 *   messages={{ 'raci.adopt': { en: 'Approve' } }}
 * >
 *   <RaciMatrix aria-label="Roles" organizations={organizations} />
 * </PartnershipKitProvider>
 * ```
 */
export function PartnershipKitProvider({
  locale,
  contentLanguages,
  messages,
  issueMessages,
  children,
}: PartnershipKitProviderProps) {
  const outer = useContext(KitContext);
  const resolved = locale === undefined ? outer.locale : resolveLocale(locale);
  const languagesKey = (contentLanguages ?? outer.contentLanguages ?? BOTH).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the array's content.
  const languages = useMemo(
    () =>
      contentLanguages && contentLanguages.length > 0
        ? [...contentLanguages]
        : outer.contentLanguages,
    [languagesKey],
  );
  const value = useMemo(
    () => ({
      locale: resolved,
      messages: messages ?? outer.messages,
      issueMessages: issueMessages ?? outer.issueMessages,
      contentLanguages: languages,
    }),
    [resolved, messages, issueMessages, languages, outer.messages, outer.issueMessages],
  );
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
