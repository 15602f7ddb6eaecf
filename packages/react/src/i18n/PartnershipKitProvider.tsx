import { type FormatIssueOptions, resolveLocale } from '@partnership-kit/core';
import { type ReactNode, useMemo } from 'react';
import { KitContext } from './kit-context';
import type { MessageOverrides } from './messages';

/** Props of {@link PartnershipKitProvider}. */
export interface PartnershipKitProviderProps {
  /** Any language tag or list of tags (`'fr-CA'`, `'en'`, `navigator.languages`). */
  readonly locale: string | readonly string[];
  /** Rewording of built-in strings, by key (see `REACT_MESSAGES`). */
  readonly messages?: MessageOverrides;
  /** Rewording of issue messages, by code (see core's `formatIssue`). */
  readonly issueMessages?: FormatIssueOptions['messages'];
  readonly children?: ReactNode;
}

/**
 * Gives every partnership-kit component below it its language and wording. Without a provider,
 * components use French (the guide's language) and the built-in strings.
 *
 * @example
 * ```tsx
 * <PartnershipKitProvider locale={navigator.languages} messages={{ 'raci.adopt': { en: 'Approve' } }}>
 *   <RaciMatrix aria-label="Roles" organizations={organizations} />
 * </PartnershipKitProvider>
 * ```
 */
export function PartnershipKitProvider({
  locale,
  messages,
  issueMessages,
  children,
}: PartnershipKitProviderProps) {
  const resolved = resolveLocale(locale);
  const value = useMemo(
    () => ({ locale: resolved, messages: messages ?? {}, issueMessages }),
    [resolved, messages, issueMessages],
  );
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
