import type { BilingualText } from '../i18n/localized-text';

/**
 * The built-in wording of every issue code, in French and English. `{name}` is replaced by the
 * issue's `params.name`, `{name, date}` writes a date in words, `{count, plural, …}` follows the
 * language's plural rules, and `{path}` is the issue's location (see `formatMessage`). Both
 * languages of a code use exactly the same placeholders (a test checks it), and French
 * typography is applied when the message is formatted. Apps can reword any code through
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
    fr: '{path} : le document est imbriqué sur plus de {maximum} niveaux ; il est refusé.',
    en: '{path}: the document nests more than {maximum} levels deep; it is refused.',
  },
  SCHEMA_CYCLE: {
    fr: '{path} : cette valeur se contient elle-même ; elle ne peut pas être enregistrée.',
    en: '{path}: this value contains itself; it cannot be saved.',
  },
  SCHEMA_TOO_LARGE: {
    fr: 'Le document contient plus de {maximum} valeurs ; il est refusé.',
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

  // Translations (texts people write, in the partnership's declared languages).
  TRANSLATION_MISSING: {
    fr: '{path} : la version {language, select, fr {française} other {anglaise}} manque.',
    en: '{path}: the {language, select, fr {French} other {English}} version is missing.',
  },

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

  // MOU or partnership agreement (AGR-1..5).
  AGR_TOO_FEW_ORGANIZATIONS: {
    fr: 'Un partenariat réunit au moins deux organismes ({count} pour l’instant).',
    en: 'A partnership brings together at least two organizations ({count} so far).',
  },
  AGR_SHARED_FUNDING: {
    fr: 'Du financement doit être partagé entre les organismes : un accord de partenariat convient.',
    en: 'Funding must be shared between the organizations: a partnership agreement fits.',
  },
  AGR_CO_CREATED_SERVICES: {
    fr: 'Les partenaires créent des services ensemble (programme, formation) : un accord de partenariat convient.',
    en: 'The partners create services together (a program, a curriculum): a partnership agreement fits.',
  },
  AGR_MANY_ORGANIZATIONS: {
    fr: '{count} organismes participent : au-delà de trois, un accord de partenariat convient.',
    en: '{count} organizations take part: beyond three, a partnership agreement fits.',
  },
  AGR_NO_SHARED_FUNDING: {
    fr: 'Aucun financement n’est partagé entre les partenaires.',
    en: 'No funding is shared between the partners.',
  },
  AGR_FEW_ORGANIZATIONS: {
    fr: 'Seulement {count} organismes participent.',
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
  AGR_NO_PAYMENT_FOR_SERVICES: {
    fr: 'Aucun organisme n’en paie un autre pour des services.',
    en: 'No organization pays another for services.',
  },
  AGR_PAYMENT_NEEDS_CONTRACT: {
    fr: 'Un organisme en paie un autre pour des services : il faut un contrat (ou un accord révisé par un avocat), qu’un protocole d’entente ne peut pas remplacer.',
    en: 'One organization pays another for services: that needs a contract (or an agreement reviewed by a lawyer), which an MOU cannot replace.',
  },
  AGR_SERVICES_NOT_ESTABLISHED: {
    fr: 'Les services ne sont pas encore clairs et établis : précisez-les avant de signer un protocole d’entente.',
    en: 'The services are not clear and established yet: define them before signing an MOU.',
  },
  AGR_FACT_UNKNOWN: {
    fr: 'Conseil provisoire : il reste à savoir {fact, select, sharesFunding {si du financement sera partagé entre les organismes} coCreatesServices {si les partenaires créeront des services ensemble} servicesEstablished {si les services offerts sont clairs et bien établis} paysForServices {si un organisme en paiera un autre pour des services} other {combien d’organismes participent}}.',
    en: 'Provisional advice: it remains to know {fact, select, sharesFunding {whether funding will be shared between the organizations} coCreatesServices {whether the partners will create services together} servicesEstablished {whether the services offered are clear and well established} paysForServices {whether one organization will pay another for services} other {how many organizations take part}}.',
  },
  AGREEMENT_NO_TERMINATION_CLAUSE: {
    fr: 'Le protocole ou l’accord ne dit pas comment le partenariat prend fin.',
    en: 'The MOU or agreement does not say how the partnership ends.',
  },
  AGREEMENT_NO_CONFLICT_CLAUSE: {
    fr: 'Le protocole ou l’accord ne dit pas comment les conflits sont résolus.',
    en: 'The MOU or agreement does not say how conflicts are resolved.',
  },
  AGREEMENT_CLAUSE_MISSING: {
    fr: 'Il manque la clause « {clause} ».',
    en: 'The “{clause}” clause is missing.',
  },
  AGREEMENT_KIND_MISMATCH: {
    fr: 'Le type d’entente choisi ne correspond pas à ce que les faits demandent (protocole d’entente ou accord de partenariat).',
    en: 'The kind of agreement chosen does not match what the facts call for (MOU or partnership agreement).',
  },
  AGREEMENT_MOU_WITH_PAYMENT: {
    fr: 'Un protocole d’entente ne peut pas encadrer le paiement de services entre organismes : il faut un contrat.',
    en: 'An MOU cannot cover one organization paying another for services: a contract is needed.',
  },
  AGREEMENT_LAWYER_REVIEW: {
    fr: 'Un accord de partenariat devrait être rédigé ou révisé par un avocat.',
    en: 'A partnership agreement should be drafted or reviewed by a lawyer.',
  },
  AGREEMENT_NOTICE_SHORT: {
    fr: 'Un préavis de {days, plural, one {# jour} other {# jours}} laisse peu de temps pour informer chaque client : le guide propose 30, 60 ou 90 jours.',
    en: 'A notice period of {days, plural, one {# day} other {# days}} leaves little time to inform every client: the guide suggests 30, 60 or 90 days.',
  },
  AGREEMENT_TERM_LONG: {
    fr: 'Une durée de {years, plural, one {# an} other {# ans}} est inhabituelle : une entente dure généralement un ou deux ans.',
    en: 'A term of {years, plural, one {# year} other {# years}} is unusual: an agreement usually runs one or two years.',
  },
  AGREEMENT_NO_SIGNATORY: {
    fr: '{organization} n’a pas encore de signataire autorisé.',
    en: '{organization} has no authorized signatory yet.',
  },
  AGREEMENT_CHAIR_NOT_MEMBER: {
    fr: '{path} : la présidence doit être un membre du comité directeur.',
    en: '{path}: the chair must be a member of the steering committee.',
  },

  // Meetings, reviews and renewal (REV-1..4).
  MEETING_OVERDUE: {
    fr: 'La rencontre régulière prévue le {due, date} n’a pas eu lieu ({days, plural, one {# jour} other {# jours}} de retard).',
    en: 'The regular meeting due on {due, date} has not happened ({days, plural, one {# day} other {# days}} late).',
  },
  REVIEW_OVERDUE: {
    fr: 'L’examen officiel prévu le {due, date} est en retard de {days, plural, one {# jour} other {# jours}} : il en faut au moins deux par année.',
    en: 'The formal review due on {due, date} is {days, plural, one {# day} other {# days}} late: at least two a year are needed.',
  },
  REVIEW_INTERVAL_TOO_LONG: {
    fr: 'Un examen officiel tous les {months} mois ne suffit pas : il en faut au moins deux par année, donc tous les six mois au plus.',
    en: 'A formal review every {months} months is not enough: at least two a year are needed, so at most six months apart.',
  },
  PARTNERSHIP_START_MISSING: {
    fr: 'La date de début du partenariat n’est pas inscrite : sans elle, ni date d’entrée en vigueur de l’entente, le calendrier des rencontres et des examens ne peut pas être établi.',
    en: 'The partnership’s start date is not recorded: without it or an agreement effective date, the meeting and review calendar cannot be worked out.',
  },
  RENEWAL_MEETING_DUE: {
    fr: 'L’entente expire le {expiresOn, date} : les parties devaient se rencontrer vers le {due, date} pour décider de son renouvellement.',
    en: 'The agreement expires on {expiresOn, date}: the parties were to meet around {due, date} to decide on renewal.',
  },
  AGREEMENT_EXPIRED: {
    fr: 'L’entente a expiré le {expiresOn, date}.',
    en: 'The agreement expired on {expiresOn, date}.',
  },
  ACTION_ITEM_OVERDUE: {
    fr: 'La mesure de suivi « {item} » devait être terminée le {due, date} ({days, plural, one {# jour} other {# jours}} de retard).',
    en: 'Action item “{item}” was due on {due, date} ({days, plural, one {# day} other {# days}} late).',
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
    fr: 'Le cheminement du client d’un organisme à l’autre n’est pas encore décrit.',
    en: 'The client pathway from one organization to the other is not described yet.',
  },
  EST_RESOURCES_MISSING: {
    fr: 'L’inventaire des ressources de chaque organisme est vide.',
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
    fr: 'La matrice RACI enfreint encore {count, plural, one {# règle} other {# règles}}.',
    en: 'The RACI matrix still breaks {count, plural, one {# rule} other {# rules}}.',
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
    fr: 'La direction de {organization} n’a pas encore approuvé le partenariat (qui l’a approuvé, et quand?).',
    en: '{organization}’s leadership has not approved the partnership yet (who approved it, and when?).',
  },

  // Dissolution (DIS-1..5).
  DIS_NOTICE_PERIOD_UNKNOWN: {
    fr: 'Le délai de préavis n’est pas fixé : la date de fin ne peut pas être calculée à partir de l’avis.',
    en: 'The notice period is not set: the end date cannot be worked out from the notice.',
  },
  DIS_END_DATE_UNKNOWN: {
    fr: 'La date de fin n’est pas connue : inscrivez l’avis écrit ou la durée de l’entente.',
    en: 'The end date is not known: record the written notice or the agreement’s term.',
  },
  DIS_CLIENT_WITHOUT_HANDOVER: {
    fr: '{jobSeeker} n’a pas encore d’autre soutien : aucun client ne doit rester sans service.',
    en: '{jobSeeker} has no other support yet: no client may be left without service.',
  },

  // Client pathway (PATH-1..3).
  PATH_FIRST_CONTACT: {
    fr: '{organization} a été contacté en premier : il fait l’admission et l’évaluation.',
    en: '{organization} was contacted first: it does intake and assessment.',
  },
  PATH_CONTACT_REVIEWED: {
    fr: 'Nouvelle étape ({phase}) : le contact principal est réexaminé.',
    en: 'New phase ({phase}): the primary contact is reviewed.',
  },
  PATH_MOST_SERVICES_ELSEWHERE: {
    fr: '{organization} fournit le plus de soutiens ({count} sur {total}) : il devient le contact principal.',
    en: '{organization} provides the most supports ({count} of {total}): it becomes the primary contact.',
  },
  PATH_CONTACT_KEPT: {
    fr: '{organization} reste le contact principal : aucun autre organisme ne fournit plus de soutiens.',
    en: '{organization} stays the primary contact: no other organization provides more supports.',
  },
  PATH_UNKNOWN_PHASE: {
    fr: 'L’étape « {phase} » ne fait pas partie du cheminement du client.',
    en: 'Phase “{phase}” is not part of the client pathway.',
  },
  PATH_SERVICE_COUNT_INVALID: {
    fr: 'Le nombre de soutiens de {organization} doit être un nombre entier positif ou nul ({count}).',
    en: 'The number of supports from {organization} must be a whole number, zero or more ({count}).',
  },
} as const satisfies Record<string, BilingualText>;

/** Every issue code the library can produce. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;
