import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { RACI_LETTERS } from './raci-letter.schema';
import { formatRaciLetters, parseRaciLetters, sortRaciLetters } from './raci-letters';

describe('RACI letters', () => {
  it('read what people type', () => {
    expect(parseRaciLetters('A/R')).toEqual(['R', 'A']);
    expect(parseRaciLetters(' r, a ')).toEqual(['R', 'A']);
    expect(parseRaciLetters('RA')).toEqual(['R', 'A']);
    expect(parseRaciLetters('')).toEqual([]);
    expect(parseRaciLetters('X')).toBeUndefined();
    expect(parseRaciLetters('R/Z')).toBeUndefined();
  });

  it('write cells as the guide prints them, and read them back', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RACI_LETTERS)), (letters) => {
        const text = formatRaciLetters(letters);
        expect(parseRaciLetters(text)).toEqual(sortRaciLetters(letters));
      }),
    );
    expect(formatRaciLetters(['A', 'R'])).toBe('R/A');
  });
});
