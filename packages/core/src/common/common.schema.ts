import * as z from 'zod/mini';

// Every schema of core is built inside an IIFE marked /* @__PURE__ */: a bundler can then drop
// the schemas an app does not use — and zod with them, for apps that only call functions such as
// raciReducer or formatIssue (the React entry does). A test keeps the pattern in place.
import { isCalendarDate, isUsableId } from './validators';

export { isCalendarDate, isUsableId } from './validators';

/**
 * Schema of an identifier: a non-empty string without surrounding spaces (see {@link isUsableId}).
 * Ids are chosen by the application (see {@link createId}) and only compared, never parsed.
 *
 * @example
 * ```ts
 * IdSchema.safeParse('task-1').success; // true
 * IdSchema.safeParse('').success; // false
 * ```
 */
export const IdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.refine(isUsableId, { params: { code: 'SCHEMA_INVALID_ID' } }),
    ))();

/** An identifier. */
export type Id = z.infer<typeof IdSchema>;

/**
 * Schema of a calendar date, `YYYY-MM-DD`, checked against the calendar (no 30 February). Dates
 * in the document have no time and no time zone: an agreement is signed on a day, not an instant.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2028-02-29').success; // true (leap year)
 * IsoDateSchema.safeParse('2027-02-29').success; // false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isCalendarDate, { params: { code: 'SCHEMA_INVALID_DATE' } })))();

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Free text typed by people: any string, stored as typed. */
export const TextSchema = /* @__PURE__ */ (() => z.string().check(z.maxLength(20_000)))();
