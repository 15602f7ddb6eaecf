import type {
  BilingualText,
  Language,
  LocalizedText,
  RaciLetter,
  RaciMatrix,
} from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';

/** A role the guide lists, ready to become a matrix column. */
export interface RaciPresetRole {
  readonly id: string;
  readonly title: BilingualText;
}

/** A task of the guide's example, with its example letters per preset role. */
export interface RaciPresetTask {
  readonly id: string;
  readonly label: BilingualText;
  /** The example's letters, by preset role id (the guide's table, Resource 4). */
  readonly example: Readonly<Record<string, RaciLetter>>;
}

/** The guide's five roles (RACI-3), in the order of its example matrix. */
export const RACI_PRESET_ROLES: readonly RaciPresetRole[] = [
  {
    id: 'job-coach',
    title: { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' },
  },
  {
    id: 'employment-specialist',
    title: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' },
  },
  { id: 'intake-worker', title: { fr: 'Agente ou agent d’admission', en: 'Intake worker' } },
  { id: 'program-manager', title: { fr: 'Gestionnaire de programme', en: 'Program manager' } },
  { id: 'executive', title: { fr: 'Direction générale', en: 'Executive director / CEO' } },
];

const row = (letters: string): Record<string, RaciLetter> =>
  Object.fromEntries(
    letters.split(' ').map((letter, i) => [RACI_PRESET_ROLES[i]?.id ?? '', letter as RaciLetter]),
  );

/** The guide's six example tasks, in order of completion (RACI-1), with its example letters. */
export const RACI_PRESET_TASKS: readonly RaciPresetTask[] = /* @__PURE__ */ (() => [
  {
    id: 'intake-forms',
    label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
    example: row('C C R A I'),
  },
  {
    id: 'assessment',
    label: {
      fr: 'Évaluation et vérification de l’admissibilité',
      en: 'Assessment and eligibility checks',
    },
    example: row('C C R A I'),
  },
  {
    id: 'discovery',
    label: {
      fr: 'Découverte et planification avec le client',
      en: 'Discovery and planning with the client',
    },
    example: row('R A C C I'),
  },
  {
    id: 'job-search',
    label: { fr: 'Recherche d’emploi', en: 'Job search' },
    example: row('C R I A I'),
  },
  {
    id: 'job-matching',
    label: { fr: 'Jumelage d’emploi', en: 'Job matching' },
    example: row('C R I A I'),
  },
  {
    id: 'job-coaching',
    label: { fr: 'Accompagnement en milieu de travail', en: 'Job coaching' },
    example: row('R A I I I'),
  },
])();

/** The sides of a built-in text a partnership written in `languages` keeps. */
function inLanguages(text: BilingualText, languages: readonly Language[]): LocalizedText {
  return Object.fromEntries(languages.map((lang) => [lang, text[lang]]));
}

/**
 * A RACI matrix to start from, in the partnership's languages: the guide's five roles and six
 * example tasks, with no lead organizations (they depend on the partners). With
 * `withExampleLetters`, the cells hold the guide's example, a worked illustration to adapt
 * rather than adopt.
 *
 * @example
 * ```ts
 * const raci = raciPresetMatrix(['fr', 'en'], { withExampleLetters: true });
 * raci.roles[0]?.title; // { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' }
 * ```
 */
export function raciPresetMatrix(
  languages: readonly Language[] = ['fr', 'en'],
  options: { withExampleLetters?: boolean } = {},
): RaciMatrix {
  return createRaciMatrix({
    roles: RACI_PRESET_ROLES.map((role) => ({
      id: role.id,
      title: inLanguages(role.title, languages),
    })),
    tasks: RACI_PRESET_TASKS.map((task) => ({
      id: task.id,
      label: inLanguages(task.label, languages),
      cells: options.withExampleLetters
        ? Object.fromEntries(Object.entries(task.example).map(([role, letter]) => [role, [letter]]))
        : {},
    })),
  });
}
