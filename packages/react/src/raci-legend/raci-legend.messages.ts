import { type BilingualText, pickLanguage } from '@partnership-kit/core';

/** Built-in strings of the RACI legend dialog, in both languages. */
export const RACI_LEGEND_MESSAGES = {
  trigger: { fr: 'Que signifient R, A, C et I?', en: 'What do R, A, C and I mean?' },
  title: { fr: 'Légende de la matrice RACI', en: 'RACI matrix legend' },
  description: {
    fr: 'Chaque cellule de la matrice indique le rôle joué dans une tâche.',
    en: 'Each cell of the matrix tells the part a role plays in a task.',
  },
  close: { fr: 'Fermer', en: 'Close' },
} as const satisfies Record<string, BilingualText>;

/** A key of {@link RACI_LEGEND_MESSAGES}. */
export type RaciLegendText = keyof typeof RACI_LEGEND_MESSAGES;

/** One legend string in the language asked for. */
export function raciLegendText(key: RaciLegendText, locale: string): string {
  return pickLanguage(RACI_LEGEND_MESSAGES[key], locale);
}
