// @partnership-kit/core/format — text as people read it, in French and English: messages with
// plurals and choices, amounts, dates and numbers in words, and each language's typography.
// Templates and components use it; an app that only loads and saves documents does not.

export type { MessageValues } from './i18n/format-message';
export {
  formatAmount,
  formatInterfaceMessage,
  formatLongDate,
  formatMessage,
  MAX_ECHOED_LENGTH,
} from './i18n/format-message';
export { MAX_SPELLED_OUT, spellOutNumber } from './i18n/number-words';
export type { TypesetOptions } from './i18n/typography';
export { typeset } from './i18n/typography';
