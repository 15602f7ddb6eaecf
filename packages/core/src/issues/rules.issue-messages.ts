import type { BilingualText } from '../i18n/localized-text';

/** The guide's other rules: establishing the partnership, agreements, pathway, reviews, dissolution, translations. See issue.messages.ts for the syntax. */
export const RULES_ISSUE_MESSAGES = {
  // Translations (texts people write, in the partnership's declared languages).
  TRANSLATION_MISSING: {
    fr: '{path} : la version {language, select, fr {française} other {anglaise}} manque.',
    en: '{path}: the {language, select, fr {French} other {English}} version is missing.',
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
