import * as z from 'zod/mini';
import type { Locale } from './locale';

/**
 * Schema of a text written in both official languages. Content (worksheet questions, template
 * clauses, legends) is stored this way so that neither language can be forgotten: a missing
 * translation is a type error and a parse failure, not a blank on screen.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ fr: 'Matrice RACI', en: 'RACI matrix' });
 * ```
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z.object({ fr: z.string(), en: z.string() }))();

/** A text in French and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Returns the side of a {@link LocalizedText} that matches a locale.
 *
 * @example
 * ```ts
 * localize({ fr: 'Responsable', en: 'Responsible' }, 'en-CA'); // 'Responsible'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === 'fr-CA' ? text.fr : text.en;
}
