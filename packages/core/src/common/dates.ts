import type { IsoDate } from './common.schema';

// Calendar arithmetic on `YYYY-MM-DD` strings, with no time zone and no date library: a date
// is a day on the calendar, not an instant, so nothing here depends on where the code runs.

const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): IsoDate {
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

function fromEpochDay(epochDay: number): IsoDate {
  const date = new Date(epochDay * MS_PER_DAY);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Adds (or, negative, subtracts) days.
 *
 * @example
 * ```ts
 * addDays('2027-02-27', 2); // '2027-03-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + Math.trunc(days));
}

/**
 * Adds (or subtracts) calendar months, keeping the day of the month when it exists and using
 * the month's last day when it does not: 31 August + 6 months is 28 (or 29) February, and
 * 29 February + 12 months is 28 February.
 *
 * @example
 * ```ts
 * addMonths('2026-08-31', 6); // '2027-02-28'
 * addMonths('2028-02-29', 12); // '2029-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2026-12-25', '2027-01-01'); // 7
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The latest of some dates, or undefined when there are none. @example `latestDate(['2026-01-02', '2025-12-31'])` */
export function latestDate(dates: Iterable<IsoDate | undefined>): IsoDate | undefined {
  let latest: IsoDate | undefined;
  // `YYYY-MM-DD` strings sort like the days they name.
  for (const date of dates)
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  return latest;
}
