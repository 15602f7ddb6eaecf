import type { BilingualText, RaciLetter } from '@partnership-kit/core';

/** What one RACI letter means, in both languages. */
export interface RaciLetterContent {
  /** The letter itself, the same in both languages (the guide keeps R, A, C, I in French). */
  readonly letter: RaciLetter;
  /** The role's name: "Responsable" / "Responsible". */
  readonly name: BilingualText;
  /** Who holds it and what they do, as the guide explains it (Resource 4). */
  readonly description: BilingualText;
}

/**
 * The RACI legend printed under every matrix (Resource 4 of the guide; rules RACI-4 to RACI-7).
 * Written as data so that the React legend, the HTML/Markdown/DOCX renderers and a portal's own
 * UI all show the same words.
 */
export const RACI_LEGEND: readonly RaciLetterContent[] = [
  {
    letter: 'R',
    name: { fr: 'Responsable', en: 'Responsible' },
    description: {
      fr: 'La personne qui exécute le travail pour accomplir la tâche. En règle générale, une seule personne.',
      en: 'The person who does the work to complete the task. As a rule, a single person.',
    },
  },
  {
    letter: 'A',
    name: { fr: 'Assume la responsabilité', en: 'Accountable' },
    description: {
      fr: 'La personne qui répond en fin de compte de l’achèvement de la tâche, avec pouvoir de décision et de veto. Une seule par tâche.',
      en: 'The person ultimately answerable for completing the task, with decision and veto power. Only one per task.',
    },
  },
  {
    letter: 'C',
    name: { fr: 'Consulté', en: 'Consulted' },
    description: {
      fr: 'Les personnes qui apportent leur expertise et avec qui la communication va dans les deux sens.',
      en: 'The people who contribute their expertise, with communication going both ways.',
    },
  },
  {
    letter: 'I',
    name: { fr: 'Informé', en: 'Informed' },
    description: {
      fr: 'Les personnes tenues au courant des progrès, dans une communication à sens unique.',
      en: 'The people kept up to date on progress, with communication going one way.',
    },
  },
];
