import * as z from 'zod/mini';
import { type Locale, resolveLocale } from './locale';

/** One of the two official languages, as a document part or a text side names it. */
export type Language = 'fr' | 'en';

/** The two languages, French first (the guide's language). */
export const LANGUAGES = ['fr', 'en'] as const satisfies readonly Language[];

/** Schema of a language. @example `LanguageSchema.parse('fr')` */
export const LanguageSchema = /* @__PURE__ */ (() => z.enum(LANGUAGES))();

/** The most characters one language of a text may hold. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Schema of a text that people write for a document, in French, English or both:
 * `{ fr?: string; en?: string }`. A side that is absent (or blank) is a missing translation,
 * never an error of shape: a partnership declared in one language fills one side.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ fr: 'Formulaires d’admission', en: 'Intake forms' });
 * LocalizedTextSchema.parse({ en: 'Intake forms' }); // French still to write
 * ```
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    fr: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
    en: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  }))();

/** A text people write, in French, English or both. */
export interface LocalizedText {
  readonly fr?: string;
  readonly en?: string;
}

/**
 * Schema of content the kit ships in both languages (worksheet questions, checklists, template
 * clauses, messages): both sides are required, so neither language can be forgotten.
 *
 * @example
 * ```ts
 * BilingualTextSchema.parse({ fr: 'Matrice RACI', en: 'RACI matrix' });
 * ```
 */
export const BilingualTextSchema = /* @__PURE__ */ (() =>
  z.strictObject({ fr: z.string(), en: z.string() }))();

/** Content written in both languages. */
export interface BilingualText {
  readonly fr: string;
  readonly en: string;
}

/** What {@link localize} found: the text, the language it is really written in, and whether it stands in for a missing translation. */
export interface LocalizedResult {
  readonly text: string;
  /** The language of `text`: the one asked for, or the other one when `fallback`. */
  readonly lang: Language;
  /** True when the requested language was missing and the other one is shown instead. */
  readonly fallback: boolean;
}

/**
 * The language of a locale or language tag (`'fr-CA'`, `'fr'`, `'FR_be'` → `'fr'`; `'en-US'`
 * → `'en'`). A tag that names neither gives French, the guide's language.
 *
 * @example
 * ```ts
 * languageOf('en-CA'); // 'en'
 * ```
 */
export function languageOf(locale: Locale | Language | string): Language {
  return resolveLocale(locale) === 'fr-CA' ? 'fr' : 'en';
}

/** The other official language. @example `otherLanguage('fr') // 'en'` */
export function otherLanguage(lang: Language): Language {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Whether a side of a text holds something other than spaces. */
export function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * Picks the side of a {@link LocalizedText} for a locale: the requested language when it is
 * written, else the other one marked as a fallback — so a document can still print it, tagged
 * with its real language, and list the missing translation. Blank sides count as missing. When
 * neither side is written, `text` is `''` in the requested language.
 *
 * @example
 * ```ts
 * localize({ fr: 'Admission', en: 'Intake' }, 'en-CA'); // { text: 'Intake', lang: 'en', fallback: false }
 * localize({ en: 'Intake' }, 'fr-CA'); // { text: 'Intake', lang: 'en', fallback: true }
 * ```
 */
export function localize(
  text: LocalizedText | undefined,
  locale: Locale | Language | string,
): LocalizedResult {
  const lang = languageOf(locale);
  const wanted = text?.[lang];
  if (hasText(wanted)) return { text: wanted, lang, fallback: false };
  const other = otherLanguage(lang);
  const spare = text?.[other];
  if (hasText(spare)) return { text: spare, lang: other, fallback: true };
  return { text: '', lang, fallback: false };
}

/**
 * The side of built-in {@link BilingualText} content for a locale (content always has both).
 *
 * @example
 * ```ts
 * pickLanguage({ fr: 'Responsable', en: 'Responsible' }, 'en-CA'); // 'Responsible'
 * ```
 */
export function pickLanguage(text: BilingualText, locale: Locale | Language | string): string {
  return text[languageOf(locale)];
}

/**
 * Whether a text has nothing written in any language.
 *
 * @example
 * ```ts
 * isEmptyText({ fr: ' ' }); // true
 * ```
 */
export function isEmptyText(text: LocalizedText | undefined): boolean {
  return !hasText(text?.fr) && !hasText(text?.en);
}

/**
 * A text with one side written, for code that builds documents in one language.
 *
 * @example
 * ```ts
 * textIn('en', 'Intake forms'); // { en: 'Intake forms' }
 * ```
 */
export function textIn(lang: Language, value: string): LocalizedText {
  return lang === 'fr' ? { fr: value } : { en: value };
}
