import { defineMessages } from '../i18n/messages';

/** Strings about a fully signed agreement, shared by `AgreementTermsForm` and `SignaturesPanel`. */
export const SIGNED_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    'signed.note': {
      fr: 'Toutes les parties ont signé cette entente : elle est maintenant en lecture seule. Tout changement doit faire l’objet d’une modification écrite, signée par toutes les parties.',
      en: 'Every party has signed this agreement: it is now read-only. Any change must go through a written amendment signed by all parties.',
    },
    'signed.unlock': { fr: 'Corriger une erreur de saisie', en: 'Correct a data-entry error' },
    'signed.unlock.title': {
      fr: 'Modifier une entente signée?',
      en: 'Change a signed agreement?',
    },
    'signed.unlock.description': {
      fr: 'Ne corrigez ici qu’une erreur de saisie (une faute de frappe, une date mal inscrite). Un changement aux modalités doit faire l’objet d’une modification écrite, signée par toutes les parties.',
      en: 'Only correct a data-entry error here (a typo, a date entered wrongly). A change to the terms must go through a written amendment signed by all parties.',
    },
    'signed.unlock.confirm': { fr: 'Corriger', en: 'Correct' },
    'signed.unlocked': {
      fr: 'Correction permise. Toute modification des modalités passe par une modification écrite.',
      en: 'Correction allowed. Any change to the terms goes through a written amendment.',
    },
  }))();

/** A key of {@link SIGNED_MESSAGES}. */
export type SignedMessageKey = Extract<keyof typeof SIGNED_MESSAGES, string>;
