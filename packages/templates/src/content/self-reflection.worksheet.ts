import { LEADERSHIP_AWARE_QUESTION_ID, WORKSHEET_IDS } from '@partnership-kit/core';
import type { Worksheet } from './worksheet.types';

/** WS-SELF, the organizational self-reflection worksheet (Resource 1): ten questions. */
export const SELF_REFLECTION_WORKSHEET: Worksheet = /* @__PURE__ */ (() => ({
  id: WORKSHEET_IDS.selfReflection,
  version: 1,
  title: {
    fr: 'Feuille de travail d’autoréflexion de l’organisme',
    en: 'Organizational self-reflection worksheet',
  },
  intro: {
    fr: 'Avant d’entrer dans un partenariat, réunissez l’équipe des services d’emploi pour répondre à ces questions\u00a0: vous verrez mieux vos forces, vos besoins, ce que vos clients retirent de vos services et où un autre organisme vous aiderait le plus. Pour chaque réponse, notez les prochaines étapes, qui s’en charge et pour quand.',
    en: 'Before entering a partnership, gather your employment services team to answer these questions: you will see your strengths and needs, what your clients get from your services, and where another organization would help most. For each answer, note the next steps, who takes them on and by when.',
  },
  asksNextSteps: true,
  sections: [
    {
      id: 'self-reflection',
      title: { fr: 'Questions', en: 'Questions' },
      questions: [
        {
          id: 'services-delivered-well',
          text: {
            fr: 'Quels services d’emploi offrons-nous bien?',
            en: 'Which employment services do we deliver well?',
          },
        },
        {
          id: 'services-to-improve',
          text: {
            fr: 'Quels services d’emploi pourrions-nous offrir plus efficacement?',
            en: 'Which employment services could we deliver more effectively?',
          },
        },
        {
          id: 'where-clients-succeed',
          text: { fr: 'Où nos clients réussissent-ils?', en: 'Where do our clients succeed?' },
        },
        {
          id: 'where-clients-struggle',
          text: {
            fr: 'Où nos clients n’arrivent-ils pas à réussir?',
            en: 'Where do our clients fail to succeed?',
          },
        },
        {
          id: 'current-collaborators',
          text: {
            fr: 'Avec quels organismes collaborons-nous déjà, officiellement ou non?',
            en: 'Which organizations do we already work with, formally or informally?',
          },
        },
        {
          id: 'potential-partners',
          text: {
            fr: 'Quels organismes pourraient nous aider à mieux servir les demandeuses et demandeurs d’emploi de notre région?',
            en: 'Which organizations could help us deliver better employment services in our area?',
          },
        },
        {
          id: 'why-partner',
          text: {
            fr: 'Pourquoi voulons-nous un partenariat avec un autre organisme, et qu’y gagnons-nous?',
            en: 'Why do we want to partner with another organization, and what do we gain?',
          },
        },
        {
          id: 'what-we-offer',
          text: {
            fr: 'Qu’avons-nous à offrir à un autre organisme?',
            en: 'What do we have to offer another organization?',
          },
        },
        {
          id: 'funding-sources',
          text: {
            fr: 'À quelles sources de financement avons-nous accès?',
            en: 'Which funding sources can we access?',
          },
        },
        {
          id: LEADERSHIP_AWARE_QUESTION_ID,
          text: {
            fr: 'Notre direction sait-elle que nous voulons travailler avec un autre organisme?',
            en: 'Does our leadership know that we intend to work with another organization?',
          },
        },
      ],
    },
  ],
}))();
