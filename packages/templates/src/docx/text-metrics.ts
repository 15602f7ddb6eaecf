// How wide text is in Arial (Liberation Sans, which LibreOffice uses in its place, has the same
// metrics), so that table columns can be sized from their content: a column is never narrower
// than its longest word, so Word and LibreOffice never break a word ("Tâch e") to fit it.
// Widths are Helvetica's, in thousandths of an em, for the printable ASCII range; a letter with
// a diacritic is as wide as its base letter.

// biome-ignore format: one row of sixteen characters a line reads like the font table it is.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
] as const;

// biome-ignore format: one row of sixteen characters a line reads like the font table it is.
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
] as const;

/** Characters outside ASCII that documents print often. */
const OTHER: Readonly<Record<string, readonly [number, number]>> = {
  '\u00a0': [278, 278],
  '’': [222, 278],
  '‘': [222, 278],
  '«': [556, 556],
  '»': [556, 556],
  '—': [1000, 1000],
  '–': [556, 556],
  '…': [1000, 1000],
  œ: [944, 944],
  æ: [889, 889],
  $: [556, 556],
};

function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32] ?? 556;
  const other = OTHER[char];
  if (other) return other[bold ? 1 : 0];
  const base = char.normalize('NFD')[0];
  if (base && base !== char) return charWidth(base, bold);
  return 600; // unknown: a little wider than most letters, to err on the safe side
}

/**
 * The width of a text in points at a font size, in Arial. Rounded up a little (4 %): kerning
 * and the fonts that stand in for Arial differ by a hair, and a column one hair too narrow
 * breaks a word.
 *
 * @example
 * ```ts
 * textWidth('Tâche', 10, { bold: true }); // ≈ 29 pt
 * ```
 */
export function textWidth(text: string, sizePt: number, style: { bold?: boolean } = {}): number {
  let total = 0;
  for (const char of text) total += charWidth(char, style.bold ?? false);
  return (total / 1000) * sizePt * 1.04;
}

/** The words of a text that a line can never break inside: split at spaces and line breaks. */
export function unbreakableWords(text: string): string[] {
  // A no-break space joins its neighbours (« 40 000 $ » stays whole); hyphens may break after.
  return text.split(/[ \t\n]+|(?<=-)/).filter((word) => word.length > 0);
}
