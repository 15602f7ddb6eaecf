import type { Language } from '@partnership-kit/core';

/** The largest amount the schema takes (`ResourceSchema.amountCents`): one billion dollars, in cents. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

/**
 * An amount of Canadian dollars as people type it, in cents: `40000`, `40 000`, `2500,50`,
 * `2500.50`, `$40,000` (commas between groups of three digits, as English writes them). Returns
 * `undefined` for an empty text and `null` for anything that is not an amount — never a guess
 * (`40.000` could be forty dollars or forty thousand).
 *
 * @example
 * ```ts
 * parseAmount('40 000'); // 4000000
 * parseAmount('2500,5'); // 250050
 * parseAmount('forty'); // null
 * ```
 */
export function parseAmount(text: string): number | undefined | null {
  const bare = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (bare === '') return undefined;
  const plain = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(bare);
  const grouped = plain ? null : /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/.exec(bare);
  const match = plain ?? grouped;
  if (!match) return null;
  const dollars = Number((match[1] as string).replace(/,/g, ''));
  const cents = dollars * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** An amount in cents as a plain number to edit: `40000`, `2500,50` (fr) or `2500.50` (en). */
export function amountInput(cents: number | undefined, lang: Language): string {
  if (cents === undefined) return '';
  const dollars = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(dollars);
  return `${dollars}${lang === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

/**
 * An amount in cents written for the reader, in Canadian dollars: `40 000 $` (fr-CA), `$40,000`
 * (en-CA); cents shown only when there are some.
 *
 * @example
 * ```ts
 * formatAmount(250050, 'en-CA'); // '$2,500.50'
 * ```
 */
export function formatAmount(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CAD',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
