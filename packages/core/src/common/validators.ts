// Plain checks behind the id and date schemas, kept apart from zod so that code needing only
// them (reducers, templates) does not pull the schema library into a bundle.

// Ids are keys of plain objects (`cells`, answers): these three names have a special meaning
// there (a `__proto__` key is silently lost by JSON-shaped objects, and immer refuses patches
// that touch any of them), so they cannot be ids.
const RESERVED_IDS = /* @__PURE__ */ (() => new Set(['__proto__', 'constructor', 'prototype']))();

/** The longest id the document accepts. */
export const MAX_ID_LENGTH = 200;

/**
 * Whether a string can serve as an id: not blank, no spaces around it, at most 200 characters,
 * and not one of the reserved object keys `__proto__`, `constructor`, `prototype`.
 *
 * @example
 * ```ts
 * isUsableId('task-1'); // true
 * isUsableId(' task-1'); // false
 * ```
 */
export function isUsableId(id: unknown): id is string {
  return (
    typeof id === 'string' &&
    id !== '' &&
    id.length <= MAX_ID_LENGTH &&
    id.trim() === id &&
    !RESERVED_IDS.has(id)
  );
}

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a saved document may name. Agreements, reviews and notices fall well inside; the
 * bound keeps every computed date (a term of 50 years, a review six months on) a valid date.
 */
export const DOCUMENT_YEARS = { min: 1900, max: 2199 } as const;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (years 0000–9999).
 *
 * @example
 * ```ts
 * isCalendarDate('2028-02-29'); // true
 * isCalendarDate('2026-04-31'); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/**
 * Whether a value is a calendar date a saved document may hold: `YYYY-MM-DD`, real, and in the
 * years 1900–2199 ({@link DOCUMENT_YEARS}).
 *
 * @example
 * ```ts
 * isDocumentDate('2027-03-01'); // true
 * isDocumentDate('0999-01-01'); // false: a calendar date, but no partnership was signed then
 * ```
 */
export function isDocumentDate(value: unknown): value is string {
  if (!isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= DOCUMENT_YEARS.min && year <= DOCUMENT_YEARS.max;
}

/** Days in a month of a year, for already-checked numbers. */
export function monthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A short, printable preview of any value for an error message: a hostile 10 MB string must
 * not become a 10 MB message, and a symbol or an object must not throw while being described.
 */
export function preview(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
