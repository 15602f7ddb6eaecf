import type { BilingualText } from '../i18n/localized-text';

/** The RACI matrix (RACI-1..8) and its spreadsheets. See issue.messages.ts for the syntax. */
export const RACI_ISSUE_MESSAGES = {
  // RACI matrix (DOMAIN.md RACI-1..8).
  RACI_NO_TASKS: {
    fr: 'La matrice RACI ne contient aucune tâche.',
    en: 'The RACI matrix has no tasks.',
  },
  RACI_TASK_NO_LEAD: {
    fr: 'La tâche « {task} » n’a pas d’organisme chef de file.',
    en: 'Task “{task}” has no lead organization.',
  },
  RACI_TASK_LEAD_NOT_PARTNER: {
    fr: 'Tâche « {task} » : l’organisme chef de file ({organization}) ne fait pas partie du partenariat.',
    en: 'Task “{task}”: the lead organization ({organization}) is not one of the partners.',
  },
  RACI_TASK_NO_RESPONSIBLE: {
    fr: 'Aucun rôle n’est Responsable (R) de la tâche « {task} ».',
    en: 'No role is Responsible (R) for task “{task}”.',
  },
  RACI_TASK_NO_ACCOUNTABLE: {
    fr: 'Aucun rôle n’assume la responsabilité (A) de la tâche « {task} ».',
    en: 'No role is Accountable (A) for task “{task}”.',
  },
  RACI_MULTIPLE_ACCOUNTABLE: {
    fr: '{count} rôles assument la responsabilité (A) de la tâche « {task} » ({roles}) : un seul le peut.',
    en: '{count} roles are Accountable (A) for task “{task}” ({roles}): only one may be.',
  },
  RACI_MULTIPLE_RESPONSIBLE: {
    fr: '{count} rôles sont Responsables (R) de la tâche « {task} » ({roles}) : en règle générale, une seule personne exécute le travail.',
    en: '{count} roles are Responsible (R) for task “{task}” ({roles}): as a rule, one person does the work.',
  },
  RACI_ROLE_UNUSED: {
    fr: 'Le rôle « {role} » n’intervient dans aucune tâche.',
    en: 'Role “{role}” takes part in no task.',
  },
  RACI_ROLE_UNKNOWN_ORGANIZATION: {
    fr: 'Le rôle « {role} » appartient à un organisme qui ne fait pas partie du partenariat ({organization}).',
    en: 'Role “{role}” belongs to an organization that is not one of the partners ({organization}).',
  },
  RACI_CELL_UNKNOWN_ROLE: {
    fr: 'Tâche « {task} » : une cellule renvoie à un rôle qui n’existe pas ({roleId}).',
    en: 'Task “{task}”: a cell refers to a role that does not exist ({roleId}).',
  },
  RACI_CELL_DUPLICATE_LETTER: {
    fr: '{path} : une lettre est répétée dans la même cellule.',
    en: '{path}: a letter is repeated in the same cell.',
  },
  RACI_DUPLICATE_TASK_ID: {
    fr: '{path} : deux tâches portent le même identifiant « {id} ».',
    en: '{path}: two tasks share the id “{id}”.',
  },
  RACI_DUPLICATE_ROLE_ID: {
    fr: '{path} : deux rôles portent le même identifiant « {id} ».',
    en: '{path}: two roles share the id “{id}”.',
  },
  RACI_ADOPTED_WITHOUT_DATE: {
    fr: 'La matrice RACI est adoptée, mais la date d’adoption manque.',
    en: 'The RACI matrix is adopted, but its adoption date is missing.',
  },
  // RACI matrix as CSV.
  CSV_EMPTY: {
    fr: 'Le fichier CSV est vide.',
    en: 'The CSV file is empty.',
  },
  CSV_UNTERMINATED_QUOTE: {
    fr: 'Ligne {line} : un guillemet est ouvert et jamais refermé.',
    en: 'Line {line}: a quotation mark is opened and never closed.',
  },
  CSV_HEADER_INVALID: {
    fr: 'Ligne {line} : l’en-tête doit commencer par les colonnes « {taskColumn} » et « {leadColumn} ».',
    en: 'Line {line}: the header must start with the columns “{taskColumn}” and “{leadColumn}”.',
  },
  CSV_ROW_LENGTH: {
    fr: 'Ligne {line} : {found} colonnes au lieu de {expected}.',
    en: 'Line {line}: {found} columns instead of {expected}.',
  },
  CSV_INVALID_LETTERS: {
    fr: 'Ligne {line}, colonne « {column} » : « {value} » n’est pas une combinaison des lettres R, A, C et I.',
    en: 'Line {line}, column “{column}”: “{value}” is not a combination of the letters R, A, C and I.',
  },
  CSV_UNKNOWN_ORGANIZATION: {
    fr: 'Ligne {line} : l’organisme « {organization} » n’est pas un partenaire connu; il est gardé tel quel.',
    en: 'Line {line}: organization “{organization}” is not a known partner; it is kept as written.',
  },
  CSV_TEXT_TOO_LONG: {
    fr: 'Ligne {line} : un texte dépasse {maximum} caractères.',
    en: 'Line {line}: a text is longer than {maximum} characters.',
  },
  CSV_TOO_MANY_ROWS: {
    fr: 'Le fichier compte plus de {maximum} lignes ou colonnes; il est refusé.',
    en: 'The file has more than {maximum} rows or columns; it is refused.',
  },
  // Whole-document checks.
  RACI_NOT_ADOPTED: {
    fr: 'La matrice RACI est une ébauche : partagez-la et adoptez-la avant de commencer le travail.',
    en: 'The RACI matrix is a draft: share and adopt it before work starts.',
  },
} as const satisfies Record<string, BilingualText>;
