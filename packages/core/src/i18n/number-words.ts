import type { Language } from './localized-text';

// Legal text writes numbers in words, then in figures: « deux (2) ans », "sixty (60) days"
// (Translation Bureau). French follows the traditional spelling that federal and Ontario texts
// use: hyphens below one hundred except around « et », « vingt » and « cent » plural only when
// they end the number, « mille » invariable. English writes "and" before the last two digits
// ("one hundred and twenty"), as Canadian drafting usually does.

const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
] as const;
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const;

/** 0–99 in French; `final` says whether nothing follows (« quatre-vingts » takes its s then). */
function frenchBelowHundred(n: number, final: boolean): string {
  if (n <= 16) return FR_UNITS[n] as string;
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    // 70–79 and 90–99 count on from sixty and eighty: soixante-douze, quatre-vingt-treize.
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    const rest = frenchBelowHundred(10 + unit, final);
    return tens === 7 && unit === 1 ? `${base} et ${rest}` : `${base}-${rest}`;
  }
  if (tens === 8) {
    if (unit === 0) return final ? 'quatre-vingts' : 'quatre-vingt';
    return `quatre-vingt-${FR_UNITS[unit]}`;
  }
  const word = FR_TENS[tens] as string;
  if (unit === 0) return word;
  return unit === 1 ? `${word} et un` : `${word}-${FR_UNITS[unit]}`;
}

/** 0–999 in French. */
function frenchBelowThousand(n: number, final: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return frenchBelowHundred(rest, final);
  const head =
    hundreds === 1 ? 'cent' : `${FR_UNITS[hundreds]} ${rest === 0 && final ? 'cents' : 'cent'}`;
  return rest === 0 ? head : `${head} ${frenchBelowHundred(rest, final)}`;
}

function french(n: number): string {
  if (n === 0) return 'zéro';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  // « million » is a noun: it takes an s, and a number before it ends there (deux cents millions).
  if (millions > 0) {
    words.push(`${frenchBelowThousand(millions, true)} ${millions > 1 ? 'millions' : 'million'}`);
  }
  // « mille » is not: the number before it does not end (deux cent mille, quatre-vingt mille).
  if (thousands > 0) {
    words.push(thousands === 1 ? 'mille' : `${frenchBelowThousand(thousands, false)} mille`);
  }
  if (rest > 0) words.push(frenchBelowThousand(rest, true));
  return words.join(' ');
}

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;

function englishBelowHundred(n: number): string {
  if (n < 20) return EN_UNITS[n] as string;
  const unit = n % 10;
  const tens = EN_TENS[Math.floor(n / 10)] as string;
  return unit === 0 ? tens : `${tens}-${EN_UNITS[unit]}`;
}

function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return englishBelowHundred(rest);
  const head = `${EN_UNITS[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${englishBelowHundred(rest)}`;
}

function english(n: number): string {
  if (n === 0) return 'zero';
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'million'],
    [Math.floor((n % 1_000_000) / 1000), 'thousand'],
  ];
  const words = groups.flatMap(([value, scale]) =>
    value > 0 ? [`${englishBelowThousand(value)} ${scale}`] : [],
  );
  const rest = n % 1000;
  // "one thousand and fifty": a remainder under one hundred after a larger group takes "and".
  if (rest > 0)
    words.push(
      words.length > 0 && rest < 100
        ? `and ${englishBelowHundred(rest)}`
        : englishBelowThousand(rest),
    );
  return words.join(' ');
}

/** The largest number written in words; larger ones, and non-integers, stay in figures. */
export const MAX_SPELLED_OUT = 999_999_999;

/**
 * A whole number written in words, as legal text writes it before the figures: « deux » for a
 * « deux (2) ans », "sixty" for "sixty (60) days". French uses the traditional spelling
 * (« quatre-vingts », « deux cent mille », « vingt et un »); English writes "and" before the
 * last two digits. Numbers that are negative, not whole or above {@link MAX_SPELLED_OUT} come
 * back in figures, never as wrong words.
 *
 * @example
 * ```ts
 * spellOutNumber(80, 'fr'); // 'quatre-vingts'
 * spellOutNumber(365, 'en'); // 'three hundred and sixty-five'
 * ```
 */
export function spellOutNumber(value: number, lang: Language): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_SPELLED_OUT) return String(value);
  return lang === 'fr' ? french(value) : english(value);
}
