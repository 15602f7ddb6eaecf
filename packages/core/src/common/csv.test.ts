import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { formatCsvLine, neutralizeCsvText, parseCsv, restoreCsvText } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and a BOM', () => {
    const result = parseCsv('\uFEFFa,"b,c","say ""hi""\r\nthere"\r\n\r\nx,y,z', ',');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b,c', 'say "hi"\r\nthere'] },
        { line: 4, fields: ['x', 'y', 'z'] },
      ],
    });
  });

  it('reports the line of a quote that never closes', () => {
    expect(parseCsv('a,b\nc,"d\ne', ',')).toEqual({ ok: false, unterminatedQuoteLine: 2 });
  });

  it('reads back any line formatCsvLine writes', { timeout: PROPERTY_TEST_MS }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(',', ';', '\t'),
        (fields, delimiter) => {
          const result = parseCsv(formatCsvLine(fields, delimiter), delimiter);
          expect(result).toEqual({ ok: true, records: [{ line: 1, fields }] });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formula neutralization (CSV injection)', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])(
    'makes %j start with an apostrophe',
    (value) => {
      expect(neutralizeCsvText(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutralizeCsvText('Job coaching')).toBe('Job coaching');
    expect(restoreCsvText("'typed with an apostrophe")).toBe("'typed with an apostrophe");
  });

  it('is undone exactly by restoreCsvText, for any text', { timeout: PROPERTY_TEST_MS }, () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const safe = neutralizeCsvText(value);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
        expect(restoreCsvText(safe)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});
