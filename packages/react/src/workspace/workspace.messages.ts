import { GUIDE_MESSAGES } from '../guide/guide.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `PartnershipWorkspace`, in French and English. */
export const WORKSPACE_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...GUIDE_MESSAGES,
    'workspace.title': { fr: 'Partenariat', en: 'Partnership' },
    'workspace.untitled': { fr: 'Partenariat sans nom', en: 'Untitled partnership' },
    'workspace.steps': { fr: 'Étapes du partenariat', en: 'Partnership steps' },
    'workspace.tools': { fr: 'Outils du partenariat', en: 'Partnership tools' },
    'workspace.undo': { fr: 'Défaire', en: 'Undo' },
    'workspace.redo': { fr: 'Refaire', en: 'Redo' },
    'workspace.language': { fr: 'Langue de l’interface', en: 'Interface language' },
    'workspace.language.fr': { fr: 'Français', en: 'Français' },
    'workspace.language.en': { fr: 'English', en: 'English' },
    'workspace.view.active': {
      fr: 'Partenariat actif : rencontres et examens',
      en: 'Active: meetings and reviews',
    },
    'workspace.view.dissolution': { fr: 'Fin du partenariat', en: 'Ending the partnership' },
    'workspace.view.current': { fr: 'étape en cours', en: 'current step' },
    'workspace.announce.undo': { fr: 'Modification défaite.', en: 'Change undone.' },
    'workspace.announce.redo': { fr: 'Modification refaite.', en: 'Change redone.' },
    'workspace.announce.nothing': { fr: 'Rien à défaire.', en: 'Nothing to undo.' },
    'workspace.announce.nothingToRedo': { fr: 'Rien à refaire.', en: 'Nothing to redo.' },
    'workspace.saved': { fr: 'Ébauche enregistrée.', en: 'Draft saved.' },
    'workspace.draft.found': {
      fr: 'Une ébauche plus récente que ce partenariat a été trouvée.',
      en: 'A draft newer than this partnership was found.',
    },
    'workspace.draft.restore': { fr: 'Reprendre l’ébauche', en: 'Restore the draft' },
    'workspace.draft.discard': { fr: 'Ignorer l’ébauche', en: 'Discard the draft' },
    'workspace.reviews': { fr: 'Examens officiels', en: 'Formal reviews' },
    'workspace.reviews.none': { fr: 'Aucun examen pour l’instant.', en: 'No review yet.' },
    'workspace.reviews.start': { fr: 'Commencer un examen', en: 'Start a review' },
    'workspace.reviews.of': { fr: 'Examen du {date, date}', en: 'Review of {date, date}' },
    'workspace.selfReflection': {
      fr: 'Réflexion de chaque organisme',
      en: 'Each organization’s self-reflection',
    },
    'workspace.selfReflection.organization': { fr: 'Organisme', en: 'Organization' },
    'workspace.dissolution.start': {
      fr: 'Commencer la dissolution',
      en: 'Start ending the partnership',
    },
    'workspace.dissolution.none': {
      fr: 'Le partenariat n’est pas en voie de dissolution.',
      en: 'The partnership is not being ended.',
    },
  }))();

/** The translate function of the workspace's strings. */
export type WorkspaceTranslate = import('../i18n/useMessages').Translate<
  Extract<keyof typeof WORKSPACE_MESSAGES, string>
>;
