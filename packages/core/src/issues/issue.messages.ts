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
  // MOU or partnership agreement (AGR-1..5).
  AGR_TOO_FEW_ORGANIZATIONS: {
    fr: 'Un partenariat réunit au moins deux organisations ({count} pour l’instant).',
    en: 'A partnership brings together at least two organizations ({count} so far).',
  },
  AGR_SHARED_FUNDING: {
    fr: 'Du financement doit être partagé entre les organisations : un accord de partenariat convient.',
    en: 'Funding must be shared between the organizations: a partnership agreement fits.',
  },
  AGR_CO_CREATED_SERVICES: {
    fr: 'Les partenaires créent des services ensemble (programme, formation) : un accord de partenariat convient.',
    en: 'The partners create services together (a program, a curriculum): a partnership agreement fits.',
  },
  AGR_MANY_ORGANIZATIONS: {
    fr: '{count} organisations participent : au-delà de trois, un accord de partenariat convient.',
    en: '{count} organizations take part: beyond three, a partnership agreement fits.',
  },
  AGR_NO_SHARED_FUNDING: {
    fr: 'Aucun financement n’est partagé entre les partenaires.',
    en: 'No funding is shared between the partners.',
  },
  AGR_FEW_ORGANIZATIONS: {
    fr: 'Seulement {count} organisations participent.',
    en: 'Only {count} organizations take part.',
  },
  AGR_SERVICES_ESTABLISHED: {
    fr: 'Les services offerts sont clairs et bien établis.',
    en: 'The services offered are clear and well established.',
  },
  AGR_NO_CO_CREATED_SERVICES: {
    fr: 'Les partenaires ne créent pas de services ensemble.',
    en: 'The partners do not create services together.',
  },
  AGR_PAYMENT_NEEDS_CONTRACT: {
    fr: 'Une organisation en paie une autre pour des services : il faut un contrat, qu’un protocole d’entente ne remplace pas.',
    en: 'One organization pays another for services: that needs a contract, which an MOU cannot replace.',
  },
  AGR_SERVICES_NOT_ESTABLISHED: {
    fr: 'Les services ne sont pas encore clairs et établis : précisez-les avant de signer un protocole d’entente.',
    en: 'The services are not clear and established yet: define them before signing an MOU.',
  },
  AGREEMENT_NO_TERMINATION_CLAUSE: {
    fr: 'Le protocole ou l’accord ne dit pas comment le partenariat prend fin.',
    en: 'The MOU or agreement does not say how the partnership ends.',
  },
  AGREEMENT_NO_CONFLICT_CLAUSE: {
    fr: 'Le protocole ou l’accord ne dit pas comment les conflits sont résolus.',
    en: 'The MOU or agreement does not say how conflicts are resolved.',
  },
  AGREEMENT_KIND_MISMATCH: {
    fr: 'Le type d’entente choisi ne correspond pas à ce que les faits demandent (protocole d’entente ou accord de partenariat).',
    en: 'The kind of agreement chosen does not match what the facts call for (MOU or partnership agreement).',
  },
  AGREEMENT_LAWYER_REVIEW: {
    fr: 'Un accord de partenariat devrait être rédigé ou révisé par un avocat.',
    en: 'A partnership agreement should be drafted or reviewed by a lawyer.',
  },

  // Meetings, reviews and renewal (REV-1..4).
  MEETING_OVERDUE: {
    fr: 'La rencontre régulière prévue le {due} n’a pas eu lieu ({days} jours de retard).',
    en: 'The regular meeting due on {due} has not happened ({days} days late).',
  },
  REVIEW_OVERDUE: {
    fr: 'L’examen officiel prévu le {due} est en retard de {days} jours : il en faut au moins deux par année.',
    en: 'The formal review due on {due} is {days} days late: at least two a year are needed.',
  },
  RENEWAL_MEETING_DUE: {
    fr: 'L’entente expire le {expiresOn} : les parties devaient se rencontrer vers le {due} pour décider de son renouvellement.',
    en: 'The agreement expires on {expiresOn}: the parties were to meet around {due} to decide on renewal.',
  },
  AGREEMENT_EXPIRED: {
    fr: 'L’entente a expiré le {expiresOn}.',
    en: 'The agreement expired on {expiresOn}.',
  },

  // Establishing the partnership (EST-1..5).
  EST_PURPOSE_MISSING: {
    fr: 'Le but du partenariat n’est pas encore écrit.',
    en: 'The purpose of the partnership is not written yet.',
  },
  EST_SCOPE_MISSING: {
    fr: 'La portée du partenariat n’est pas encore écrite.',
    en: 'The scope of the partnership is not written yet.',
  },
  EST_CONVERSATION_GUIDE_UNANSWERED: {
    fr: 'Le guide de conversation n’a pas encore de réponses.',
    en: 'The conversation guide has no answers yet.',
  },
  EST_PATHWAY_MISSING: {
    fr: 'Le cheminement du client d’une organisation à l’autre n’est pas encore décrit.',
    en: 'The client pathway from one organization to the other is not described yet.',
  },
  EST_RESOURCES_MISSING: {
    fr: 'L’inventaire des ressources de chaque organisation est vide.',
    en: 'The inventory of each organization’s resources is empty.',
  },
  EST_SWOT_EMPTY: {
    fr: 'L’analyse FFPM est vide.',
    en: 'The SWOT analysis is empty.',
  },
  EST_RACI_EMPTY: {
    fr: 'La matrice RACI n’a pas encore de tâches.',
    en: 'The RACI matrix has no tasks yet.',
  },
  EST_RACI_HAS_ERRORS: {
    fr: 'La matrice RACI enfreint encore {count} règle(s).',
    en: 'The RACI matrix still breaks {count} rule(s).',
  },
  EST_RACI_NOT_ADOPTED: {
    fr: 'La matrice RACI n’est pas encore adoptée avec les personnes visées.',
    en: 'The RACI matrix is not adopted with the people in the roles yet.',
  },
  EST_MEETING_CADENCE_MISSING: {
    fr: 'La fréquence des rencontres n’est pas fixée (tous les trois mois, par exemple).',
    en: 'How often the partners meet is not set (every three months, for example).',
  },
  EST_REVIEW_PLAN_MISSING: {
    fr: 'Le calendrier des examens officiels n’est pas fixé (au moins deux par année).',
    en: 'The formal review plan is not set (at least two a year).',
  },
  EST_AGREEMENT_MISSING: {
    fr: 'Aucun protocole d’entente ni accord de partenariat n’est encore préparé.',
    en: 'No MOU or partnership agreement is prepared yet.',
  },
  EST_AGREEMENT_UNSIGNED: {
    fr: '{organization} n’a pas encore signé.',
    en: '{organization} has not signed yet.',
  },

  // Whole-document checks.
  RACI_NOT_ADOPTED: {
    fr: 'La matrice RACI est une ébauche : partagez-la et adoptez-la avant de commencer le travail.',
    en: 'The RACI matrix is a draft: share and adopt it before work starts.',
  },
  CONTACT_TITLE_MISSING: {
    fr: '{organization} : un point de contact n’a pas de titre de poste.',
    en: '{organization}: a point of contact has no job title.',
  },
  LEADERSHIP_NOT_CONFIRMED: {
    fr: '{organization} n’a pas confirmé que sa direction est au courant du partenariat.',
    en: '{organization} has not confirmed that its leadership knows about the partnership.',
  },

  // Dissolution (DIS-1..5).
  DIS_NOTICE_PERIOD_UNKNOWN: {
    fr: 'Le délai de préavis n’est pas fixé : la date de fin ne peut pas être calculée.',
    en: 'The notice period is not set: the end date cannot be worked out.',
  },
  DIS_CLIENT_WITHOUT_HANDOVER: {
    fr: '{jobSeeker} n’a pas encore d’autre soutien : aucun client ne doit rester sans service.',
    en: '{jobSeeker} has no other support yet: no client may be left without service.',
  },

  // Client pathway (PATH-1..3).
  PATH_FIRST_CONTACT: {
    fr: '{organization} a été contactée en premier : elle fait l’admission et l’évaluation.',
    en: '{organization} was contacted first: it does intake and assessment.',
  },
  PATH_CONTACT_REVIEWED: {
    fr: 'Nouvelle étape ({phase}) : le contact principal est réexaminé.',
    en: 'New phase ({phase}): the primary contact is reviewed.',
  },
  PATH_MOST_SERVICES_ELSEWHERE: {
    fr: '{organization} fournit la plupart des soutiens ({count} sur {total}) : elle devient le contact principal.',
    en: '{organization} provides most of the supports ({count} of {total}): it becomes the primary contact.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Every issue code the library can produce. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
