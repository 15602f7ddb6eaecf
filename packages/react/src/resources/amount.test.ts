import { describe, expect, it } from 'vitest';
import { amountInput, formatAmount, parseAmount } from './amount';

describe('amounts in Canadian dollars (EST-2)', () => {
  it.each([
    ['40000', 4_000_000],
    ['40 000', 4_000_000],
    ['40\u00a0000', 4_000_000],
    ['$40,000', 4_000_000],
    ['40,000.50', 4_000_050],
    ['2500,5', 250_050],
    ['2500.05', 250_005],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it('reads a blank field as no amount, and refuses what it would have to guess', () => {
    expect(parseAmount('  ')).toBeUndefined();
    for (const text of ['forty', '40.000', '4,00,000', '-5', '1e6', '2500,555'])
      expect(parseAmount(text)).toBeNull();
    expect(parseAmount('9'.repeat(20))).toBeNull();
  });

  it('writes amounts the way each language does, cents only when there are some', () => {
    expect(formatAmount(4_000_000, 'fr-CA')).toBe('40\u00a0000\u00a0$');
    expect(formatAmount(4_000_000, 'en-CA')).toBe('$40,000');
    expect(formatAmount(250_050, 'fr-CA')).toBe('2\u00a0500,50\u00a0$');
    expect(formatAmount(250_050, 'en-CA')).toBe('$2,500.50');
  });

  it('gives back a stored amount as a plain number to edit', () => {
    expect(amountInput(undefined, 'fr')).toBe('');
    expect(amountInput(4_000_000, 'en')).toBe('40000');
    expect(amountInput(250_005, 'fr')).toBe('2500,05');
    expect(amountInput(250_050, 'en')).toBe('2500.50');
    for (const cents of [0, 1, 99, 250_050, 4_000_000])
      for (const lang of ['fr', 'en'] as const)
        expect(parseAmount(amountInput(cents, lang))).toBe(cents);
  });
});
