import { RACI_LETTERS, type RaciLetter } from './raci-letter.schema';

const ORDER: Readonly<Record<RaciLetter, number>> = { R: 0, A: 1, C: 2, I: 3 };

/**
 * Letters in the guide's order (R, A, C, I), each once: the canonical form stored in cells.
 *
 * @example
 * ```ts
 * sortRaciLetters(['A', 'R', 'A']); // ['R', 'A']
 * ```
 */
export function sortRaciLetters(letters: Iterable<RaciLetter>): RaciLetter[] {
  return [...new Set(letters)].sort((a, b) => ORDER[a] - ORDER[b]);
}

/**
 * Writes a cell the way the guide prints it: `A/R`-style, in R, A, C, I order (`R/A`).
 *
 * @example
 * ```ts
 * formatRaciLetters(['A', 'R']); // 'R/A'
 * formatRaciLetters([]); // ''
 * ```
 */
export function formatRaciLetters(letters: readonly RaciLetter[]): string {
  return sortRaciLetters(letters).join('/');
}

/**
 * Reads a cell typed by a person or found in a spreadsheet: `R`, `A/R`, `r, a`, `RA`, `R + A`.
 * Returns `undefined` for anything that is not a combination of R, A, C and I (`''` is an empty
 * cell, `[]`).
 *
 * @example
 * ```ts
 * parseRaciLetters('a/r'); // ['R', 'A']
 * parseRaciLetters('X'); // undefined
 * ```
 */
export function parseRaciLetters(text: string): RaciLetter[] | undefined {
  const compact = text.toUpperCase().replace(/[\s/,;+&-]+/g, '');
  const letters: RaciLetter[] = [];
  for (const char of compact) {
    if (!(RACI_LETTERS as readonly string[]).includes(char)) return undefined;
    letters.push(char as RaciLetter);
  }
  return sortRaciLetters(letters);
}
