import { DEFAULT_LOCALE, type Language, type Locale } from '@partnership-kit/core';
import type { FormatIssueOptions } from '@partnership-kit/core/issues';
import { createContext } from 'react';
import type { MessageOverrides } from './messages';

/** What the provider gives the components below it. */
export interface KitContextValue {
  readonly locale: Locale;
  readonly messages: MessageOverrides;
  readonly issueMessages: FormatIssueOptions['messages'];
  /**
   * The languages people write the partnership's texts in (its `languages`): one field per
   * language in every bilingual text field. Both by default.
   */
  readonly contentLanguages: readonly Language[];
}

export const KitContext = /* @__PURE__ */ (() =>
  createContext<KitContextValue>({
    locale: DEFAULT_LOCALE,
    messages: {},
    issueMessages: undefined,
    contentLanguages: ['fr', 'en'],
  }))();
