import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `PurposeScopeForm`, in French and English. */
export const PURPOSE_SCOPE_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'purpose.title': { fr: 'Le partenariat', en: 'The partnership' },
    'purpose.intro': {
      fr: 'Étape 1 : pourquoi les organismes s’associent, ce que le partenariat couvre, ses objectifs et ses valeurs, et l’approbation de la direction de chaque organisme.',
      en: 'Step 1: why the organizations work together, what the partnership covers, its objectives and values, and each organization’s leadership approval.',
    },
    'purpose.name': { fr: 'Nom du partenariat', en: 'Partnership name' },
    'purpose.purpose': { fr: 'But', en: 'Purpose' },
    'purpose.purpose.hint': {
      fr: 'Pourquoi les organismes s’associent et ce que chacun apporte, en termes généraux.',
      en: 'Why the organizations work together and what each brings, in general terms.',
    },
    'purpose.scope': { fr: 'Portée', en: 'Scope' },
    'purpose.scope.hint': {
      fr: 'Les services, la clientèle et le territoire visés.',
      en: 'The services, clients and area it covers.',
    },
    'purpose.why': { fr: 'Contexte', en: 'Background' },
    'purpose.why.hint': {
      fr: 'Pourquoi les parties concluent ce partenariat : ce texte figure dans le préambule du protocole d’entente.',
      en: 'Why the parties enter this partnership: this text goes in the background section of the MOU.',
    },
    'purpose.values': { fr: 'Valeurs', en: 'Values' },
    'purpose.objectives': { fr: 'Résultats et objectifs', en: 'Outcomes and objectives' },
    'purpose.objectives.hint': {
      fr: 'Comment saurez-vous que vous les avez atteints?',
      en: 'How will you know you reached them?',
    },
    'purpose.objective': { fr: 'Objectif {n}', en: 'Objective {n}' },
    'purpose.objectives.add': { fr: 'Ajouter un objectif', en: 'Add an objective' },
    'purpose.objectives.empty': {
      fr: 'Aucun objectif pour l’instant.',
      en: 'No objectives yet.',
    },
    'purpose.startedOn': { fr: 'Date de début', en: 'Start date' },
    'purpose.startedOn.hint': {
      fr: 'Le jour où le partenariat a commencé ses activités : le calendrier des rencontres et des examens part de cette date.',
      en: 'The day the partnership started working: meeting and review schedules count from it.',
    },
    'purpose.approvals': { fr: 'Approbation de la direction', en: 'Leadership approval' },
    'purpose.approvals.hint': {
      fr: 'Pour chaque organisme, qui a approuvé le partenariat et à quelle date. L’approbation est enregistrée dès que les deux sont indiqués.',
      en: 'For each organization, who approved the partnership and on what date. The approval is recorded as soon as both are given.',
    },
    'purpose.approvals.noOrganizations': {
      fr: 'Ajoutez d’abord les organismes partenaires.',
      en: 'Add the partner organizations first.',
    },
    'purpose.approval.confirmed': {
      fr: 'Approbation confirmée le {date, date}',
      en: 'Approved on {date, date}',
    },
    'purpose.approval.pending': {
      fr: 'Approbation pas encore confirmée',
      en: 'Not confirmed yet',
    },
    'purpose.approvedBy': { fr: 'Approuvé par', en: 'Approved by' },
    'purpose.approver.none': { fr: 'Pas encore approuvé', en: 'Not approved yet' },
    'purpose.approver.board': { fr: 'Conseil d’administration', en: 'Board of directors' },
    'purpose.approver.executive-director': {
      fr: 'Direction générale',
      en: 'Executive director',
    },
    'purpose.approver.program-manager': {
      fr: 'Gestionnaire de programme',
      en: 'Program manager',
    },
    'purpose.approver.other': { fr: 'Autre (préciser le titre)', en: 'Other (give the title)' },
    'purpose.approverTitle': {
      fr: 'Titre de la personne qui a approuvé',
      en: 'Title of the person who approved',
    },
    'purpose.approvedOn': { fr: 'Date de l’approbation', en: 'Date approved' },
    'purpose.approval.notes': { fr: 'Notes (facultatif)', en: 'Notes (optional)' },
    'purpose.approval.remove': {
      fr: 'Retirer l’approbation de {organization}',
      en: 'Remove the approval of {organization}',
    },
    'purpose.approval.recorded': {
      fr: 'Approbation de {organization} enregistrée.',
      en: 'Approval of {organization} recorded.',
    },
    'purpose.approval.removed': {
      fr: 'Approbation de {organization} retirée.',
      en: 'Approval of {organization} removed.',
    },
  }))();

/** A key of the purpose and scope form's strings. */
export type PurposeScopeMessageKey = Extract<keyof typeof PURPOSE_SCOPE_MESSAGES, string>;

/** The translate function of the purpose and scope form's strings. */
export type PurposeScopeTranslate = import('../i18n/useMessages').Translate<PurposeScopeMessageKey>;
