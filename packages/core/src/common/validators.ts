// Plain checks behind the id and date schemas, kept apart from zod so that code needing only
// them (reducers, templates) does not pull the schema library into a bundle.

// Ids are keys of plain objects (`cells`, answers): these three names have a special meaning
// there (a `__proto__` key is silently lost by JSON-shaped objects, and immer refuses patches
// that touch any of them), so they cannot be ids.
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a string can serve as an id: not blank, no spaces around it, and not one of the
 * reserved object keys `__proto__`, `constructor`, `prototype`.
 *
 * @example
 * ```ts
 * isUsableId('task-1'); // true
 * isUsableId(' task-1'); // false
 * ```
 */
export function isUsableId(id: string): boolean {
  return id.trim() === id && id !== '' && !RESERVED_IDS.has(id);
}

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD` (years 0000–9999).
 *
 * @example
 * ```ts
 * isCalendarDate('2028-02-29'); // true
 * isCalendarDate('2026-04-31'); // false
 * ```
 */
export function isCalendarDate(value: string): boolean {
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay;
}
