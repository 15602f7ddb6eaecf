import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';
import type { Translate } from '../i18n/useMessages';

/** Built-in strings of `FfpmGrid`, in French and English. */
export const FFPM_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'ffpm.title': { fr: 'Analyse FFPM', en: 'SWOT analysis' },
    'ffpm.strengths': { fr: 'Forces', en: 'Strengths' },
    'ffpm.weaknesses': { fr: 'Faiblesses', en: 'Weaknesses' },
    'ffpm.opportunities': { fr: 'Possibilités', en: 'Opportunities' },
    'ffpm.threats': { fr: 'Menaces', en: 'Threats' },
    'ffpm.strengths.hint': { fr: 'Interne, favorable', en: 'Internal, helpful' },
    'ffpm.weaknesses.hint': { fr: 'Interne, défavorable', en: 'Internal, harmful' },
    'ffpm.opportunities.hint': { fr: 'Externe, favorable', en: 'External, helpful' },
    'ffpm.threats.hint': { fr: 'Externe, défavorable', en: 'External, harmful' },
    'ffpm.empty': { fr: 'Aucun élément.', en: 'No items.' },
    'ffpm.add': { fr: 'Ajouter', en: 'Add' },
    'ffpm.newItem': { fr: 'Nouvel élément ({quadrant})', en: 'New item ({quadrant})' },
    'ffpm.kind': { fr: 'Type de ressource', en: 'Resource kind' },
    'ffpm.availability': { fr: 'Disponibilité', en: 'Availability' },
    'ffpm.none': { fr: 'Aucun', en: 'None' },
    'ffpm.kind.financial': { fr: 'Financière', en: 'Financial' },
    'ffpm.kind.human': { fr: 'Humaine', en: 'Human' },
    'ffpm.kind.material': { fr: 'Matérielle', en: 'Material' },
    'ffpm.kind.information': { fr: 'Information', en: 'Information' },
    'ffpm.kind.other': { fr: 'Autre', en: 'Other' },
    'ffpm.availability.in-place': { fr: 'En place', en: 'In place' },
    'ffpm.availability.needed': { fr: 'À trouver', en: 'Needed' },
    'ffpm.filterNeeded': {
      fr: 'Seulement les ressources à trouver',
      en: 'Only resources still needed',
    },
    'ffpm.edit': { fr: 'Modifier', en: 'Edit' },
    'ffpm.edit.name': { fr: 'Modifier « {item} »', en: 'Edit “{item}”' },
    'ffpm.remove': { fr: 'Supprimer', en: 'Remove' },
    'ffpm.remove.name': { fr: 'Supprimer « {item} »', en: 'Remove “{item}”' },
    'ffpm.moveUp': { fr: 'Monter', en: 'Move up' },
    // Names start with the visible label (WCAG 2.5.3, label in name), then say which item.
    'ffpm.moveUp.name': { fr: 'Monter « {item} »', en: 'Move up “{item}”' },
    'ffpm.moveDown': { fr: 'Descendre', en: 'Move down' },
    'ffpm.moveDown.name': { fr: 'Descendre « {item} »', en: 'Move down “{item}”' },
    'ffpm.moveTo': { fr: 'Déplacer vers…', en: 'Move to…' },
    'ffpm.moveTo.name': { fr: 'Déplacer vers… « {item} »', en: 'Move to… “{item}”' },
    'ffpm.text': { fr: 'Texte', en: 'Text' },
    'ffpm.textRequired': { fr: 'Écrivez le texte de l’élément.', en: 'Write the item’s text.' },
    'ffpm.untitled': { fr: 'Élément sans texte', en: 'Item without text' },
    'ffpm.help': {
      fr: 'Alt + flèche haut ou bas pour déplacer un élément dans sa case, Alt + flèche gauche ou droite pour le passer dans la case voisine.',
      en: 'Alt + up or down arrow to move an item within its box, Alt + left or right arrow to move it to the box beside.',
    },
    'ffpm.announce.added': {
      fr: '« {item} » ajouté à {quadrant}.',
      en: '“{item}” added to {quadrant}.',
    },
    'ffpm.announce.saved': { fr: '« {item} » enregistré.', en: '“{item}” saved.' },
    'ffpm.announce.removed': { fr: '« {item} » supprimé.', en: '“{item}” removed.' },
    'ffpm.announce.moved': {
      fr: '« {item} » déplacé vers {quadrant}.',
      en: '“{item}” moved to {quadrant}.',
    },
    'ffpm.announce.reordered': {
      fr: '« {item} » en position {position} sur {count}.',
      en: '“{item}” now {position} of {count}.',
    },
  }))();

/** The translate function of the SWOT grid's strings. */
export type FfpmTranslate = Translate<Extract<keyof typeof FFPM_MESSAGES, string>>;
