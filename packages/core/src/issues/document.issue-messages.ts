import type { BilingualText } from '../i18n/localized-text';

/** The saved document: loading it, its versions, its schema and its references. See issue.messages.ts for the syntax. */
export const DOCUMENT_ISSUE_MESSAGES = {
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
    fr: "Ce document est en version {version}, plus récente que la version {supported} que connaît cette bibliothèque : mettez à jour @partnership-kit/core pour l'ouvrir.",
    en: 'This document is at version {version}, newer than version {supported} that this library knows: update @partnership-kit/core to open it.',
  },
  PARTNERSHIP_MIGRATION_FAILED: {
    fr: "Le document n'a pas pu être mis à jour de la version {from} à la version {to}.",
    en: 'The document could not be upgraded from version {from} to version {to}.',
  },
  PARTNERSHIP_LEGACY_LANGUAGE_REQUIRED: {
    fr: "Ce document est en version {version}, qui ne disait pas en quelle langue ses textes sont écrits : passez l'option legacyLanguage ('fr' ou 'en') à parsePartnership pour l'ouvrir.",
    en: "This document is at version {version}, which did not say what language its texts are in: pass the legacyLanguage option ('fr' or 'en') to parsePartnership to open it.",
  },
  PARTNERSHIP_LANGUAGE_REPEATED: {
    fr: '{path} : une langue est déclarée deux fois.',
    en: '{path}: a language is declared twice.',
  },
  PARTNERSHIP_PRIMARY_LANGUAGE_UNDECLARED: {
    fr: '{path} : la langue principale doit être une des langues déclarées du partenariat.',
    en: "{path}: the primary language must be one of the partnership's declared languages.",
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
  SCHEMA_DATE_OUT_OF_RANGE: {
    fr: '{path} : la date doit tomber entre les années 1900 et 2199.',
    en: '{path}: the date must fall between the years 1900 and 2199.',
  },
  SCHEMA_INVALID_ID: {
    fr: '{path} : identifiant invalide (vide, avec des espaces autour, ou réservé).',
    en: '{path}: invalid id (blank, with spaces around it, or reserved).',
  },
  SCHEMA_DUPLICATE_ID: {
    fr: '{path} : l’identifiant « {id} » est déjà utilisé dans cette liste.',
    en: '{path}: the id “{id}” is already used in this list.',
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
  SCHEMA_TOO_DEEP: {
    fr: '{path} : le document est imbriqué sur plus de {maximum} niveaux; il est refusé.',
    en: '{path}: the document nests more than {maximum} levels deep; it is refused.',
  },
  SCHEMA_CYCLE: {
    fr: '{path} : cette valeur se contient elle-même; elle ne peut pas être enregistrée.',
    en: '{path}: this value contains itself; it cannot be saved.',
  },
  SCHEMA_TOO_LARGE: {
    fr: 'Le document contient plus de {maximum} valeurs; il est refusé.',
    en: 'The document holds more than {maximum} values; it is refused.',
  },
  SCHEMA_INVALID: {
    fr: '{path} : valeur invalide.',
    en: '{path}: invalid value.',
  },
  // References between parts of the document.
  ORGANIZATION_DUPLICATE_ID: {
    fr: '{path} : deux organismes portent le même identifiant « {id} ».',
    en: '{path}: two organizations share the id “{id}”.',
  },
  REFERENCE_UNKNOWN_ORGANIZATION: {
    fr: '{path} : l’organisme « {organization} » ne fait pas partie du partenariat.',
    en: '{path}: organization “{organization}” is not one of the partners.',
  },
  REFERENCE_UNKNOWN_MEMBER: {
    fr: '{path} : « {member} » ne fait pas partie du groupe de travail.',
    en: '{path}: “{member}” is not a member of the working group.',
  },
  REFERENCE_UNKNOWN_COMMITTEE_MEMBER: {
    fr: '{path} : « {member} » ne fait pas partie du comité directeur.',
    en: '{path}: “{member}” is not a member of the steering committee.',
  },
  REFERENCE_UNKNOWN_SWOT_ITEM: {
    fr: '{path} : l’élément FFPM « {item} » n’existe pas.',
    en: '{path}: SWOT item “{item}” does not exist.',
  },
  ARGUMENT_INVALID_DATE: {
    fr: 'La date de référence ({argument}) n’est pas une date AAAA-MM-JJ valide : {value}.',
    en: 'The reference date ({argument}) is not a valid YYYY-MM-DD date: {value}.',
  },
  PARTNERSHIP_START_MISSING: {
    fr: 'La date de début du partenariat n’est pas inscrite : sans elle, ni date d’entrée en vigueur de l’entente, le calendrier des rencontres et des examens ne peut pas être établi.',
    en: 'The partnership’s start date is not recorded: without it or an agreement effective date, the meeting and review calendar cannot be worked out.',
  },
} as const satisfies Record<string, BilingualText>;
