import * as z from 'zod/mini';

/** The two official languages every screen and document of the kit is written in. */
export const SUPPORTED_LOCALES = ['fr-CA', 'en-CA'] as const;

/**
 * Schema of a supported locale, for saved documents and component props alike.
 *
 * @example
 * ```ts
 * LocaleSchema.parse('en-CA'); // 'en-CA'
 * LocaleSchema.safeParse('de-DE').success; // false
 * ```
 */
export const LocaleSchema = /* @__PURE__ */ (() => z.enum(SUPPORTED_LOCALES))();

/** A supported locale: `'fr-CA'` or `'en-CA'`. */
export type Locale = z.infer<typeof LocaleSchema>;

/** The locale used when nothing better is known: the guide this kit follows is French. */
export const DEFAULT_LOCALE: Locale = 'fr-CA';

// A Map, not an object literal: a request such as 'constructor' must not find a prototype key.
const LOCALE_BY_LANGUAGE: ReadonlyMap<string, Locale> = /* @__PURE__ */ (() =>
  new Map([
    ['fr', 'fr-CA'],
    ['en', 'en-CA'],
  ]))();

/**
 * Whether a value is exactly one of the supported locales.
 *
 * @example
 * ```ts
 * isLocale('fr-CA'); // true
 * isLocale('fr'); // false: use resolveLocale to negotiate a looser tag
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/**
 * Picks the supported locale that best matches what a user or browser asked for.
 *
 * Portals pass whatever they have: `navigator.languages`, an `Accept-Language` list already
 * split, a user preference such as `'EN_us'`. Only the language subtag decides (Canadian French
 * is offered to a reader of `fr-FR` or `fr-BE`), case and `_`/`-` do not matter, and the first
 * request that matches wins. Nothing here throws: anything unusable falls back.
 *
 * @param requested - one language tag or several, in order of preference.
 * @param fallback - returned when no request matches; defaults to {@link DEFAULT_LOCALE}.
 * @example
 * ```ts
 * resolveLocale('en-US'); // 'en-CA'
 * resolveLocale(['de-DE', 'fr-BE', 'en']); // 'fr-CA'
 * resolveLocale('es', 'en-CA'); // 'en-CA'
 * ```
 */
export function resolveLocale(
  requested: string | readonly string[] | null | undefined,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  const candidates = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const language = candidate.trim().split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
    const match = LOCALE_BY_LANGUAGE.get(language);
    if (match !== undefined) return match;
  }
  return fallback;
}
