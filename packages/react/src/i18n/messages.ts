import type { BilingualText } from '@partnership-kit/core';

/** A component's built-in strings, by key, in French and English (message syntax: `formatMessage`). */
export type MessageTable = Readonly<Record<string, BilingualText>>;

/**
 * Declares a component's built-in strings. Templates use core's message syntax: `{name}`,
 * `{count, plural, one {# tâche} other {# tâches}}`, `{date, date}`, `{lang, select, …}`;
 * French typography is applied when they are formatted. Each component keeps its own table,
 * so an app that imports one component does not ship the others' strings.
 */
export function defineMessages<const T extends MessageTable>(table: T): T {
  return table;
}

/**
 * Replacement wording for built-in strings, by key (`'raci.undo'`): one text for both
 * languages, or one per language. Keys are listed in `REACT_MESSAGES`.
 */
export type MessageOverrides = Readonly<
  Record<string, string | Partial<BilingualText> | undefined>
>;

/** Strings shared by several components. */
export const COMMON_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    'dialog.save': { fr: 'Enregistrer', en: 'Save' },
    'dialog.cancel': { fr: 'Annuler', en: 'Cancel' },
    'dialog.close': { fr: 'Fermer', en: 'Close' },
    'field.language.fr': { fr: 'En français', en: 'In French' },
    'field.language.en': { fr: 'En anglais', en: 'In English' },
    'field.translate': {
      fr: 'Proposer une traduction depuis {from, select, fr {le français} other {l’anglais}}',
      en: 'Suggest a translation from {from, select, fr {French} other {English}}',
    },
    'field.translating': { fr: 'Traduction en cours…', en: 'Translating…' },
    'field.translationFailed': {
      fr: 'La traduction n’a pas pu être obtenue. Écrivez ce texte vous-même.',
      en: 'The translation could not be fetched. Write this text yourself.',
    },
    'field.required': { fr: 'obligatoire', en: 'required' },
    'field.missingTranslation': {
      fr: 'Traduction manquante',
      en: 'Translation missing',
    },
    'errors.title': {
      fr: '{count, plural, one {Il y a # problème à corriger} other {Il y a # problèmes à corriger}}',
      en: '{count, plural, one {There is # problem to fix} other {There are # problems to fix}}',
    },
    'severity.error': { fr: 'Erreur', en: 'Error' },
    'severity.warning': { fr: 'Avertissement', en: 'Warning' },
    'severity.info': { fr: 'Remarque', en: 'Note' },
    rejected: { fr: 'Modification refusée', en: 'Change refused' },
    'date.day': { fr: 'Jour', en: 'Day' },
    'date.month': { fr: 'Mois', en: 'Month' },
    'date.year': { fr: 'Année', en: 'Year' },
  }))();
