import { type Locale, pickLanguage, type RaciLetter } from '@partnership-kit/core';
import { RACI_LEGEND } from './raci-legend.content';

/** One line of the RACI legend, already in the reader's language. */
export interface RaciLegendEntry {
  readonly letter: RaciLetter;
  readonly name: string;
  readonly description: string;
}

/**
 * The RACI legend in one language, in the guide's order (R, A, C, I).
 *
 * @example
 * ```ts
 * raciLegend('en-CA')[1];
 * // { letter: 'A', name: 'Accountable', description: 'The person ultimately answerable…' }
 * ```
 */
export function raciLegend(locale: Locale): readonly RaciLegendEntry[] {
  return RACI_LEGEND.map(({ letter, name, description }) => ({
    letter,
    name: pickLanguage(name, locale),
    description: pickLanguage(description, locale),
  }));
}
