import { MAX_TEXT_LENGTH } from '../i18n/localized-text';
import type { Issue, IssuePath } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { isDocumentDate, isUsableId } from './validators';

/**
 * What applying an action gives: the new value (the same object when nothing changed) and,
 * when the action was refused, why — so a UI can tell the person instead of silently doing
 * nothing. A refused action never changes the value: nothing a reducer returns can fail to load.
 */
export interface ActionResult<T> {
  readonly value: T;
  readonly rejection?: Issue<IssueCode>;
}

/** A refusal, with a stable code and the path inside the action of what was wrong. */
export function rejected<T>(
  value: T,
  code: IssueCode,
  path: IssuePath = [],
  params: Record<string, string | number> = {},
): ActionResult<T> {
  return { value, rejection: { code, severity: 'error', path, params } };
}

/** Whether a value is a plain object (an action, a text), not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a value cannot be a bilingual text of at most `max` characters per language, or
 * undefined when it can: only `fr` and `en` keys, each a string (or absent).
 */
export function textProblem(
  value: unknown,
  max = MAX_TEXT_LENGTH,
): { code: IssueCode; params: Record<string, number> } | undefined {
  if (!isObject(value)) return { code: 'ACTION_MALFORMED', params: {} };
  for (const [key, side] of Object.entries(value)) {
    if ((key !== 'fr' && key !== 'en') || (side !== undefined && typeof side !== 'string')) {
      return { code: 'ACTION_MALFORMED', params: {} };
    }
    if (typeof side === 'string' && side.length > max) {
      return { code: 'ACTION_TEXT_TOO_LONG', params: { maximum: max } };
    }
  }
  return undefined;
}

/** A copy of a bilingual text without absent sides, frozen like the rest of the state. */
export function cleanText(input: object): { fr?: string; en?: string } {
  const value = input as Record<string, unknown>;
  const text: { fr?: string; en?: string } = {};
  if (typeof value.fr === 'string') text.fr = value.fr;
  if (typeof value.en === 'string') text.en = value.en;
  return text;
}

/** Whether an optional id field is absent or usable. */
export const isOptionalId = (value: unknown) => value === undefined || isUsableId(value);

/** Whether an optional date field is absent or a date a document may hold. */
export const isOptionalDate = (value: unknown) => value === undefined || isDocumentDate(value);
