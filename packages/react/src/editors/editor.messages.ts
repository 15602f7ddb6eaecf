import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';

/** Strings every partnership editor shares, in French and English. */
export const EDITOR_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'editor.up': { fr: 'Monter', en: 'Move up' },
    'editor.down': { fr: 'Descendre', en: 'Move down' },
    'editor.removeShort': { fr: 'Retirer', en: 'Remove' },
    // Names start with the visible label (WCAG 2.5.3, label in name), then say which item.
    'editor.moveUp': { fr: 'Monter « {item} »', en: 'Move up “{item}”' },
    'editor.moveDown': { fr: 'Descendre « {item} »', en: 'Move down “{item}”' },
    'editor.remove': { fr: 'Retirer « {item} »', en: 'Remove “{item}”' },
    'editor.confirm.title': { fr: 'Retirer « {item} »?', en: 'Remove “{item}”?' },
    'editor.confirm.description': {
      fr: '{count, plural, one {« {item} » est mentionné à un autre endroit du partenariat. Cette mention sera retirée aussi.} other {« {item} » est mentionné à # autres endroits du partenariat. Ces mentions seront retirées aussi.}}',
      en: '{count, plural, one {“{item}” is named in one other place in the partnership. That mention will be removed too.} other {“{item}” is named in # other places in the partnership. Those mentions will be removed too.}}',
    },
    'editor.confirm.remove': { fr: 'Retirer', en: 'Remove' },
    'editor.check': { fr: 'Vérifier cette section', en: 'Check this section' },
    'editor.checked': {
      fr: 'Rien à corriger dans cette section.',
      en: 'Nothing to fix in this section.',
    },
    'editor.announce.added': { fr: '« {item} » ajouté.', en: '“{item}” added.' },
    'editor.announce.removed': { fr: '« {item} » retiré.', en: '“{item}” removed.' },
    'editor.announce.moved': {
      fr: '« {item} » en position {position} sur {count}.',
      en: '“{item}” now {position} of {count}.',
    },
    'editor.none': { fr: 'Aucun', en: 'None' },
    'editor.fieldOf': { fr: '{field} ({item})', en: '{field} ({item})' },
    'editor.unknownOrganization': {
      fr: 'Organisme inconnu ({id})',
      en: 'Unknown organization ({id})',
    },
    'editor.untitled': { fr: 'Sans titre', en: 'Untitled' },
  }))();

/** A key of the shared editor strings. */
export type EditorMessageKey = Extract<keyof typeof EDITOR_MESSAGES, string>;
