/**
 * A `YYYY-MM-DD` date written out in the reader's language ("27 novembre 2026",
 * "November 27, 2026"), read as a calendar day so no time zone can shift it.
 */
export function formatDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function localToday(): string {
  return new Date().toLocaleDateString('en-CA');
}
