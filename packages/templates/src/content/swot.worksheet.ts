import type { Worksheet } from './worksheet.types';

/**
 * WS-SWOT, the SWOT (FFPM) grid (Resource 3), one section per quadrant. In the guide's step 2 it
 * inventories financial and human resources in place and still needed. Section ids are the
 * quadrant names of the document's `swot`.
 */
export const SWOT_WORKSHEET: Worksheet = {
  id: 'swot',
  version: 1,
  title: { fr: 'Analyse FFPM', en: 'SWOT analysis' },
  intro: {
    fr: 'Forces et faiblesses sont internes; possibilités et menaces viennent de l’extérieur. Pensez d’abord aux ressources financières et humaines en place et à celles qui manquent.',
    en: 'Strengths and weaknesses are internal; opportunities and threats come from outside. Think first of the financial and human resources in place and those still needed.',
  },
  asksNextSteps: false,
  sections: [
    {
      id: 'strengths',
      title: { fr: 'Forces', en: 'Strengths' },
      questions: [
        {
          id: 'strengths-prompt',
          text: {
            fr: 'Qu’est-ce que nous faisons bien, et de quelles ressources disposons-nous déjà?',
            en: 'What do we do well, and what resources do we already have?',
          },
        },
      ],
    },
    {
      id: 'weaknesses',
      title: { fr: 'Faiblesses', en: 'Weaknesses' },
      questions: [
        {
          id: 'weaknesses-prompt',
          text: {
            fr: 'Qu’est-ce qui nous manque ou que nous pourrions mieux faire?',
            en: 'What do we lack, or could do better?',
          },
        },
      ],
    },
    {
      id: 'opportunities',
      title: { fr: 'Possibilités', en: 'Opportunities' },
      questions: [
        {
          id: 'opportunities-prompt',
          text: {
            fr: 'Quelles occasions extérieures le partenariat pourrait-il saisir?',
            en: 'Which outside opportunities could the partnership seize?',
          },
        },
      ],
    },
    {
      id: 'threats',
      title: { fr: 'Menaces', en: 'Threats' },
      questions: [
        {
          id: 'threats-prompt',
          text: {
            fr: 'Quels risques extérieurs pèsent sur le partenariat (financement, marché du travail)?',
            en: 'Which outside risks weigh on the partnership (funding, labour market)?',
          },
        },
      ],
    },
  ],
};
