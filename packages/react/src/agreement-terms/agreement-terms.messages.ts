import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';
import { SIGNED_MESSAGES } from '../signatures/signed.messages';

/** Built-in strings of `AgreementTermsForm`, in French and English. */
export const AGREEMENT_TERMS_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    ...SIGNED_MESSAGES,
    'terms.title': { fr: 'Modalités de l’entente', en: 'Terms of the agreement' },
    'terms.intro': {
      fr: 'Le type de document, sa durée, le préavis, le renouvellement et les clauses que les partenaires retiennent.',
      en: 'The kind of document, its term, notice, renewal and the clauses the partners hold.',
    },
    'terms.none': {
      fr: 'Aucun protocole d’entente ni accord de partenariat n’est encore commencé.',
      en: 'No memorandum of understanding or partnership agreement is started yet.',
    },
    'terms.start.mou': {
      fr: 'Commencer un protocole d’entente',
      en: 'Start a memorandum of understanding',
    },
    'terms.start.partnership-agreement': {
      fr: 'Commencer un accord de partenariat',
      en: 'Start a partnership agreement',
    },
    'terms.started': {
      fr: '{kind, select, mou {Protocole d’entente commencé.} other {Accord de partenariat commencé.}}',
      en: '{kind, select, mou {Memorandum of understanding started.} other {Partnership agreement started.}}',
    },
    'terms.kind': { fr: 'Type de document', en: 'Kind of document' },
    'terms.kind.mou': { fr: 'Protocole d’entente', en: 'Memorandum of understanding (MOU)' },
    'terms.kind.partnership-agreement': {
      fr: 'Accord de partenariat',
      en: 'Partnership agreement',
    },
    'terms.kind.mou.hint': {
      fr: 'Aucun financement partagé, deux ou trois organismes, des services clairs et bien établis. Les parties y sont égales et agissent de bonne foi; ce n’est pas un contrat.',
      en: 'No shared funding, two or three organizations, clear and well-established services. The parties are equal and act in good faith; it is not a contract.',
    },
    'terms.kind.partnership-agreement.hint': {
      fr: 'Du financement partagé, des services créés ensemble ou plusieurs organismes. Une avocate ou un avocat devrait rédiger ou réviser le document final.',
      en: 'Shared funding, services created together, or several organizations. A lawyer should draft or review the final document.',
    },
    'terms.advice.title': { fr: 'Recommandation du guide', en: 'The guide’s recommendation' },
    'terms.advice.mou': {
      fr: 'Un protocole d’entente convient.',
      en: 'A memorandum of understanding fits.',
    },
    'terms.advice.partnership-agreement': {
      fr: 'Un accord de partenariat convient.',
      en: 'A partnership agreement fits.',
    },
    'terms.advice.contract': {
      fr: 'Il faut un contrat, ou un accord révisé par une avocate ou un avocat : un protocole d’entente ne convient pas.',
      en: 'A contract, or an agreement reviewed by a lawyer, is needed: an MOU does not fit.',
    },
    'terms.advice.undecided': {
      fr: 'Pas encore de recommandation : il reste à savoir si du financement sera partagé, si des services seront créés ensemble et combien d’organismes participent.',
      en: 'No recommendation yet: it remains to know whether funding will be shared, whether services will be created together and how many organizations take part.',
    },
    'terms.advice.provisional': {
      fr: 'Recommandation provisoire : elle peut changer selon les réponses encore inconnues.',
      en: 'Provisional recommendation: it may change with the answers still unknown.',
    },
    'terms.advice.follows': {
      fr: 'Le type choisi suit cette recommandation.',
      en: 'The kind chosen follows this recommendation.',
    },
    'terms.advice.why': { fr: 'Pourquoi', en: 'Why' },
    'terms.period': { fr: 'Durée et fin', en: 'Term and end' },
    'terms.termYears': { fr: 'Durée (en années)', en: 'Term (years)' },
    'terms.termYears.hint': {
      fr: 'Généralement un (1) ou deux (2) ans.',
      en: 'Usually one or two years.',
    },
    'terms.noticeDays': {
      fr: 'Préavis de résiliation (en jours)',
      en: 'Notice of termination (days)',
    },
    'terms.noticeDays.hint': {
      fr: 'Le guide propose 30, 60 ou 90 jours : le temps d’informer chaque client et de mettre en place d’autres soutiens.',
      en: 'The guide suggests 30, 60 or 90 days: time to inform every client and put other supports in place.',
    },
    'terms.renewal': { fr: 'Renouvellement', en: 'Renewal' },
    'terms.renewal.unset': {
      fr: 'Pas encore décidé (les parties se rencontreront pour décider)',
      en: 'Not decided yet (the parties will meet to decide)',
    },
    'terms.renewal.meet-to-decide': {
      fr: 'Les parties se rencontrent environ six mois avant l’échéance pour décider du renouvellement',
      en: 'The parties meet about six months before expiry to decide on renewal',
    },
    'terms.renewal.automatic': {
      fr: 'Renouvellement automatique pour la même durée',
      en: 'Renews automatically for the same term',
    },
    'terms.renewal.none': {
      fr: 'Aucun renouvellement : l’entente prend fin à l’échéance',
      en: 'No renewal: the agreement ends at expiry',
    },
    'terms.effectiveOn': {
      fr: 'Date d’entrée en vigueur (facultative)',
      en: 'Effective date (optional)',
    },
    'terms.effectiveOn.hint': {
      fr: 'Laissez vide pour que l’entente entre en vigueur à la date de la dernière signature.',
      en: 'Leave empty for the agreement to take effect on the date of the last signature.',
    },
    'terms.lawyerReviewed': {
      fr: 'Une avocate ou un avocat a rédigé ou révisé le document final',
      en: 'A lawyer drafted or reviewed the final document',
    },
    'terms.clauses': { fr: 'Clauses', en: 'Clauses' },
    'terms.clauses.intro': {
      fr: 'Une clause figure dans le document seulement si elle est écrite ici. Le libellé proposé par le guide n’est qu’un point de départ : utilisez-le, puis adaptez-le à votre partenariat.',
      en: 'A clause appears in the document only when it is written here. The guide’s wording is only a starting point: use it, then adapt it to your partnership.',
    },
    'terms.clauses.other': {
      fr: '{count, plural, one {Autre clause (#)} other {Autres clauses (#)}}',
      en: '{count, plural, one {Other clause (#)} other {Other clauses (#)}}',
    },
    'terms.clause.required': {
      fr: '{kind, select, mou {Clause requise dans un protocole d’entente.} other {Clause requise dans un accord de partenariat.}}',
      en: '{kind, select, mou {Required in a memorandum of understanding.} other {Required in a partnership agreement.}}',
    },
    'terms.clause.optional': { fr: 'Clause facultative.', en: 'Optional clause.' },
    'terms.clause.not-applicable': {
      fr: '{kind, select, mou {Clause habituellement absente d’un protocole d’entente.} other {Clause habituellement absente d’un accord de partenariat.}}',
      en: '{kind, select, mou {Not usually part of a memorandum of understanding.} other {Not usually part of a partnership agreement.}}',
    },
    'terms.clause.termination': {
      fr: 'Le document indique déjà le préavis fixé plus haut; ce texte le complète.',
      en: 'The document already states the notice period set above; this text completes it.',
    },
    'terms.clause.decisionMaking': {
      fr: 'Comment le comité directeur prend ses décisions.',
      en: 'How the steering committee makes its decisions.',
    },
    'terms.suggestion': { fr: 'Libellé proposé par le guide', en: 'The guide’s suggested wording' },
    'terms.suggestion.use': { fr: 'Utiliser ce libellé', en: 'Use this wording' },
    'terms.suggestion.useFor': {
      fr: 'Utiliser ce libellé pour « {clause} »',
      en: 'Use this wording for “{clause}”',
    },
    'terms.suggestion.used': {
      fr: 'Libellé proposé inséré dans « {clause} ». Adaptez-le à votre partenariat.',
      en: 'Suggested wording put in “{clause}”. Adapt it to your partnership.',
    },
    'terms.governance': {
      fr: 'Gouvernance : comité directeur',
      en: 'Governance: steering committee',
    },
    'terms.governance.intro': {
      fr: 'Les membres du comité directeur, désignés par leur titre et par l’organisme qu’ils représentent.',
      en: 'The members of the steering committee, by title and by the organization they represent.',
    },
    'terms.governance.decisions': {
      fr: 'La façon dont le comité prend ses décisions se trouve dans la clause « Prise de décision ».',
      en: 'How the committee makes its decisions is in the “Decision-making” clause.',
    },
    'terms.governance.empty': { fr: 'Aucun membre pour l’instant.', en: 'No members yet.' },
    'terms.governance.member': { fr: 'Membre {n} : {name}', en: 'Member {n}: {name}' },
    'terms.governance.memberTitle': { fr: 'Titre du poste', en: 'Job title' },
    'terms.governance.name': { fr: 'Nom (facultatif)', en: 'Name (optional)' },
    'terms.governance.organization': { fr: 'Organisme représenté', en: 'Organization represented' },
    'terms.governance.add': { fr: 'Ajouter un membre au comité', en: 'Add a committee member' },
    'terms.governance.chair': { fr: 'Présidence du comité', en: 'Committee chair' },
    'terms.governance.chair.hint': {
      fr: 'Un des membres du comité.',
      en: 'One of the committee members.',
    },
    'terms.governance.termsOfReference': {
      fr: 'Mandat du comité (facultatif, joint en annexe)',
      en: 'Terms of reference (optional, annexed)',
    },
    'terms.annexes': { fr: 'Annexes', en: 'Annexes' },
    'terms.annexes.workPlan': { fr: 'Plan de travail (facultatif)', en: 'Work plan (optional)' },
    'terms.annexes.evaluationPlan': {
      fr: 'Plan d’évaluation (facultatif)',
      en: 'Evaluation plan (optional)',
    },
    'terms.provisions': {
      fr: 'Responsabilités de chaque partie',
      en: 'Responsibilities of each party',
    },
    'terms.provisions.intro': {
      fr: 'Ce que chaque partie fournit (services, personnel, financement, équipement, locaux, rapports), par qui, à qui et quand : en termes clairs, mais assez généraux pour rester valables si les choses changent. Désignez les personnes par leur titre.',
      en: 'What each party provides (services, staff, funding, equipment, space, reports), by whom, to whom and when: clear, but general enough to survive change. Name people by their title.',
    },
    'terms.provisions.empty': {
      fr: 'Aucune responsabilité inscrite pour cet organisme.',
      en: 'No responsibilities recorded for this organization.',
    },
    'terms.provision': { fr: 'Responsabilité {n} : {name}', en: 'Responsibility {n}: {name}' },
    'terms.provision.kind': { fr: 'Type', en: 'Kind' },
    'terms.provision.kind.service': { fr: 'Service', en: 'Service' },
    'terms.provision.kind.staff': { fr: 'Personnel', en: 'Staff' },
    'terms.provision.kind.funding': { fr: 'Financement', en: 'Funding' },
    'terms.provision.kind.equipment': { fr: 'Équipement', en: 'Equipment' },
    'terms.provision.kind.space': { fr: 'Locaux', en: 'Space' },
    'terms.provision.kind.report': { fr: 'Rapport', en: 'Report' },
    'terms.provision.kind.other': { fr: 'Autre', en: 'Other' },
    'terms.provision.what': { fr: 'Ce que la partie fournit', en: 'What the party provides' },
    'terms.provision.byWhom': { fr: 'Par qui (titre du poste)', en: 'By whom (job title)' },
    'terms.provision.toWhom': { fr: 'À qui', en: 'To whom' },
    'terms.provision.when': { fr: 'Quand', en: 'When' },
    'terms.provision.add': {
      fr: 'Ajouter une responsabilité pour {organization}',
      en: 'Add a responsibility for {organization}',
    },
  }))();

/** A key of {@link AGREEMENT_TERMS_MESSAGES}. */
export type AgreementTermsMessageKey = Extract<keyof typeof AGREEMENT_TERMS_MESSAGES, string>;

/** The translate function of the agreement terms form's strings. */
export type AgreementTermsTranslate =
  import('../i18n/useMessages').Translate<AgreementTermsMessageKey>;
