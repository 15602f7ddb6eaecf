import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { type ColumnText, columnWidths } from './column-widths';
import { textWidth, unbreakableWords } from './text-metrics';

// DOCX tables are sized from their content so that Word and LibreOffice never break a word
// inside a cell ("Tâch e"); scripts/check-documents.mjs checks the result on real PDFs.

const options = { available: 9360, sizePt: 10, padding: 172 };
const longestWord = (column: ColumnText) =>
  Math.max(
    ...unbreakableWords(column.header).map((w) => textWidth(w, 10, { bold: true })),
    ...column.cells.flatMap(unbreakableWords).map((w) => textWidth(w, 10)),
  ) *
    20 +
  options.padding;

describe('columnWidths', () => {
  it('gives the column with the most text the most room, and a letter column the least', () => {
    const { widths, fits } = columnWidths(
      [
        {
          header: 'Tâche',
          cells: ['Formation préparatoire à l’emploi en classe', 'Essai en milieu de travail'],
        },
        { header: 'Organisme chef de file', cells: ['Carrefour emploi'] },
        { header: 'R', cells: ['A', 'C'] },
      ],
      options,
    );
    expect(fits).toBe(true);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it('fills the width it is given, never more', { timeout: HEAVY_TEST_MS }, () => {
    const words = fc.stringMatching(/^[A-Za-zéè’ ]{1,60}$/);
    const column = fc.record({ header: words, cells: fc.array(words, { maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 8 }), (columns) => {
        const { widths, fits } = columnWidths(columns, options);
        const total = widths.reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(options.available);
        // Fitting tables take the whole width, give or take the rounding of each column.
        expect(!fits || total > options.available - columns.length).toBe(true);
      }),
    );
  });

  it('never makes a column narrower than its longest word when the words fit at all', {
    timeout: HEAVY_TEST_MS,
  }, () => {
    const words = fc.stringMatching(/^[A-Za-zéèÉ’ -]{1,40}$/);
    const column = fc.record({ header: words, cells: fc.array(words, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 8 }), (columns) => {
        const { widths, fits } = columnWidths(columns, options);
        fc.pre(fits);
        columns.forEach((c, i) => {
          expect(widths[i]).toBeGreaterThanOrEqual(Math.floor(longestWord(c)));
        });
      }),
    );
  });

  it('says when even whole words cannot fit, so the table gets a wider page', () => {
    const wide = Array.from({ length: 12 }, () => ({
      header: 'Coordonnatrice ou coordonnateur',
      cells: ['R'],
    }));
    expect(columnWidths(wide, options).fits).toBe(false);
    expect(columnWidths(wide.slice(0, 4), options).fits).toBe(true);
  });
});

describe('textWidth', () => {
  it('measures Arial: bold is wider, a diacritic adds nothing, size scales', () => {
    expect(textWidth('Tache', 10, { bold: true })).toBeGreaterThan(textWidth('Tache', 10));
    expect(textWidth('Tâche', 10)).toBeCloseTo(textWidth('Tache', 10));
    expect(textWidth('Tâche', 20)).toBeCloseTo(2 * textWidth('Tâche', 10));
    // "W" is about four times as wide as "i" in Arial.
    expect(textWidth('W', 10) / textWidth('i', 10)).toBeGreaterThan(4);
  });

  it('keeps a number with its no-break spaces as one word', () => {
    expect(unbreakableWords('40\u00a0000\u00a0$ par année')).toEqual([
      '40\u00a0000\u00a0$',
      'par',
      'année',
    ]);
    expect(unbreakableWords('quatre-vingt-dix')).toEqual(['quatre-', 'vingt-', 'dix']);
  });
});
