import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/localized-text';

// Every schema of core is built inside an IIFE marked /* @__PURE__ */: a bundler can then drop
// the schemas an app does not use — and zod with them, for apps that only call functions such as
// raciReducer or formatIssue (the React entry does). A test keeps the pattern in place.
import { isCalendarDate, isDocumentDate, isUsableId, MAX_ID_LENGTH } from './validators';

export { DOCUMENT_YEARS, isCalendarDate, isDocumentDate, isUsableId } from './validators';

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
      z.maxLength(MAX_ID_LENGTH),
      z.refine(isUsableId, { params: { code: 'SCHEMA_INVALID_ID' } }),
    ))();

/** An identifier. */
export type Id = z.infer<typeof IdSchema>;

/**
 * Schema of a calendar date in a saved document, `YYYY-MM-DD`, checked against the calendar (no
 * 30 February) and within the years 1900–2199, so that every date computed from it (a term of
 * years, a review six months on) is a valid date too. Dates have no time and no time zone: an
 * agreement is signed on a day, not an instant.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2028-02-29').success; // true (leap year)
 * IsoDateSchema.safeParse('2027-02-29').success; // false
 * IsoDateSchema.safeParse('2300-01-01').success; // false (SCHEMA_DATE_OUT_OF_RANGE)
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.refine(isCalendarDate, { params: { code: 'SCHEMA_INVALID_DATE' }, abort: true }),
      z.refine(isDocumentDate, { params: { code: 'SCHEMA_DATE_OUT_OF_RANGE' } }),
    ))();

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** Free text that is not translated (a person's name, an e-mail, an address): any string, stored as typed. */
export const TextSchema = /* @__PURE__ */ (() => z.string().check(z.maxLength(20_000)))();

/** A name or short label that is not translated (a legal name, a person's name). */
export const NameSchema = /* @__PURE__ */ (() => z.string().check(z.maxLength(500)))();

/**
 * Schema of one item of an ordered list of texts people write (objectives, services, decisions):
 * an id, so the list can be reordered and edited without losing track, and a bilingual text.
 *
 * @example
 * ```ts
 * TextItemSchema.parse({ id: 'objective-1', text: { fr: 'Placer 30 personnes', en: 'Place 30 people' } });
 * ```
 */
export const TextItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({ id: IdSchema, text: LocalizedTextSchema }))();

/** One item of an ordered list of texts. */
export type TextItem = z.infer<typeof TextItemSchema>;

/**
 * A check for a list whose items have ids: each id once. Every later duplicate is reported at
 * its own path (`[index, 'id']`) with `code` — references to an id must name one item only.
 */
export function uniqueIdsCheck<T extends { readonly id: string }>(code: string) {
  return z.superRefine<readonly T[]>((items, context) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({
          code: 'custom',
          input: item.id,
          path: [index, 'id'],
          params: { code, id: item.id },
        });
      }
      seen.add(item.id);
    });
  });
}
