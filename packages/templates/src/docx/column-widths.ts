import { textWidth, unbreakableWords } from './text-metrics';

/** One table column's text, as its cells will print it. */
export interface ColumnText {
  /** The header cell's text (printed bold). */
  readonly header: string;
  /** The body cells' texts. */
  readonly cells: readonly string[];
  /**
   * Whether the column may take more than its longest word. A column of RACI letters under a
   * long role title may not: its title wraps, and the room goes to the task. Default true.
   */
  readonly grow?: boolean;
}

/** How wide a text prints, in points at `sizePt`, bold (a header) or not. */
export type MeasureText = (text: string, sizePt: number, bold: boolean) => number;

/** Widths chosen for a table's columns, in twips, and whether they fit without breaking words. */
export interface ColumnLayout {
  readonly widths: readonly number[];
  /** False when even the longest word of each column cannot fit the width available. */
  readonly fits: boolean;
}

const TWIPS_PER_POINT = 20;

/**
 * Column widths from content, as browsers lay out an automatic table: each column gets at least
 * its longest word (so no word ever breaks inside), and the space left goes to the columns in
 * proportion to how much longer their text is than that, so the column with the most text (the
 * task, the description) gets the most room. `padding` is a cell's left plus right margin, in
 * twips. Text is measured in Arial unless `measure` says otherwise (the PDF measures with the
 * font it embeds).
 *
 * @example
 * ```ts
 * columnWidths([{ header: 'Tâche', cells: ['Évaluation fonctionnelle'] }, { header: 'R', cells: ['A'] }], {
 *   available: 9360, sizePt: 10, padding: 160,
 * }).widths; // the task column much wider than the letter column
 * ```
 */
export function columnWidths(
  columns: readonly ColumnText[],
  options: {
    readonly available: number;
    readonly sizePt: number;
    readonly padding: number;
    readonly measure?: MeasureText;
  },
): ColumnLayout {
  const { available, sizePt, padding } = options;
  const width = options.measure ?? ((text, size, bold) => textWidth(text, size, { bold }));
  const measure = (text: string, bold: boolean) => {
    const lines = text.split('\n');
    const longest = Math.max(0, ...lines.map((line) => width(line, sizePt, bold)));
    const words = unbreakableWords(text).map((w) => width(w, sizePt, bold));
    return { max: longest, min: Math.max(0, ...words) };
  };
  const bounds = columns.map((column) => {
    const all = [measure(column.header, true), ...column.cells.map((c) => measure(c, false))];
    const min = Math.ceil(Math.max(...all.map((m) => m.min)) * TWIPS_PER_POINT) + padding;
    // A long paragraph in a cell would claim the whole table: its wish is capped.
    const max = Math.ceil(Math.min(Math.max(...all.map((m) => m.max)), 250) * TWIPS_PER_POINT);
    return { min, max: column.grow === false ? min : Math.max(min, max + padding) };
  });
  const sumMin = bounds.reduce((sum, b) => sum + b.min, 0);
  const sumMax = bounds.reduce((sum, b) => sum + b.max, 0);
  if (sumMin > available) {
    // Too narrow for whole words: share the width in proportion to the minimums.
    return {
      widths: bounds.map((b) => Math.floor((b.min / sumMin) * available)),
      fits: false,
    };
  }
  const spare = available - sumMin;
  const wishes = sumMax - sumMin;
  const widths = bounds.map((b) =>
    Math.floor(b.min + (wishes > 0 ? ((b.max - b.min) / wishes) * spare : spare / bounds.length)),
  );
  return { widths, fits: true };
}
