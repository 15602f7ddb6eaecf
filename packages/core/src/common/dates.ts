import type { IsoDate } from './common.schema';
import { isCalendarDate, monthLength, preview } from './validators';

// Calendar arithmetic on `YYYY-MM-DD` strings, with no time zone and no date library: a date
// is a day on the calendar, not an instant, so nothing here depends on where the code runs.
// Every function checks its arguments and throws a RangeError that names the bad one: a wrong
// date must never come back as '0NaN-NaN-NaN' or as a silently different day.

const MS_PER_DAY = 86_400_000;

/**
 * Throws a RangeError unless `value` is a calendar date `YYYY-MM-DD` (a `Date` object, an ISO
 * timestamp or an impossible day such as 2027-02-30 are refused, never normalised).
 */
export function assertIsoDate(
  value: unknown,
  name: string,
  caller: string,
): asserts value is IsoDate {
  if (!isCalendarDate(value)) {
    throw new RangeError(
      `${caller}: ${name} must be a calendar date written YYYY-MM-DD, got ${preview(value)}.`,
    );
  }
}

/** Throws a RangeError unless `value` is a whole number (negative allowed when `min` says so). */
export function assertCount(
  value: unknown,
  name: string,
  caller: string,
  min = Number.NEGATIVE_INFINITY,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    const kind =
      min === 0
        ? 'a whole number, zero or more'
        : min === 1
          ? 'a whole number, one or more'
          : 'a whole number';
    throw new RangeError(`${caller}: ${name} must be ${kind}, got ${preview(value)}.`);
  }
}

function parts(date: IsoDate): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number, caller: string): IsoDate {
  if (year < 0 || year > 9999) {
    throw new RangeError(`${caller}: the result falls outside the years 0000–9999.`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before), for a valid date. */
function toEpochDay(date: IsoDate): number {
  const [year, month, day] = parts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years < 100
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function fromEpochDay(epochDay: number, caller: string): IsoDate {
  const date = new Date(epochDay * MS_PER_DAY);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`${caller}: the result falls outside the years 0000–9999.`);
  }
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), caller);
}

/**
 * The number of days in a month (1–12) of a year (0–9999).
 *
 * @throws RangeError when the year or the month is not one.
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  assertCount(year, 'year', 'daysInMonth', 0);
  assertCount(month, 'month', 'daysInMonth', 1);
  if (year > 9999 || month > 12) {
    throw new RangeError(
      `daysInMonth: expected a year 0–9999 and a month 1–12, got ${year} and ${month}.`,
    );
  }
  return monthLength(year, month);
}

/**
 * Adds (or, negative, subtracts) a whole number of days.
 *
 * @throws RangeError for a date that is not `YYYY-MM-DD` or a count that is not a whole number.
 * @example
 * ```ts
 * addDays('2027-02-27', 2); // '2027-03-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date, 'date', 'addDays');
  assertCount(days, 'days', 'addDays');
  return fromEpochDay(toEpochDay(date) + days, 'addDays');
}

/**
 * Adds (or subtracts) calendar months, keeping the day of the month when it exists and using
 * the month's last day when it does not: 31 August + 6 months is 28 (or 29) February, and
 * 29 February + 12 months is 28 February.
 *
 * @throws RangeError for a date that is not `YYYY-MM-DD` or a count that is not a whole number.
 * @example
 * ```ts
 * addMonths('2026-08-31', 6); // '2027-02-28'
 * addMonths('2028-02-29', 12); // '2029-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date, 'date', 'addMonths');
  assertCount(months, 'months', 'addMonths');
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 0 || newYear > 9999) {
    throw new RangeError('addMonths: the result falls outside the years 0000–9999.');
  }
  return format(newYear, newMonth, Math.min(day, monthLength(newYear, newMonth)), 'addMonths');
}

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws RangeError when either is not a `YYYY-MM-DD` calendar date.
 * @example
 * ```ts
 * daysBetween('2026-12-25', '2027-01-01'); // 7
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from', 'daysBetween');
  assertIsoDate(to, 'to', 'daysBetween');
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The latest of some dates, or undefined when there are none (`undefined` entries are skipped).
 *
 * @throws RangeError when an entry is neither undefined nor a `YYYY-MM-DD` calendar date.
 * @example
 * ```ts
 * latestDate(['2026-01-02', '2025-12-31']); // '2026-01-02'
 * ```
 */
export function latestDate(dates: Iterable<IsoDate | undefined>): IsoDate | undefined {
  let latest: IsoDate | undefined;
  // `YYYY-MM-DD` strings sort like the days they name.
  for (const date of dates) {
    if (date === undefined) continue;
    assertIsoDate(date, 'each date', 'latestDate');
    if (latest === undefined || date > latest) latest = date;
  }
  return latest;
}
