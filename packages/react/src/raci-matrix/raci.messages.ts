import {
  ACTION_ISSUE_MESSAGES,
  createIssueFormatter,
  RACI_ISSUE_MESSAGES,
} from '@partnership-kit/core/issues';
import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';

/** Built-in strings of `RaciMatrix`, in French and English. */
export const RACI_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'raci.toolbar': { fr: 'Outils de la matrice RACI', en: 'RACI matrix tools' },
    'raci.undo': { fr: 'Défaire', en: 'Undo' },
    'raci.redo': { fr: 'Refaire', en: 'Redo' },
    'raci.addTask': { fr: 'Ajouter une tâche', en: 'Add a task' },
    'raci.addRole': { fr: 'Ajouter un rôle', en: 'Add a role' },
    'raci.adopt': { fr: 'Adopter la matrice', en: 'Adopt the matrix' },
    'raci.adopt.blocked': {
      fr: '{count, plural, one {Corrigez l’erreur signalée avant d’adopter la matrice.} other {Corrigez les # erreurs signalées avant d’adopter la matrice.}}',
      en: '{count, plural, one {Fix the error listed before adopting the matrix.} other {Fix the # errors listed before adopting the matrix.}}',
    },
    'raci.adopt.empty': {
      fr: 'Ajoutez au moins une tâche avant d’adopter la matrice.',
      en: 'Add at least one task before adopting the matrix.',
    },
    'raci.reopen': { fr: 'Rouvrir l’ébauche', en: 'Reopen as draft' },
    'raci.exportCsv': { fr: 'Exporter en CSV', en: 'Export as CSV' },
    'raci.status.draft': { fr: 'Ébauche', en: 'Draft' },
    'raci.status.adopted': { fr: 'Adoptée le {date, date}', en: 'Adopted on {date, date}' },
    'raci.status.adoptedUndated': {
      fr: 'Adoptée (date non inscrite)',
      en: 'Adopted (date not recorded)',
    },
    'raci.adoptedLocked': {
      fr: 'La matrice est adoptée : rouvrez l’ébauche pour la modifier.',
      en: 'The matrix is adopted: reopen it as a draft to change it.',
    },
    'raci.column.task': { fr: 'Tâche', en: 'Task' },
    'raci.column.lead': { fr: 'Organisme chef de file', en: 'Lead organization' },
    'raci.noLead': { fr: 'Aucun', en: 'None' },
    'raci.noOrganization': { fr: 'Sans organisme', en: 'No organization' },
    'raci.cellEmpty': { fr: 'vide', en: 'empty' },
    'raci.unnamedTask': { fr: 'Tâche sans nom', en: 'Unnamed task' },
    'raci.unnamedRole': { fr: 'Rôle sans nom', en: 'Unnamed role' },
    'raci.help': {
      fr: 'Flèches pour se déplacer. R, A, C ou I pour attribuer une lettre, Maj + lettre pour en combiner. Espace pour passer à la lettre suivante, Suppr pour effacer, F2 pour choisir dans une liste. Entrée sur une tâche, un organisme chef de file ou un rôle pour le modifier. Ctrl + Z pour défaire.',
      en: 'Arrows to move. R, A, C or I to assign a letter, Shift + letter to combine. Space for the next letter, Delete to clear, F2 to choose from a list. Enter on a task, a lead organization or a role to edit it. Ctrl + Z to undo.',
    },
    'raci.issues.title': {
      fr: '{count, plural, one {# point à vérifier} other {# points à vérifier}}',
      en: '{count, plural, one {# issue to check} other {# issues to check}}',
    },
    'raci.issues.none': {
      fr: 'Aucun problème : la matrice respecte les règles du guide.',
      en: 'No problems: the matrix follows the guide’s rules.',
    },
    'raci.issueMarker': {
      fr: '{count, plural, one {# point à vérifier} other {# points à vérifier}}',
      en: '{count, plural, one {# issue} other {# issues}}',
    },
    'raci.announce.cell': { fr: '{task}, {role} : {letters}.', en: '{task}, {role}: {letters}.' },
    'raci.announce.undo': { fr: 'Modification défaite.', en: 'Change undone.' },
    'raci.announce.redo': { fr: 'Modification refaite.', en: 'Change redone.' },
    'raci.announce.nothing': { fr: 'Rien à défaire.', en: 'Nothing to undo.' },
    'raci.announce.taskAdded': { fr: 'Tâche « {task} » ajoutée.', en: 'Task “{task}” added.' },
    'raci.announce.roleAdded': { fr: 'Rôle « {role} » ajouté.', en: 'Role “{role}” added.' },
    'raci.announce.taskRemoved': {
      fr: 'Tâche « {task} » supprimée.',
      en: 'Task “{task}” removed.',
    },
    'raci.announce.roleRemoved': { fr: 'Rôle « {role} » supprimé.', en: 'Role “{role}” removed.' },
    'raci.announce.moved': {
      fr: '« {name} » déplacé en position {position}.',
      en: '“{name}” moved to position {position}.',
    },
    'raci.announce.adopted': {
      fr: 'Matrice adoptée le {date, date}.',
      en: 'Matrix adopted on {date, date}.',
    },
    'raci.announce.reopened': {
      fr: 'La matrice est de nouveau une ébauche.',
      en: 'The matrix is a draft again.',
    },
    'raci.announce.issues': {
      fr: '{count, plural, =0 {Plus aucun point à vérifier.} one {# point à vérifier.} other {# points à vérifier.}}',
      en: '{count, plural, =0 {No issues left to check.} one {# issue to check.} other {# issues to check.}}',
    },
    'raci.menu.label': { fr: 'Lettres : {task}, {role}', en: 'Letters: {task}, {role}' },
    'raci.legend': { fr: 'Légende', en: 'Legend' },
    'raci.workload': { fr: 'Répartition du travail', en: 'Division of labour' },
    'raci.workload.organization': { fr: 'Organisme', en: 'Organization' },
    'raci.workload.tasksLed': { fr: 'Tâches dirigées', en: 'Tasks led' },
    'raci.workload.responsible': { fr: 'R (responsable)', en: 'R (responsible)' },
    'raci.workload.accountable': { fr: 'A (assume la responsabilité)', en: 'A (accountable)' },
  }))();

/** The translate function of the RACI matrix's strings. */
export type RaciTranslate = import('../i18n/useMessages').Translate<
  Extract<keyof typeof RACI_MESSAGES, string>
>;

/** Words the issues a RACI grid meets: the matrix's rules and the reducer's refusals. */
export const formatRaciIssue = /* @__PURE__ */ createIssueFormatter(
  RACI_ISSUE_MESSAGES,
  ACTION_ISSUE_MESSAGES,
);
