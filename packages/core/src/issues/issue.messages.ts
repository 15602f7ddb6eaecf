import type { BilingualText } from '../i18n/localized-text';
import { ACTION_ISSUE_MESSAGES } from './action.issue-messages';
import { DOCUMENT_ISSUE_MESSAGES } from './document.issue-messages';
import { RACI_ISSUE_MESSAGES } from './raci.issue-messages';
import { RULES_ISSUE_MESSAGES } from './rules.issue-messages';

/**
 * The built-in wording of every issue code, in French and English. `{name}` is replaced by the
 * issue's `params.name`, `{name, date}` writes a date in words, `{count, plural, …}` follows the
 * language's plural rules, and `{path}` is the issue's location (see `formatMessage`). Both
 * languages of a code use exactly the same placeholders (a test checks it), and French
 * typography is applied when the message is formatted. Apps can reword any code through
 * {@link formatIssue}'s `messages` option instead of editing this table. The wording lives in one
 * table per domain, so a component that shows only RACI issues ships only their wording.
 */
// In an IIFE marked pure: a bundle that does not use the whole table drops it (a spread at the
// top level would count as a side effect and keep every message).
export const ISSUE_MESSAGES = /* @__PURE__ */ (() =>
  ({
    ...DOCUMENT_ISSUE_MESSAGES,
    ...ACTION_ISSUE_MESSAGES,
    ...RACI_ISSUE_MESSAGES,
    ...RULES_ISSUE_MESSAGES,
  }) as const satisfies Record<string, BilingualText>)();

/** Every issue code the library can produce. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
