import { isCalendarDate } from '../common/validators';
import type { Language } from './localized-text';
import { spellOutNumber } from './number-words';
import { type TypesetOptions, typeset } from './typography';

/** Values a message can show. */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/** The longest value a message echoes: a hostile 10 MB name must not become a 10 MB message. */
export const MAX_ECHOED_LENGTH = 200;

const pluralRules = /* @__PURE__ */ (() => new Map<Language, Intl.PluralRules>())();

function pluralCategory(lang: Language, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en-CA');
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A value as a message shows it: numbers in the language's digits grouping, long text cut short. */
function show(value: string | number, lang: Language): string {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value.toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA')
      : String(value);
  }
  return value.length > MAX_ECHOED_LENGTH ? `${value.slice(0, MAX_ECHOED_LENGTH - 1)}…` : value;
}

const dateFormats = /* @__PURE__ */ (() => new Map<Language, Intl.DateTimeFormat>())();

/**
 * A `YYYY-MM-DD` date written out as a document or a message prints it: « 12 janvier 2026 »,
 * « 1er mars 2027 »,
 * "January 12, 2026". Anything else is shown as given (cut short), never as "Invalid Date".
 *
 * @example
 * ```ts
 * formatLongDate('2026-01-12', 'fr'); // '12 janvier 2026'
 * formatLongDate('2026-01-12', 'en'); // 'January 12, 2026'
 * ```
 */
export function formatLongDate(value: string, lang: Language): string {
  if (!isCalendarDate(value)) return show(value, lang);
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  const date = new Date(0);
  date.setUTCFullYear(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)) - 1,
    Number(value.slice(8, 10)),
  );
  const text = format.format(date);
  // French writes the first day of a month as an ordinal: « 1er janvier 2026 ».
  return lang === 'fr' && value.endsWith('-01') ? text.replace(/^1(?=\s)/, '1er') : text;
}

const amountFormats = /* @__PURE__ */ (() => new Map<string, Intl.NumberFormat>())();

/**
 * An amount in Canadian cents as a document prints it: « 40 000 $ » in French (no-break spaces
 * between groups and before the sign), "$40,000" in English; cents only when there are some
 * (« 1 234,50 $ », "$1,234.50"). Whole cents avoid rounding errors in budgets.
 *
 * @example
 * ```ts
 * formatAmount(4_000_000, 'fr'); // '40\u00a0000\u00a0$'
 * formatAmount(123_450, 'en'); // '$1,234.50'
 * ```
 */
export function formatAmount(cents: number, lang: Language): string {
  const whole = cents % 100 === 0;
  const key = `${lang}${whole}`;
  let format = amountFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      style: 'currency',
      currency: 'CAD',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    amountFormats.set(key, format);
  }
  // ICU writes a narrow no-break space in some versions: documents use the no-break space.
  return format.format(cents / 100).replaceAll('\u202f', '\u00a0');
}

/** The end of a `{…}` group that starts at `open`, counting nested braces; -1 when it never closes. */
function closingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i += 1) {
    if (template[i] === '{') depth += 1;
    else if (template[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The `one {…} other {…}` branches of a plural group (or the keys of a select group). */
function branches(
  body: string,
  pattern = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/g,
): Map<string, string> {
  const found = new Map<string, string>();
  let match: RegExpExecArray | null = pattern.exec(body);
  while (match) {
    const open = match.index + match[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) break;
    found.set(match[1] as string, body.slice(open + 1, close));
    pattern.lastIndex = close + 1;
    match = pattern.exec(body);
  }
  return found;
}

/**
 * Fills a message template: `{name}` takes a value, `{due, date}` writes a `YYYY-MM-DD` date out
 * in words, `{lang, select, fr {française} other {anglaise}}` picks a branch by value, and
 * `{count, plural, one {# rôle} other {# rôles}}` picks the branch that the language's plural rules (`Intl.PluralRules`) choose for
 * the number, `=0 {…}` first when given, `#` standing for the number; `{count, spellout}` writes
 * a whole number in words, as legal text does before the figures
 * (`{n, plural, one {{n, spellout} (#) an} other {{n, spellout} (#) ans}}` → « deux (2) ans »). The template gets the
 * language's typography ({@link typeset}); values are shown as given. French and English differ:
 * 0 and 1.5 are singular in French, plural in English. A placeholder without a value stays
 * visible; echoed text is cut at 200 characters. This is the one interpolator of the kit:
 * documents use it, and issue messages and component strings use it through
 * {@link formatInterfaceMessage}, which writes figures for `spellout`. `options.fragment` says the
 * template is a piece of a line (see {@link typeset}).
 *
 * @example
 * ```ts
 * formatMessage('{count, plural, one {# tâche} other {# tâches}}', { count: 0 }, 'fr'); // '0 tâche'
 * formatMessage('{count, plural, one {# task} other {# tasks}}', { count: 0 }, 'en'); // '0 tasks'
 * formatMessage('{n, plural, one {{n, spellout} (#) day} other {{n, spellout} (#) days}}', { n: 60 }, 'en'); // 'sixty (60) days'
 * ```
 */
export function formatMessage(
  template: string,
  values: MessageValues,
  lang: Language,
  options: Pick<TypesetOptions, 'fragment'> = {},
): string {
  // The template is built-in text: it gets the language's typography; values are shown as given.
  return fill(typeset(template, lang, options), values, lang, spellOutNumber);
}

/**
 * {@link formatMessage} for interface strings and issue messages: the same syntax, except that
 * `{n, spellout}` writes the figures. Words for numbers are for legal text (documents); leaving
 * them out keeps their tables (1.7 kB) out of every component bundle.
 *
 * @example
 * ```ts
 * formatInterfaceMessage('{count, plural, one {# tâche} other {# tâches}}', { count: 2 }, 'fr'); // '2 tâches'
 * ```
 */
export function formatInterfaceMessage(
  template: string,
  values: MessageValues,
  lang: Language,
  options: Pick<TypesetOptions, 'fragment'> = {},
): string {
  return fill(typeset(template, lang, options), values, lang);
}

function fill(
  template: string,
  values: MessageValues,
  lang: Language,
  spellOut?: (value: number, lang: Language) => string,
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const group = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(group);
    const asDate = /^\s*(\w+)\s*,\s*date\s*$/.exec(group);
    const inWords = /^\s*(\w+)\s*,\s*spellout\s*$/.exec(group);
    const select = /^\s*(\w+)\s*,\s*select\s*,([\s\S]*)$/.exec(group);
    const name = (plural ?? asDate ?? inWords ?? select)?.[1] ?? group.trim();
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (select && value !== undefined) {
      const options = branches(select[2] as string, /\s*([\w-]+)\s*\{/g);
      out += fill(options.get(String(value)) ?? options.get('other') ?? '', values, lang, spellOut);
    } else if (asDate && typeof value === 'string') {
      out += formatLongDate(value, lang);
    } else if (inWords && typeof value === 'number') {
      out += spellOut ? spellOut(value, lang) : show(value, lang);
    } else if (plural && typeof value === 'number') {
      const options = branches(plural[2] as string);
      const chosen =
        options.get(`=${value}`) ??
        options.get(pluralCategory(lang, value)) ??
        options.get('other') ??
        '';
      // `#` is replaced in the branch itself, before the values: a typed name may hold a `#`.
      out += fill(chosen.replaceAll('#', show(value, lang)), values, lang, spellOut);
    } else if (!plural && /^\w+$/.test(name) && value !== undefined) {
      out += show(value, lang);
    } else {
      out += template.slice(open, close + 1);
    }
    i = close + 1;
  }
  return out + template.slice(i);
}
