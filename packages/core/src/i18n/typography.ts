import type { Language } from './localized-text';

const NBSP = '\u00a0';

/** Options of {@link typeset}. */
export interface TypesetOptions {
  /**
   * Text people typed: only spacing is corrected, never a character they chose (their straight
   * apostrophes stay). Built-in text also gets typographic apostrophes. Default false.
   */
  readonly userText?: boolean;
  /**
   * The text is a piece of a line, set between others (a label's " : " in a document): its
   * start is not the start of a line, so a colon there keeps its no-break space. Default false.
   */
  readonly fragment?: boolean;
}

/**
 * Applies the typography of a language to a text (Canadian usage, Translation Bureau). In French:
 * a no-break space before ":" and "»" and after "«" (replacing any plain space there), no space
 * before ";", "?" and "!", and no-break spaces that keep numbers whole (« 2 000 000 $ »,
 * « 70 % »). In both languages, built-in text gets typographic apostrophes (’). Spacing inside
 * times and addresses (`10:30`, `https://`) is left alone. With `userText`, only spacing ever
 * changes: the letters, digits and signs stay those typed. The one function the kit uses for
 * messages, screens and documents, so they all read the same.
 *
 * @example
 * ```ts
 * typeset('Tâche « Admission » : aucun rôle R !', 'fr'); // 'Tâche «\u00a0Admission\u00a0»\u00a0: aucun rôle R!'
 * typeset("L'entente", 'fr'); // 'L’entente'
 * typeset(' : ', 'fr', { fragment: true }); // '\u00a0: ' (a label's colon, set after the label)
 * ```
 */
export function typeset(text: string, lang: Language, options: TypesetOptions = {}): string {
  let out = options.userText ? text : text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
  if (lang !== 'fr') return out;
  out = out
    // « guillemets » hold the quoted words with no-break spaces.
    .replace(/«[ \t\u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \t\u00a0\u202f]*»/g, `${NBSP}»`)
    // A colon followed by a space or the end takes a no-break space before it; 10:30 does not.
    // (a no-break space that already holds the next colon, as in "::", does not count).
    .replace(/[ \t\u00a0\u202f]*:(?=[ \t\r\n\u202f]|\u00a0(?!:)|$)/g, `${NBSP}:`)
    // Canadian usage: no space before ; ? !
    .replace(/[ \t\u00a0\u202f]+([;?!])/g, '$1')
    // A number is never broken across lines: between groups of digits, and before % and $.
    .replace(/(?<=\d)[ \u202f](?=\d{3}(?!\d))/g, NBSP)
    .replace(/(?<=\d)[ \t\u202f]*(?=[%$])/g, NBSP);
  // A line that starts with a colon or a guillemet keeps no space before it.
  return out.replace(options.fragment ? /(\n)\u00a0(?=[:»])/g : /(^|\n)\u00a0(?=[:»])/g, '$1');
}
