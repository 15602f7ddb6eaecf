import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';
import type { Translate } from '../i18n/useMessages';

/** Built-in strings of the guide's panels (advisor, progress, issues, schedule, review, dissolution). */
export const GUIDE_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'advisor.title': {
      fr: 'Protocole d’entente ou accord de partenariat?',
      en: 'MOU or partnership agreement?',
    },
    'advisor.facts': {
      fr: 'Ce que vous savez du partenariat',
      en: 'What you know about the partnership',
    },
    'advisor.organizationCount': { fr: 'Nombre d’organismes', en: 'Number of organizations' },
    'advisor.sharesFunding': {
      fr: 'Du financement sera-t-il partagé entre les organismes?',
      en: 'Will funding be shared between the organizations?',
    },
    'advisor.coCreatesServices': {
      fr: 'Les partenaires créeront-ils des services ensemble?',
      en: 'Will the partners create services together?',
    },
    'advisor.servicesEstablished': {
      fr: 'Les services offerts sont-ils clairs et bien établis?',
      en: 'Are the services offered clear and well established?',
    },
    'advisor.paysForServices': {
      fr: 'Un organisme en paiera-t-il un autre pour des services?',
      en: 'Will one organization pay another for services?',
    },
    'advisor.yes': { fr: 'Oui', en: 'Yes' },
    'advisor.no': { fr: 'Non', en: 'No' },
    'advisor.unknown': { fr: 'Je ne sais pas encore', en: 'Not known yet' },
    'advisor.result': { fr: 'Recommandation', en: 'Recommendation' },
    'advisor.kind.mou': {
      fr: 'Un protocole d’entente convient.',
      en: 'A memorandum of understanding fits.',
    },
    'advisor.kind.partnership-agreement': {
      fr: 'Un accord de partenariat convient.',
      en: 'A partnership agreement fits.',
    },
    'advisor.kind.contract': {
      fr: 'Il faut un contrat, ou un accord révisé par un avocat : un protocole d’entente ne convient pas.',
      en: 'A contract, or an agreement reviewed by a lawyer, is needed: an MOU does not fit.',
    },
    'advisor.kind.undecided': { fr: 'Pas encore de recommandation.', en: 'No recommendation yet.' },
    'advisor.provisional': {
      fr: 'Recommandation provisoire : elle peut changer selon les réponses encore inconnues.',
      en: 'Provisional recommendation: it may change with the answers still unknown.',
    },
    'advisor.lawyer': {
      fr: 'Faites rédiger ou réviser le document final par un avocat.',
      en: 'Have a lawyer draft or review the final document.',
    },
    'advisor.reasons': { fr: 'Pourquoi', en: 'Why' },
    'advisor.missing': { fr: 'À préciser', en: 'Still to find out' },
    'progress.title': { fr: 'Établir le partenariat', en: 'Establishing the partnership' },
    'progress.EST-1': { fr: 'But et portée', en: 'Purpose and scope' },
    'progress.EST-2': { fr: 'Ressources et information', en: 'Resources and information' },
    'progress.EST-3': { fr: 'Rôles (matrice RACI)', en: 'Roles (RACI matrix)' },
    'progress.EST-4': { fr: 'Gestion du rendement', en: 'Performance management' },
    'progress.EST-5': { fr: 'Protocole d’entente ou accord', en: 'MOU or agreement' },
    'progress.status.not-started': { fr: 'Pas commencée', en: 'Not started' },
    'progress.status.in-progress': { fr: 'En cours', en: 'In progress' },
    'progress.status.done': { fr: 'Terminée', en: 'Done' },
    'progress.summary': {
      fr: '{done, plural, =0 {Aucune étape terminée sur 5} one {# étape terminée sur 5} other {# étapes terminées sur 5}}',
      en: '{done} of 5 steps done',
    },
    'issues.title': { fr: 'Ce qui demande votre attention', en: 'What needs attention' },
    'issues.none': { fr: 'Rien à signaler.', en: 'Nothing to report.' },
    'issues.count': {
      fr: '{error, plural, =0 {aucune erreur} one {# erreur} other {# erreurs}}, {warning, plural, =0 {aucun avertissement} one {# avertissement} other {# avertissements}}, {info, plural, =0 {aucune remarque} one {# remarque} other {# remarques}}',
      en: '{error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}, {info, plural, one {# note} other {# notes}}',
    },
    'schedule.title': { fr: 'Calendrier', en: 'Schedule' },
    'schedule.nextMeeting': { fr: 'Prochaine rencontre', en: 'Next meeting' },
    'schedule.nextReview': { fr: 'Prochain examen officiel', en: 'Next formal review' },
    'schedule.renewalMeeting': { fr: 'Rencontre sur le renouvellement', en: 'Renewal meeting' },
    'schedule.expires': { fr: 'Fin de l’entente', en: 'Agreement ends' },
    'schedule.overdue': { fr: 'En retard', en: 'Overdue' },
    'schedule.unknown': {
      fr: 'Inscrivez la date de début du partenariat pour établir le calendrier.',
      en: 'Record the partnership’s start date to work out the schedule.',
    },
    'review.title': {
      fr: 'Examen officiel du partenariat',
      en: 'Formal review of the partnership',
    },
    'review.date': { fr: 'Date de l’examen', en: 'Review date' },
    'review.reviewer': { fr: 'Examen mené par', en: 'Review led by' },
    'review.reviewer.external': {
      fr: 'Une personne externe (consultante ou consultant)',
      en: 'Someone external (a consultant)',
    },
    'review.reviewer.internal': {
      fr: 'Un processus interne impartial',
      en: 'An impartial internal process',
    },
    'review.answer.yes': { fr: 'Oui', en: 'Yes' },
    'review.answer.partly': { fr: 'En partie', en: 'Partly' },
    'review.answer.no': { fr: 'Non', en: 'No' },
    'review.answer.not-applicable': { fr: 'Sans objet', en: 'Not applicable' },
    'review.notes': { fr: 'Notes', en: 'Notes' },
    'review.status.green': { fr: 'Vert : tout va bien', en: 'Green: all is well' },
    'review.status.amber': { fr: 'Ambre : à surveiller', en: 'Amber: keep an eye on it' },
    'review.status.red': { fr: 'Rouge : à corriger', en: 'Red: needs work' },
    'review.status.incomplete': {
      fr: 'Incomplet : des questions restent sans réponse',
      en: 'Incomplete: some questions are unanswered',
    },
    'review.status.unanswered': { fr: 'Pas encore commencé', en: 'Not started yet' },
    'review.overall': { fr: 'Résultat d’ensemble : {status}', en: 'Overall: {status}' },
    'review.answered': {
      fr: '{answered} sur {total}',
      en: '{answered} of {total}',
    },
    'dissolution.title': { fr: 'Mettre fin au partenariat', en: 'Ending the partnership' },
    'dissolution.notice': { fr: 'Date de l’avis écrit', en: 'Date of the written notice' },
    'dissolution.path': { fr: 'Comment le partenariat prend fin', en: 'How the partnership ends' },
    'dissolution.path.end-on-date': {
      fr: 'Il prend fin à la date convenue',
      en: 'It ends on the agreed date',
    },
    'dissolution.path.celebrate-and-close': {
      fr: 'On souligne ses réalisations et on prépare l’avenir',
      en: 'We recognize what it achieved and prepare future work',
    },
    'dissolution.endsOn.notice': {
      fr: 'Fin du partenariat : le {date, date} ({days, plural, one {# jour} other {# jours}} de préavis).',
      en: 'The partnership ends on {date, date} ({days, plural, one {# day’s} other {# days’}} notice).',
    },
    'dissolution.endsOn.expiry': {
      fr: 'Fin du partenariat : le {date, date}, à l’expiration de l’entente.',
      en: 'The partnership ends on {date, date}, when the agreement expires.',
    },
    'dissolution.checklist': { fr: 'Liste de vérification', en: 'Checklist' },
    'dissolution.clients': {
      fr: 'Demandeuses et demandeurs d’emploi encore sans soutien',
      en: 'Job seekers still without support',
    },
  }))();

/** The translate function of the guide panels' strings. */
export type GuideTranslate = Translate<Extract<keyof typeof GUIDE_MESSAGES, string>>;
