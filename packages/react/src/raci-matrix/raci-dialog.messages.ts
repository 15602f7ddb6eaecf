import { defineMessages } from '../i18n/messages';

/**
 * The strings of the RACI grid's task and role dialog and its letter picker: loaded with them, the
 * first time someone opens one, not with the grid. Override them by key like any other.
 */
export const RACI_DIALOG_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    'raci.task.new': { fr: 'Nouvelle tâche', en: 'New task' },
    'raci.task.dialog': { fr: 'Modifier la tâche', en: 'Edit the task' },
    'raci.task.label': { fr: 'Nom de la tâche', en: 'Task name' },
    'raci.task.labelRequired': { fr: 'Donnez un nom à la tâche.', en: 'Give the task a name.' },
    'raci.task.remove': { fr: 'Supprimer la tâche', en: 'Remove the task' },
    'raci.role.new': { fr: 'Nouveau rôle', en: 'New role' },
    'raci.role.dialog': { fr: 'Modifier le rôle', en: 'Edit the role' },
    'raci.role.title': { fr: 'Titre du poste', en: 'Job title' },
    'raci.role.titleRequired': {
      fr: 'Donnez un titre au poste.',
      en: 'Give the role a job title.',
    },
    'raci.role.organization': { fr: 'Organisme', en: 'Organization' },
    'raci.role.remove': { fr: 'Supprimer le rôle', en: 'Remove the role' },
    'raci.add': { fr: 'Ajouter', en: 'Add' },
    'raci.position': {
      fr: 'Position {position} sur {count}',
      en: 'Position {position} of {count}',
    },
    'raci.positionLabel': { fr: 'Position dans la liste', en: 'Position in the list' },
    'raci.menu.clear': { fr: 'Vider la cellule', en: 'Clear the cell' },
    'raci.menu.hint': {
      fr: 'Choisissez une lettre; Maj + clic ou Espace pour en combiner.',
      en: 'Choose a letter; Shift + click or Space to combine.',
    },
  }))();

/** The translate function of the RACI dialog's and letter picker's strings. */
export type RaciDialogTranslate = import('../i18n/useMessages').Translate<
  Extract<keyof typeof RACI_DIALOG_MESSAGES, string>
>;
