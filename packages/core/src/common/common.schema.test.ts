import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { IdSchema, IsoDateSchema, isCalendarDate, isUsableId } from './common.schema';

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
    ['26-01-05', false],
    ['2026-01-05T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('agrees with the calendar of Date for every day of years 1000–9999', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(`${text}T00:00:00Z`);
          const real = !Number.isNaN(date.getTime()) && date.getUTCDate() === day;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is what IsoDateSchema checks', () => {
    expect(IsoDateSchema.safeParse('2027-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2028-02-29').success).toBe(true);
  });
});

describe('ids', () => {
  it('refuse blanks, surrounding spaces and the reserved object keys', () => {
    for (const bad of ['', ' ', ' a', 'a ', '__proto__', 'constructor', 'prototype']) {
      expect(isUsableId(bad)).toBe(false);
      expect(IdSchema.safeParse(bad).success).toBe(false);
    }
    for (const good of ['a', 'task-1', 'Équipe 2', 'toString'])
      expect(IdSchema.parse(good)).toBe(good);
  });
});
