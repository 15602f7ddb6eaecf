import { DEFAULT_LOCALE, type FormatIssueOptions, type Locale } from '@partnership-kit/core';
import { createContext } from 'react';
import type { MessageOverrides } from './messages';

/** What the provider gives the components below it. */
export interface KitContextValue {
  readonly locale: Locale;
  readonly messages: MessageOverrides;
  readonly issueMessages: FormatIssueOptions['messages'];
}

export const KitContext = createContext<KitContextValue>({
  locale: DEFAULT_LOCALE,
  messages: {},
  issueMessages: undefined,
});
