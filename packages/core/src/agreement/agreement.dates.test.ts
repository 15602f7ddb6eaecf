import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../common/dates';
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
      signatures: [
        { organizationId: 'a', signedOn: '2026-02-28' },
        { organizationId: 'b', signedOn: '2026-01-12' },
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
        signatures: [{ organizationId: 'a', signedOn: '2028-02-29' }],
      }),
    ).toEqual({
      effectiveFrom: '2028-02-29',
      expiresOn: '2029-02-28',
      renewalMeetingOn: '2028-08-28',
    });
    expect(
      agreementDates({
        termYears: 1,
        signatures: [{ organizationId: 'a', signedOn: '2026-08-31' }],
      }).renewalMeetingOn,
    ).toBe('2027-02-28');
  });

  it('knows no date until every party has signed, and no expiry without a term', () => {
    expect(
      agreementDates({
        termYears: 2,
        signatures: [{ organizationId: 'a', signedOn: '2026-01-01' }, { organizationId: 'b' }],
      }),
    ).toEqual({});
    expect(agreementDates({ termYears: 2, signatures: [] })).toEqual({});
    expect(
      agreementDates({ signatures: [{ organizationId: 'a', signedOn: '2026-01-01' }] }),
    ).toEqual({ effectiveFrom: '2026-01-01' });
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
