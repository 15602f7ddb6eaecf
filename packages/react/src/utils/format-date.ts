import { languageOf } from '@partnership-kit/core';
import { formatLongDate } from '@partnership-kit/core/format';

/**
 * A `YYYY-MM-DD` date written out in the reader's language (« 1er mars 2027 », "March 1, 2027"),
 * read as a calendar day so no time zone can shift it; the one date format of the kit.
 */
export function formatDate(date: string, locale: string): string {
  return formatLongDate(date, languageOf(locale));
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function localToday(): string {
  return new Date().toLocaleDateString('en-CA');
}
