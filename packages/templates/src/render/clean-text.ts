import type { DocInline, DocumentLanguage } from '../document/document.types';

// Characters that have no business in a document and can do harm in one: C0 controls other than
// tab and line feed (NUL breaks XML, form feeds and escapes confuse terminals), DEL and the C1
// controls, bidirectional embeddings, overrides and isolates (they can make text read backwards,
// e.g. to disguise a file name or an amount), unpaired surrogates and U+FFFE/U+FFFF, which XML
// forbids.
/** Code point ranges removed from typed text (see above). */
const UNSAFE_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfffe, 0xffff],
];
const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const UNSAFE = /* @__PURE__ */ (() =>
  new RegExp(
    `[${UNSAFE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]` +
      // Unpaired surrogates: a high one not followed by a low one, or a low one not after a high one.
      '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
    'g',
  ))();

/**
 * Makes text typed by people safe to place in any output, before output-specific escaping:
 * removes the characters above and turns CRLF and CR into LF.
 *
 * @example
 * ```ts
 * cleanText('Agency\u0000 A\r\n'); // 'Agency A\n'
 * ```
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** The BCP 47 tag written into outputs for a document language. */
export function languageTag(lang: DocumentLanguage): 'fr-CA' | 'en-CA' {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

/** What an inline shows, cleaned: its text, its value, or `[label]` while the value is missing. */
export function inlineText(inline: DocInline): string {
  if (inline.kind === 'text') return cleanText(inline.text);
  return inline.value === undefined ? `[${cleanText(inline.label)}]` : cleanText(inline.value);
}

/**
 * The plain text of some content, cleaned, a missing value as `[label]`: a table header's text
 * as the `data-label` of its column's cells, in the HTML export and the React preview alike.
 *
 * @example
 * ```ts
 * contentText([{ kind: 'text', text: 'Tâche' }]); // 'Tâche'
 * ```
 */
export function contentText(content: readonly DocInline[]): string {
  return content.map(inlineText).join('');
}
