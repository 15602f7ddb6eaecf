import type { BilingualText } from '../i18n/localized-text';

/** One question of the formal review. Phrased so that "yes" is the healthy answer. */
export interface ReviewQuestion {
  readonly id: string;
  readonly text: BilingualText;
}

/** One of the five areas a formal review covers (REV-3). */
export interface ReviewArea {
  readonly id: 'leadership' | 'division-of-labour' | 'new-opportunities' | 'funding' | 'visibility';
  readonly title: BilingualText;
  readonly questions: readonly ReviewQuestion[];
}

/**
 * The formal review checklist (REV-3): five areas and their questions, in French and English.
 * Question ids are stable: saved reviews (`ReviewRecord.answers`) are keyed by them.
 */
export const REVIEW_CHECKLIST: readonly ReviewArea[] = [
  {
    id: 'leadership',
    title: { fr: 'Leadership', en: 'Leadership' },
    questions: [
      {
        id: 'leadership-1',
        text: {
          fr: 'Les bonnes personnes occupent-elles les rôles de décision et d’approbation?',
          en: 'Are the right people in the decision and approval roles?',
        },
      },
      {
        id: 'leadership-2',
        text: {
          fr: 'Ces personnes sont-elles réactives et en mesure de soutenir les équipes?',
          en: 'Are they responsive and able to support the teams?',
        },
      },
    ],
  },
  {
    id: 'division-of-labour',
    title: { fr: 'Répartition du travail', en: 'Division of labour' },
    questions: [
      {
        id: 'division-of-labour-1',
        text: { fr: 'Les rôles sont-ils les bons?', en: 'Are the roles right?' },
      },
      {
        id: 'division-of-labour-2',
        text: {
          fr: 'La charge de travail de chaque organisation est-elle à la mesure de ce qu’elle en retire?',
          en: 'Is each organization’s workload in line with the benefit it gets?',
        },
      },
      {
        id: 'division-of-labour-3',
        text: {
          fr: 'Les rôles servent-ils les demandeuses et demandeurs d’emploi?',
          en: 'Do the roles serve the job seeker?',
        },
      },
      {
        id: 'division-of-labour-4',
        text: {
          fr: 'Les rôles mènent-ils les demandeuses et demandeurs d’emploi à la réussite?',
          en: 'Do the roles lead to the job seeker’s success?',
        },
      },
    ],
  },
  {
    id: 'new-opportunities',
    title: { fr: 'Nouvelles possibilités de partenariat', en: 'New partnership opportunities' },
    questions: [
      {
        id: 'new-opportunities-1',
        text: {
          fr: 'Les fournisseurs collaborent-ils d’une manière qui mène à de nouveaux services, à de meilleurs résultats ou à un meilleur usage des ressources?',
          en: 'Do the providers work together in ways that lead to new services, better results or a better use of resources?',
        },
      },
      {
        id: 'new-opportunities-2',
        text: { fr: 'Le partenariat peut-il s’élargir?', en: 'Can the partnership grow?' },
      },
      {
        id: 'new-opportunities-3',
        text: {
          fr: 'Des moyens d’améliorer les services ont-ils été trouvés?',
          en: 'Have ways to improve the services been found?',
        },
      },
    ],
  },
  {
    id: 'funding',
    title: { fr: 'Financement', en: 'Funding' },
    questions: [
      {
        id: 'funding-1',
        text: {
          fr: 'Les fournisseurs tirent-ils le meilleur parti de leur financement pour le personnel et les clients?',
          en: 'Do the providers make the most of their funding for staff and clients?',
        },
      },
      {
        id: 'funding-2',
        text: {
          fr: 'Le financement est-il employé au mieux, sans meilleur usage connu?',
          en: 'Is the funding put to its best use, with no better use known?',
        },
      },
      {
        id: 'funding-3',
        text: {
          fr: 'Les cibles sont-elles atteintes et les contrats de financement public respectés?',
          en: 'Are targets met and government funding contracts respected?',
        },
      },
    ],
  },
  {
    id: 'visibility',
    title: { fr: 'Visibilité et appui du public', en: 'Visibility and public support' },
    questions: [
      {
        id: 'visibility-1',
        text: {
          fr: 'La communauté connaît-elle mieux les services?',
          en: 'Is the community more aware of the services?',
        },
      },
      {
        id: 'visibility-2',
        text: {
          fr: 'Plus d’entreprises collaborent-elles?',
          en: 'Are more businesses cooperating?',
        },
      },
      {
        id: 'visibility-3',
        text: {
          fr: 'Les entreprises sont-elles satisfaites (un court sondage de satisfaction le dira)?',
          en: 'Are businesses satisfied (a short satisfaction survey tells)?',
        },
      },
      {
        id: 'visibility-4',
        text: {
          fr: 'Davantage de demandeuses et demandeurs d’emploi sont-ils servis depuis le début?',
          en: 'Are more job seekers served than at the start?',
        },
      },
    ],
  },
];
