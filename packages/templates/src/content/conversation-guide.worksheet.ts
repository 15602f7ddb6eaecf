import { WORKSHEET_IDS } from '@partnership-kit/core';
import type { Worksheet } from './worksheet.types';

/**
 * WS-TALK, the partnership questions (Resource 2), a guide for the first conversations. The
 * French edition prints "impact on our clients" twice; it is asked once here.
 */
export const CONVERSATION_GUIDE_WORKSHEET: Worksheet = /* @__PURE__ */ (() => ({
  id: WORKSHEET_IDS.conversationGuide,
  version: 1,
  title: {
    fr: 'Questions relatives au partenariat\u00a0: guide de conversation',
    en: 'Partnership questions: a conversation guide',
  },
  intro: {
    fr: 'Des questions à discuter ensemble quand vous envisagez un partenariat.',
    en: 'Questions to discuss together when you consider a partnership.',
  },
  asksNextSteps: false,
  sections: [
    {
      id: 'purpose',
      title: { fr: 'Raison d’être', en: 'Purpose' },
      questions: [
        {
          id: 'purpose-why',
          text: {
            fr: 'Pourquoi voulons-nous former un partenariat?',
            en: 'Why do we want to form a partnership?',
          },
        },
        {
          id: 'purpose-benefits',
          text: {
            fr: 'Qu’avons-nous à gagner à travailler ensemble?',
            en: 'What are the benefits of working together?',
          },
        },
      ],
    },
    {
      id: 'impacts',
      title: { fr: 'Retombées', en: 'Impacts' },
      questions: [
        {
          id: 'impacts-outcomes',
          text: {
            fr: 'Que voulons-nous voir arriver grâce à notre collaboration?',
            en: 'What do we want to happen because we work together?',
          },
        },
        {
          id: 'impacts-clients',
          text: {
            fr: 'Quelles seront les retombées pour nos clients?',
            en: 'What will the impact be on our clients?',
          },
        },
        {
          id: 'impacts-organizations',
          text: {
            fr: 'Quelles seront les retombées pour nos organismes?',
            en: 'What will the impact be on our organizations?',
          },
        },
        {
          id: 'impacts-other',
          text: {
            fr: 'Quelles autres retombées ce partenariat pourrait-il avoir?',
            en: 'What other impacts could this partnership have?',
          },
        },
      ],
    },
    {
      id: 'objectives',
      title: { fr: 'Objectifs', en: 'Objectives' },
      questions: [
        {
          id: 'objectives-what',
          text: {
            fr: 'Quels sont nos objectifs de partenariat?',
            en: 'What are our partnership objectives?',
          },
        },
        {
          id: 'objectives-measure',
          text: {
            fr: 'Comment saurons-nous que nous les avons atteints?',
            en: 'How will we know we have reached them?',
          },
        },
      ],
    },
    {
      id: 'value',
      title: { fr: 'Valeur', en: 'Value' },
      questions: [
        {
          id: 'value-worth',
          text: {
            fr: 'Le résultat vaut-il les efforts et les ressources?',
            en: 'Is the result worth the effort and the resources?',
          },
        },
        {
          id: 'value-effectiveness',
          text: {
            fr: 'En quoi serons-nous plus efficaces ensemble?',
            en: 'How will we be more effective together?',
          },
        },
        {
          id: 'value-efficiencies',
          text: {
            fr: 'Quels gains d’efficacité ferons-nous ensemble?',
            en: 'What efficiencies will we gain together?',
          },
        },
      ],
    },
    {
      id: 'alternatives',
      title: { fr: 'Solutions de rechange', en: 'Alternatives' },
      questions: [
        {
          id: 'alternatives-practices',
          text: {
            fr: 'Quelles pratiques exemplaires voulons-nous suivre ensemble?',
            en: 'Which best practices do we want to follow together?',
          },
        },
        {
          id: 'alternatives-mistakes',
          text: {
            fr: 'Si nous faisons des erreurs, comment en tirerons-nous des leçons pour les éviter?',
            en: 'If we make mistakes, how will we learn from them and avoid them?',
          },
        },
      ],
    },
    {
      id: 'next-steps',
      title: { fr: 'Prochaines étapes', en: 'Next steps' },
      questions: [
        {
          id: 'next-steps-who',
          text: {
            fr: 'Qui faut-il inclure pour faire avancer ce partenariat?',
            en: 'Who must be included to move this partnership forward?',
          },
        },
        {
          id: 'next-steps-when',
          text: {
            fr: 'Quand voulons-nous commencer à travailler ensemble?',
            en: 'When do we want to start working together?',
          },
        },
      ],
    },
  ],
}))();
