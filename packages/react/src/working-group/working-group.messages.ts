import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `WorkingGroupEditor`, in French and English. */
export const WORKING_GROUP_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'workingGroup.title': { fr: 'Groupe de travail', en: 'Working group' },
    'workingGroup.intro': {
      fr: 'Les représentantes et représentants de chaque organisme qui documentent chaque étape du partenariat.',
      en: 'The representatives of each organization who document each step of the partnership.',
    },
    'workingGroup.empty': { fr: 'Personne pour l’instant.', en: 'No one yet.' },
    'workingGroup.member': { fr: 'Membre {n} : {name}', en: 'Member {n}: {name}' },
    'workingGroup.memberTitle': { fr: 'Titre du poste', en: 'Job title' },
    'workingGroup.name': { fr: 'Nom (facultatif)', en: 'Name (optional)' },
    'workingGroup.organization': { fr: 'Organisme', en: 'Organization' },
    'workingGroup.email': { fr: 'Courriel (facultatif)', en: 'Email (optional)' },
    'workingGroup.add': { fr: 'Ajouter un membre', en: 'Add a member' },
  }))();

/** The translate function of the working group editor's strings. */
export type WorkingGroupTranslate = import('../i18n/useMessages').Translate<
  Extract<keyof typeof WORKING_GROUP_MESSAGES, string>
>;
