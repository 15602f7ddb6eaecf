import type { BilingualText } from '../i18n/localized-text';

/** Changes refused by the reducers (an action that would leave an invalid document). See issue.messages.ts for the syntax. */
export const ACTION_ISSUE_MESSAGES = {
  // Changes refused by a reducer: the document stays as it was.
  ACTION_MALFORMED: {
    fr: 'Modification refusée : elle est mal formée ({path}).',
    en: 'Change refused: it is malformed ({path}).',
  },
  ACTION_TEXT_TOO_LONG: {
    fr: 'Modification refusée : le texte dépasse {maximum} caractères.',
    en: 'Change refused: the text is longer than {maximum} characters.',
  },
  ACTION_INVALID_ID: {
    fr: 'Modification refusée : identifiant invalide ({path}).',
    en: 'Change refused: invalid id ({path}).',
  },
  ACTION_ID_TAKEN: {
    fr: 'Modification refusée : l’identifiant « {id} » est déjà utilisé.',
    en: 'Change refused: the id “{id}” is already used.',
  },
  ACTION_INVALID_DATE: {
    fr: 'Modification refusée : la date doit être une vraie date entre 1900 et 2199.',
    en: 'Change refused: the date must be a real date between 1900 and 2199.',
  },
  ACTION_UNKNOWN_TARGET: {
    fr: 'Modification refusée : « {id} » n’existe pas (ou plus).',
    en: 'Change refused: “{id}” does not exist (any more).',
  },
  ACTION_STILL_REFERENCED: {
    fr: '{count, plural, one {« {id} » est encore mentionné à un endroit du partenariat : confirmez pour retirer aussi cette mention.} other {« {id} » est encore mentionné à # endroits du partenariat : confirmez pour retirer aussi ces mentions.}}',
    en: '{count, plural, one {“{id}” is still named in one place in the partnership: confirm to remove that mention too.} other {“{id}” is still named in # places in the partnership: confirm to remove those mentions too.}}',
  },
  ACTION_INVALID_VALUE: {
    fr: 'Modification refusée : valeur non permise ({path}).',
    en: 'Change refused: value not allowed ({path}).',
  },
} as const satisfies Record<string, BilingualText>;
