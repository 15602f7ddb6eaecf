import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `MeetingLog`, in French and English. */
export const MEETING_LOG_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'meetings.title': { fr: 'Rencontres et suivi', en: 'Meetings and follow-up' },
    'meetings.intro': {
      fr: 'Le groupe de travail se rencontre régulièrement, par exemple tous les trois mois, et plus souvent en cas de difficulté. Un examen officiel des progrès et des difficultés a lieu au moins deux fois par année.',
      en: 'The working group meets regularly, perhaps every three months, and more often when challenges arise. A formal review of progress and difficulties happens at least twice a year.',
    },
    'meetings.plan': { fr: 'Fréquence des rencontres', en: 'How often the partners meet' },
    'meetings.cadenceMonths': {
      fr: 'Intervalle entre les rencontres régulières (en mois)',
      en: 'Months between regular meetings',
    },
    'meetings.cadenceMonths.hint': {
      fr: 'Par exemple, tous les trois (3) mois.',
      en: 'For example, every three months.',
    },
    'meetings.reviewIntervalMonths': {
      fr: 'Intervalle entre les examens officiels (en mois)',
      en: 'Months between formal reviews',
    },
    'meetings.reviewIntervalMonths.hint': {
      fr: 'Six (6) mois au plus : au moins deux examens par année.',
      en: 'Six months at most: at least two reviews a year.',
    },
    'meetings.reviewer': { fr: 'Qui mène les examens officiels', en: 'Who leads formal reviews' },
    'meetings.reviewer.unset': { fr: 'Pas encore décidé', en: 'Not decided yet' },
    'meetings.reviewer.external': {
      fr: 'Une consultante ou un consultant externe',
      en: 'An external consultant',
    },
    'meetings.reviewer.internal': {
      fr: 'Un processus interne impartial',
      en: 'An impartial internal process',
    },
    'meetings.communicationPolicy': {
      fr: 'Politique de communication (facultative)',
      en: 'Communication policy (optional)',
    },
    'meetings.communicationPolicy.hint': {
      fr: 'Comment les partenaires communiquent : courriels, sondages en ligne, rencontres, retraites du personnel.',
      en: 'How the partners keep in touch: e-mail, online surveys, meetings, staff retreats.',
    },
    'meetings.overdue': {
      fr: '{count, plural, one {# mesure de suivi en retard} other {# mesures de suivi en retard}}',
      en: '{count, plural, one {# overdue action item} other {# overdue action items}}',
    },
    'meetings.records': { fr: 'Rencontres tenues', en: 'Meetings held' },
    'meetings.empty': {
      fr: 'Aucune rencontre inscrite pour l’instant.',
      en: 'No meetings recorded yet.',
    },
    'meetings.meeting': {
      fr: '{kind, select, regular {Rencontre régulière} formal-review {Examen officiel} renewal {Rencontre sur le renouvellement} other {Rencontre}} du {date, date}',
      en: '{kind, select, regular {Regular meeting} formal-review {Formal review} renewal {Renewal meeting} other {Meeting}} of {date, date}',
    },
    'meetings.date': { fr: 'Date de la rencontre', en: 'Meeting date' },
    'meetings.kind': { fr: 'Type de rencontre', en: 'Kind of meeting' },
    'meetings.kind.regular': { fr: 'Rencontre régulière', en: 'Regular meeting' },
    'meetings.kind.formal-review': {
      fr: 'Examen officiel (au moins deux par année)',
      en: 'Formal review (at least twice a year)',
    },
    'meetings.kind.renewal': {
      fr: 'Rencontre sur le renouvellement de l’entente',
      en: 'Meeting on renewing the agreement',
    },
    'meetings.kind.other': { fr: 'Autre rencontre', en: 'Other meeting' },
    'meetings.attendees': { fr: 'Personnes présentes', en: 'Attendees' },
    'meetings.attendees.none': {
      fr: 'Ajoutez d’abord les membres du groupe de travail.',
      en: 'Add the working group members first.',
    },
    'meetings.minutes': { fr: 'Compte rendu', en: 'Minutes' },
    'meetings.decisions': { fr: 'Décisions', en: 'Decisions' },
    'meetings.decisions.empty': { fr: 'Aucune décision inscrite.', en: 'No decisions recorded.' },
    'meetings.decision': { fr: 'Décision {n}', en: 'Decision {n}' },
    'meetings.decision.add': { fr: 'Ajouter une décision', en: 'Add a decision' },
    'meetings.actionItems': { fr: 'Mesures de suivi', en: 'Action items' },
    'meetings.actionItems.empty': { fr: 'Aucune mesure de suivi.', en: 'No action items.' },
    'meetings.actionItem': { fr: 'Mesure {n} : {name}', en: 'Action item {n}: {name}' },
    'meetings.actionItem.text': { fr: 'Ce qui doit être fait', en: 'What is to be done' },
    'meetings.actionItem.owner': {
      fr: 'Responsable (membre du groupe de travail)',
      en: 'Owner (working group member)',
    },
    'meetings.actionItem.due': { fr: 'Échéance', en: 'Due date' },
    'meetings.actionItem.done': { fr: 'Terminée', en: 'Done' },
    'meetings.actionItem.overdue': { fr: 'En retard', en: 'Overdue' },
    'meetings.actionItem.add': { fr: 'Ajouter une mesure de suivi', en: 'Add an action item' },
    'meetings.add': { fr: 'Inscrire une rencontre', en: 'Record a meeting' },
  }))();

/** A key of {@link MEETING_LOG_MESSAGES}. */
export type MeetingLogMessageKey = Extract<keyof typeof MEETING_LOG_MESSAGES, string>;

/** The translate function of the meeting log's strings. */
export type MeetingLogTranslate = import('../i18n/useMessages').Translate<MeetingLogMessageKey>;
