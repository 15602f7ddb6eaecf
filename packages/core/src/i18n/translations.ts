import type { IssuePath } from '../issues/issue';
import { hasText, LANGUAGES, type Language } from './localized-text';

/** One text that lacks one of the partnership's languages. */
export interface MissingTranslation {
  /** Where the text is, from the document root. */
  readonly path: IssuePath;
  /** The language it is missing in. */
  readonly language: Language;
}

function isTextShape(value: object): value is { fr?: string; en?: string } {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (key) =>
        (key === 'fr' || key === 'en') &&
        typeof (value as Record<string, unknown>)[key] === 'string',
    )
  );
}

/**
 * Every text people wrote that has words in one of the given languages and none in another,
 * with its path — what a translator still has to do. Texts written in no language are missing
 * content, not translations, and are not listed; apps' `extensions` are not looked at. A
 * partnership written in one language has nothing to translate.
 *
 * @example
 * ```ts
 * missingTranslations(partnership, partnership.languages);
 * // [{ path: ['raci', 'tasks', 0, 'label'], language: 'fr' }, …]
 * ```
 */
export function missingTranslations(
  document: object,
  languages: readonly Language[],
): MissingTranslation[] {
  const wanted = LANGUAGES.filter((lang) => languages.includes(lang));
  const found: MissingTranslation[] = [];
  if (wanted.length < 2) return found;
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
      return;
    }
    if (isTextShape(value)) {
      const written = wanted.filter((lang) => hasText(value[lang]));
      if (written.length === 0) return;
      for (const lang of wanted) if (!written.includes(lang)) found.push({ path, language: lang });
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (path.length === 0 && key === 'extensions') continue;
      walk(inner, [...path, key]);
    }
  };
  walk(document, []);
  return found;
}
