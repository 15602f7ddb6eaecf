import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { addDays, addMonths, daysBetween, daysInMonth } from '../common/dates';
import { isCalendarDate } from '../common/validators';
import { agreementDates, terminationEffectiveOn } from './agreement.dates';

describe('calendar arithmetic', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2027-01-15', -13, '2025-12-15'],
  ])('%s + %i months = %s', (date, months, result) => {
    expect(addMonths(date, months)).toBe(result);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});

describe('agreementDates', () => {
  it('starts the term at the last signature and meets about renewal six months before expiry (REV-4)', () => {
    const dates = agreementDates({
      termYears: 2,
      signatories: [
        { id: 'a', organizationId: 'a', signedOn: '2026-02-28' },
        { id: 'b', organizationId: 'b', signedOn: '2026-01-12' },
      ],
    });
    expect(dates).toEqual({
      effectiveFrom: '2026-02-28',
      expiresOn: '2028-02-28',
      renewalMeetingOn: '2027-08-28',
    });
  });

  it('handles a 29 February anniversary and an end of month six months out', () => {
    expect(
      agreementDates({
        termYears: 1,
        signatories: [{ id: 'a', organizationId: 'a', signedOn: '2028-02-29' }],
      }),
    ).toEqual({
      effectiveFrom: '2028-02-29',
      expiresOn: '2029-02-28',
      renewalMeetingOn: '2028-08-28',
    });
    expect(
      agreementDates({
        termYears: 1,
        signatories: [{ id: 'a', organizationId: 'a', signedOn: '2026-08-31' }],
      }).renewalMeetingOn,
    ).toBe('2027-02-28');
  });

  it('knows no date until every party has signed, and no expiry without a term', () => {
    expect(
      agreementDates({
        termYears: 2,
        signatories: [
          { id: 'a', organizationId: 'a', signedOn: '2026-01-01' },
          { id: 'b', organizationId: 'b' },
        ],
      }),
    ).toEqual({});
    expect(agreementDates({ termYears: 2, signatories: [] })).toEqual({});
    expect(
      agreementDates({ signatories: [{ id: 'a', organizationId: 'a', signedOn: '2026-01-01' }] }),
    ).toEqual({ effectiveFrom: '2026-01-01' });
  });
});

describe('agreementDates with the partners’ own effective date, and renewal modes (REV-4)', () => {
  const signed = [{ id: 'a', organizationId: 'a', signedOn: '2026-01-12' }];

  it('starts the term on the effective date the partners set, signed or not', () => {
    expect(agreementDates({ termYears: 1, effectiveOn: '2026-04-01', signatories: [] })).toEqual({
      effectiveFrom: '2026-04-01',
      expiresOn: '2027-04-01',
      renewalMeetingOn: '2026-10-01',
    });
  });

  it('has no renewal meeting when the agreement renews by itself, and rolls the term over', () => {
    expect(agreementDates({ termYears: 1, renewal: 'automatic', signatories: signed })).toEqual({
      effectiveFrom: '2026-01-12',
      expiresOn: '2027-01-12',
      term: 1,
    });
    expect(
      agreementDates(
        { termYears: 1, renewal: 'automatic', signatories: signed },
        { today: '2029-06-30' },
      ),
    ).toEqual({
      effectiveFrom: '2026-01-12',
      expiresOn: '2030-01-12',
      term: 4,
    });
  });

  it('has no renewal meeting when the agreement is not meant to be renewed', () => {
    expect(agreementDates({ termYears: 2, renewal: 'none', signatories: signed })).toEqual({
      effectiveFrom: '2026-01-12',
      expiresOn: '2028-01-12',
    });
  });

  it('refuses an impossible today or signature date with a RangeError (G1 item 15)', () => {
    expect(() =>
      agreementDates({ termYears: 1, signatories: signed }, { today: '2026-13-01' }),
    ).toThrow(RangeError);
    expect(() =>
      agreementDates({
        termYears: 1,
        signatories: [{ id: 'x', organizationId: 'x', signedOn: '2026-02-30' }],
      }),
    ).toThrow(/calendar date/);
  });
});

describe('date arithmetic validates its input (G1 item 15)', () => {
  it.each<[string, () => unknown]>([
    ['an impossible date', () => addDays('2027-02-29', 1)],
    ['a non-ISO string', () => addMonths('12/01/2026', 1)],
    ['a timestamp', () => addDays('2026-01-01T00:00:00Z', 1)],
    ['a Date object', () => daysBetween(new Date() as unknown as string, '2026-01-01')],
    ['NaN days', () => addDays('2026-01-01', Number.NaN)],
    ['Infinity months', () => addMonths('2026-01-01', Number.POSITIVE_INFINITY)],
    ['a fraction of a day', () => addDays('2026-01-01', 1.5)],
    ['a negative notice period', () => terminationEffectiveOn('2026-01-01', -30)],
    ['a zero notice period', () => terminationEffectiveOn('2026-01-01', 0)],
    ['month 13', () => daysInMonth(2026, 13)],
    ['a NaN year', () => daysInMonth(Number.NaN, 2)],
    ['a result past year 9999', () => addMonths('9999-12-01', 1)],
  ])('throws a RangeError naming the argument for %s, never 0NaN-NaN-NaN', (_case, call) => {
    expect(call).toThrow(RangeError);
  });

  it('names the argument and shows a short preview of a hostile value', () => {
    expect(() => addDays('x'.repeat(10_000_000), 1)).toThrow(
      /addDays: date must be a calendar date written YYYY-MM-DD, got "x{20,}…\./,
    );
    const message = (() => {
      try {
        addDays('x'.repeat(10_000_000), 1);
        return '';
      } catch (error) {
        return String(error);
      }
    })();
    expect(message.length).toBeGreaterThan(0);
    expect(message.length).toBeLessThan(200);
  });

  it('never returns anything but a calendar date, for any valid input', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(isCalendarDate(addDays(date, n))).toBe(true);
        expect(isCalendarDate(addMonths(date, n))).toBe(true);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('terminationEffectiveOn', () => {
  it.each([
    ['2027-12-15', 30, '2028-01-14'],
    ['2028-01-01', 60, '2028-03-01'],
    ['2027-01-01', 60, '2027-03-02'],
    ['2027-11-30', 90, '2028-02-28'],
  ])('notice on %s + %i days takes effect on %s', (given, days, effective) => {
    expect(terminationEffectiveOn(given, days)).toBe(effective);
  });
});
