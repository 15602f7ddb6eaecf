import type { LocalizedText } from '../i18n/localized-text';

/** One item of the dissolution checklist. */
export interface DissolutionChecklistItem {
  readonly id: string;
  readonly ruleId: string;
  readonly text: LocalizedText;
  /** Only for partners who close while recognizing what was achieved (DIS-4 b). */
  readonly celebrateOnly?: boolean;
}

/**
 * What ending a partnership well takes (DIS-2, DIS-3, DIS-5), in French and English. Ids are
 * stable: `Dissolution.checklist` records the done items by id.
 */
export const DISSOLUTION_CHECKLIST: readonly DissolutionChecklistItem[] = [
  {
    id: 'written-notice',
    ruleId: 'DIS-2',
    text: {
      fr: 'Donner un avis écrit et convenir de la date de fin.',
      en: 'Give written notice and agree on the end date.',
    },
  },
  {
    id: 'inform-stakeholders',
    ruleId: 'DIS-3',
    text: {
      fr: 'Informer chaque partie prenante : demandeurs d’emploi, entreprises, bailleurs de fonds, communauté.',
      en: 'Inform every stakeholder: job seekers, businesses, funders, the community.',
    },
  },
  {
    id: 'hand-over-clients',
    ruleId: 'DIS-3',
    text: {
      fr: 'Assurer à chaque demandeur d’emploi un autre soutien : aucun client ne reste sans service.',
      en: 'Arrange other support for every job seeker: no client is left without service.',
    },
  },
  {
    id: 'recognize-achievements',
    ruleId: 'DIS-5',
    text: {
      fr: 'Relever les principales réalisations et reconnaître tout le personnel qui y a contribué.',
      en: 'Identify the main achievements and recognize all the staff involved.',
    },
  },
  {
    id: 'plan-communication',
    ruleId: 'DIS-5',
    text: {
      fr: 'Décider comment informer les personnes à l’intérieur et à l’extérieur du partenariat.',
      en: 'Decide how to inform people inside and outside the partnership.',
    },
  },
  {
    id: 'document-history',
    ruleId: 'DIS-5',
    text: {
      fr: 'Documenter l’histoire du partenariat et les leçons apprises.',
      en: 'Document the partnership’s history and the lessons learned.',
    },
  },
  {
    id: 'celebrate',
    ruleId: 'DIS-5',
    celebrateOnly: true,
    text: {
      fr: 'Choisir un moment, un lieu et une activité pour célébrer.',
      en: 'Choose a time, a place and an event to celebrate.',
    },
  },
];
