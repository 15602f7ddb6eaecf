import type { LocalizedText } from '../i18n/localized-text';

/**
 * The built-in wording of every issue code, in French and English. `{name}` is replaced by the
 * issue's `params.name`; `{path}` by the issue's location. Both languages of a code use exactly
 * the same placeholders (a test checks it). Apps can reword any code through
 * {@link formatIssue}'s `messages` option instead of editing this table.
 */
export const ISSUE_MESSAGES = {
  // The saved document and its versions.
  PARTNERSHIP_NOT_AN_OBJECT: {
    fr: "Le document n'est pas un partenariat : un objet JSON est attendu.",
    en: 'The document is not a partnership: a JSON object is expected.',
  },
  PARTNERSHIP_VERSION_MISSING: {
    fr: "Le document n'indique pas sa version (schemaVersion).",
    en: 'The document does not state its version (schemaVersion).',
  },
  PARTNERSHIP_VERSION_INVALID: {
    fr: 'La version du document ({version}) doit être un entier positif ou nul.',
    en: 'The document version ({version}) must be a whole number, zero or more.',
  },
  PARTNERSHIP_VERSION_UNSUPPORTED: {
    fr: 'Ce document est en version {version}, plus récente que la version {supported} que connaît cette bibliothèque : mettez à jour @partnership-kit/core pour l’ouvrir.',
    en: 'This document is at version {version}, newer than version {supported} that this library knows: update @partnership-kit/core to open it.',
  },
  PARTNERSHIP_MIGRATION_FAILED: {
    fr: 'Le document n’a pas pu être mis à jour de la version {from} à la version {to}.',
    en: 'The document could not be upgraded from version {from} to version {to}.',
  },

  // Shape of the data (from the schemas).
  SCHEMA_REQUIRED: {
    fr: '{path} : valeur obligatoire manquante.',
    en: '{path}: a required value is missing.',
  },
  SCHEMA_INVALID_TYPE: {
    fr: '{path} : type de valeur incorrect ({expected} attendu).',
    en: '{path}: wrong kind of value ({expected} expected).',
  },
  SCHEMA_INVALID_VALUE: {
    fr: '{path} : valeur non permise (valeurs possibles : {values}).',
    en: '{path}: value not allowed (allowed values: {values}).',
  },
  SCHEMA_INVALID_DATE: {
    fr: '{path} : date invalide, au format AAAA-MM-JJ attendue.',
    en: '{path}: invalid date, YYYY-MM-DD expected.',
  },
  SCHEMA_INVALID_ID: {
    fr: '{path} : identifiant invalide (vide, avec des espaces autour, ou réservé).',
    en: '{path}: invalid id (blank, with spaces around it, or reserved).',
  },
  SCHEMA_INVALID_FORMAT: {
    fr: '{path} : format invalide ({format}).',
    en: '{path}: invalid format ({format}).',
  },
  SCHEMA_TOO_SMALL: {
    fr: '{path} : trop court ou trop petit (minimum {minimum}).',
    en: '{path}: too short or too small (minimum {minimum}).',
  },
  SCHEMA_TOO_BIG: {
    fr: '{path} : trop long ou trop grand (maximum {maximum}).',
    en: '{path}: too long or too large (maximum {maximum}).',
  },
  SCHEMA_UNKNOWN_KEYS: {
    fr: '{path} : champs inconnus ({keys}).',
    en: '{path}: unknown fields ({keys}).',
  },
  SCHEMA_INVALID: {
    fr: '{path} : valeur invalide.',
    en: '{path}: invalid value.',
  },

  // RACI matrix (DOMAIN.md RACI-1..8).
  RACI_NO_TASKS: {
    fr: 'La matrice RACI ne contient aucune tâche.',
    en: 'The RACI matrix has no tasks.',
  },
  RACI_TASK_NO_LEAD: {
    fr: 'La tâche « {task} » n’a pas d’organisation responsable.',
    en: 'Task “{task}” has no lead organization.',
  },
  RACI_TASK_LEAD_NOT_PARTNER: {
    fr: 'Tâche « {task} » : l’organisation responsable ({organization}) ne fait pas partie du partenariat.',
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
    fr: 'Le rôle « {role} » appartient à une organisation qui ne fait pas partie du partenariat ({organization}).',
    en: 'Role “{role}” belongs to an organization that is not one of the partners ({organization}).',
  },
  RACI_CELL_UNKNOWN_TASK: {
    fr: 'Une cellule renvoie à une tâche qui n’existe pas ({taskId}).',
    en: 'A cell refers to a task that does not exist ({taskId}).',
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
    fr: 'Plusieurs tâches portent le même identifiant ({taskId}).',
    en: 'Several tasks share the same id ({taskId}).',
  },
  RACI_DUPLICATE_ROLE_ID: {
    fr: 'Plusieurs rôles portent le même identifiant ({roleId}).',
    en: 'Several roles share the same id ({roleId}).',
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
    fr: 'Ligne {line} : l’organisation « {organization} » n’est pas un partenaire connu ; elle est gardée telle quelle.',
    en: 'Line {line}: organization “{organization}” is not a known partner; it is kept as written.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Every issue code the library can produce. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
