import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { formatAmount, formatInterfaceMessage, formatMessage } from './format-message';
import { MAX_SPELLED_OUT, spellOutNumber } from './number-words';

// Legal text writes numbers in words, then figures: « deux (2) ans » (DOMAIN.md, Canadian
// French typography; the MOU's term and notice, Resource 5).
describe('spellOutNumber', () => {
  it.each([
    [0, 'zéro'],
    [1, 'un'],
    [2, 'deux'],
    [17, 'dix-sept'],
    [21, 'vingt et un'],
    [30, 'trente'],
    [60, 'soixante'],
    [71, 'soixante et onze'],
    [77, 'soixante-dix-sept'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [90, 'quatre-vingt-dix'],
    [91, 'quatre-vingt-onze'],
    [100, 'cent'],
    [101, 'cent un'],
    [200, 'deux cents'],
    [280, 'deux cent quatre-vingts'],
    [365, 'trois cent soixante-cinq'],
    [1000, 'mille'],
    [1001, 'mille un'],
    [3650, 'trois mille six cent cinquante'],
    [80_000, 'quatre-vingt mille'],
    [200_000, 'deux cent mille'],
    [1_000_000, 'un million'],
    [200_000_000, 'deux cents millions'],
    [2_080_000, 'deux millions quatre-vingt mille'],
  ])('writes %i in French as « %s »', (n, words) => {
    expect(spellOutNumber(n, 'fr')).toBe(words);
  });

  it.each([
    [0, 'zero'],
    [2, 'two'],
    [15, 'fifteen'],
    [60, 'sixty'],
    [90, 'ninety'],
    [99, 'ninety-nine'],
    [120, 'one hundred and twenty'],
    [365, 'three hundred and sixty-five'],
    [1050, 'one thousand and fifty'],
    [3650, 'three thousand six hundred and fifty'],
    [2_000_001, 'two million and one'],
  ])('writes %i in English as "%s"', (n, words) => {
    expect(spellOutNumber(n, 'en')).toBe(words);
  });

  it('keeps in figures what it cannot write exactly in words', () => {
    for (const n of [-1, 1.5, MAX_SPELLED_OUT + 1, Number.NaN]) {
      expect(spellOutNumber(n, 'fr')).toBe(String(n));
      expect(spellOutNumber(n, 'en')).toBe(String(n));
    }
  });

  it('gives every number its own words, made only of letters, hyphens and single spaces', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_SPELLED_OUT }),
        fc.integer({ min: 0, max: MAX_SPELLED_OUT }),
        fc.constantFrom('fr' as const, 'en' as const),
        (a, b, lang) => {
          const [x, y] = [spellOutNumber(a, lang), spellOutNumber(b, lang)];
          expect(x).toMatch(/^[a-zé]+(?:[ -][a-zé]+)*$/);
          expect(x === y).toBe(a === b);
        },
      ),
    );
  });

  it('never writes « zéro » or "zero" inside a larger number', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SPELLED_OUT }), (n) => {
        expect(spellOutNumber(n, 'fr')).not.toContain('zéro');
        expect(spellOutNumber(n, 'en')).not.toContain('zero');
      }),
    );
  });
});

describe('formatMessage with spellout (legal durations)', () => {
  const years = '{n, plural, one {{n, spellout} (#) an} other {{n, spellout} (#) ans}}';
  it('writes « un (1) an », « deux (2) ans », "two (2) years" — never "(s)"', () => {
    expect(formatMessage(years, { n: 1 }, 'fr')).toBe('un (1) an');
    expect(formatMessage(years, { n: 2 }, 'fr')).toBe('deux (2) ans');
    expect(
      formatMessage(
        '{n, plural, one {{n, spellout} (#) year} other {{n, spellout} (#) years}}',
        { n: 2 },
        'en',
      ),
    ).toBe('two (2) years');
  });

  it('keeps a large number whole with no-break spaces', () => {
    expect(formatMessage(years, { n: 3650 }, 'fr')).toBe(
      'trois mille six cent cinquante (3\u00a0650) ans',
    );
  });
});

describe('formatInterfaceMessage: the same syntax for interface strings, figures for spellout', () => {
  const years = '{n, plural, one {{n, spellout} (#) an} other {{n, spellout} (#) ans}}';
  it(
    'writes figures where formatMessage writes words, everything else alike',
    () => {
      expect(formatInterfaceMessage(years, { n: 2 }, 'fr')).toBe('2 (2) ans');
      expect(formatInterfaceMessage('{n, spellout}', { n: 3650 }, 'fr')).toBe('3\u00a0650');
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000 }),
          fc.constantFrom<'fr' | 'en'>('fr', 'en'),
          (n, lang) => {
            const template =
              '{n, plural, =0 {aucune : #} one {# tâche} other {# tâches}} « {name} » ?';
            const values = { n, name: 'Admission' };
            expect(formatInterfaceMessage(template, values, lang)).toBe(
              formatMessage(template, values, lang),
            );
          },
        ),
      );
    },
    PROPERTY_TEST_MS,
  );
});

describe('formatAmount', () => {
  it('writes Canadian dollars the way each language does, cents only when there are some', () => {
    expect(formatAmount(4_000_000, 'fr')).toBe('40\u00a0000\u00a0$');
    expect(formatAmount(4_000_000, 'en')).toBe('$40,000');
    expect(formatAmount(123_450, 'fr')).toBe('1\u00a0234,50\u00a0$');
    expect(formatAmount(123_450, 'en')).toBe('$1,234.50');
  });
});
