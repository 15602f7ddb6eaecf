import type { LocalizedText } from '../i18n/localized-text';

/**
 * The clauses a version-1 document printed in the guide's wording whatever its partners wrote,
 * frozen as they were when version 2 came: migrating the same saved document must always give
 * the same text, even after the guide's suggestions (agreement.clauses.ts) are reworded.
 */
export const V1_PRINTED_CLAUSES = {
  mou: {
    termination: {
      fr: 'Ce préavis laisse le temps d’informer chaque client et de mettre en place d’autres soutiens appropriés.',
      en: 'This notice leaves time to inform every client and to put other appropriate supports in place.',
    },
    conflictResolution: {
      fr: 'Si un désaccord survient, les parties abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Au besoin, elles font appel à une médiatrice ou à un médiateur indépendant.',
      en: 'If a disagreement arises, the parties address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. Where needed, they engage an independent mediator.',
    },
  },
  'partnership-agreement': {
    termination: {
      fr: 'Si les partenaires constatent que le partenariat n’est plus viable, ils peuvent y mettre fin honorablement, après examen des solutions de rechange par le comité directeur. Ils en avisent alors par écrit toutes les parties prenantes concernées et veillent à ce qu’aucun client ne reste sans soutien.',
      en: 'If the partners find that the partnership is no longer viable, they may end it honourably after the steering committee has reviewed the alternatives. They then notify all relevant stakeholders in writing and make sure that no client is left without support.',
    },
    conflictResolution: {
      fr: 'Si un désaccord survient, les partenaires abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Au besoin, ils font appel à une médiatrice ou à un médiateur indépendant.',
      en: 'If a disagreement arises, the partners address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. Where needed, they engage an independent mediator.',
    },
    decisionMaking: {
      fr: 'Le comité directeur cherche le consensus dans toutes ses décisions. À défaut de consensus, la présidence peut mettre la question aux voix : chaque partenaire dispose d’une voix et la décision est prise à la majorité simple.',
      en: 'The steering committee seeks consensus in all its decisions. Failing consensus, the chair may put the question to a vote: each partner has one vote and the decision is made by simple majority.',
    },
  },
} as const satisfies Record<
  'mou' | 'partnership-agreement',
  Partial<Record<string, LocalizedText>>
>;
