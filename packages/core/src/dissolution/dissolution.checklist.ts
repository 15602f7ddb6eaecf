import type { BilingualText } from '../i18n/localized-text';

/** One item of the dissolution checklist. */
export interface DissolutionChecklistItem {
  readonly id: string;
  readonly ruleId: string;
  readonly text: BilingualText;
  /** Only on this path; on both when absent. */
  readonly onlyFor?: 'end-on-date' | 'celebrate-and-close';
}

/**
 * What ending a partnership well takes (DIS-2..5), in French and English. The recognition steps
 * of DIS-5 apply whichever way the partners end it; closing with recognition (DIS-4 b) also
 * lays the ground for future work. Ids are stable: `Dissolution.checklist` records the done
 * items by id.
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
      fr: 'Informer chaque partie prenante : demandeuses et demandeurs d’emploi, entreprises, bailleurs de fonds, communauté.',
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
      fr: 'Documenter l’histoire du partenariat et les leçons tirées.',
      en: 'Document the partnership’s history and the lessons learned.',
    },
  },
  {
    id: 'celebrate',
    ruleId: 'DIS-5',
    text: {
      fr: 'Choisir un moment, un lieu et une activité pour célébrer.',
      en: 'Choose a time, a place and an event to celebrate.',
    },
  },
  {
    id: 'lay-groundwork',
    ruleId: 'DIS-4',
    onlyFor: 'celebrate-and-close',
    text: {
      fr: 'Jeter les bases d’une collaboration future : garder le contact et noter où les partenaires pourraient travailler de nouveau ensemble.',
      en: 'Lay the ground for future work: keep in touch and note where the partners could work together again.',
    },
  },
];
