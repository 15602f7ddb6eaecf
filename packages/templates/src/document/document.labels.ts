import type { BilingualText, Provision, Resource } from '@partnership-kit/core';
import type { AnnexId } from './template.types';

// The words the builder itself writes around the partners' values: table headers, list labels,
// signature lines. One term per concept in each language (DOMAIN.md glossary): « organisme »,
// « organisme chef de file » for the lead (never « organisation responsable », which collides with
// R = « Responsable »). Colons are written plainly: `typeset` gives French its no-break space.

/** Table headers and short labels. */
export const LABELS = {
  task: { fr: 'Tâche', en: 'Task' },
  lead: { fr: 'Organisme chef de file', en: 'Lead organization' },
  organization: { fr: 'Organisme', en: 'Organization' },
  contribution: { fr: 'Contribution', en: 'Contribution' },
  amount: { fr: 'Montant', en: 'Amount' },
  total: { fr: 'Total des contributions en place', en: 'Total of the contributions in place' },
  toFind: { fr: 'À trouver', en: 'Still needed' },
  pointsOfContact: { fr: 'Points de contact : ', en: 'Points of contact: ' },
  chair: { fr: ' (présidence)', en: ' (chair)' },
  guidance: { fr: 'Conseil : ', en: 'Guidance: ' },
  suggestion: { fr: 'Libellé proposé par le guide : ', en: 'Wording the guide suggests: ' },
  raciLegend: { fr: 'Légende :', en: 'Legend:' },
  raciAdopted: {
    fr: 'Matrice adoptée le {date, date}.',
    en: 'Matrix adopted on {date, date}.',
  },
  raciDraft: {
    fr: 'Ébauche : la matrice doit être adoptée avec les personnes qui occupent les rôles avant le début du travail.',
    en: 'Draft: the matrix must be adopted with the people in the roles before work starts.',
  },
} as const satisfies Record<string, BilingualText>;

/** What an MOU provision is (Resource 5: services, staff, funding, equipment, space, reports). */
export const PROVISION_KIND_LABELS: Readonly<Record<Provision['kind'], BilingualText>> = {
  service: { fr: 'Services', en: 'Services' },
  staff: { fr: 'Personnel', en: 'Staff' },
  funding: { fr: 'Financement', en: 'Funding' },
  equipment: { fr: 'Équipement', en: 'Equipment' },
  space: { fr: 'Locaux', en: 'Space' },
  report: { fr: 'Rapports', en: 'Reports' },
  other: { fr: 'Autre', en: 'Other' },
};

/** The lines under a provision: by whom, for whom, when. */
export const PROVISION_LABELS = {
  byWhom: { fr: 'Par : ', en: 'By: ' },
  toWhom: { fr: 'Pour : ', en: 'For: ' },
  when: { fr: 'Quand : ', en: 'When: ' },
} as const satisfies Record<string, BilingualText>;

/** Resource kinds as a resource list names them (EST-2: human, financial… resources). */
export const RESOURCE_KIND_LABELS: Readonly<Record<Resource['kind'], BilingualText>> = {
  human: { fr: 'ressources humaines', en: 'human resources' },
  financial: { fr: 'ressources financières', en: 'financial resources' },
  material: { fr: 'ressources matérielles', en: 'material resources' },
  information: { fr: 'information', en: 'information' },
  other: { fr: 'autres ressources', en: 'other resources' },
};

/** Whether a resource is there or still to find (EST-2). */
export const AVAILABILITY_LABELS = {
  'in-place': { fr: 'en place', en: 'in place' },
  needed: { fr: 'à trouver', en: 'still needed' },
} as const satisfies Record<string, BilingualText>;

/** The lines of the signature block (Resource 5: typed name and title, signature, date). */
export const SIGNATURE_LABELS = {
  signature: { fr: 'Signature', en: 'Signature' },
  nameAndTitle: { fr: 'Nom et titre', en: 'Name and title' },
  date: { fr: 'Date', en: 'Date' },
} as const satisfies Record<string, BilingualText>;

/** The annexes' names, after « Annexe A — ». */
export const ANNEX_NAMES: Readonly<Record<AnnexId, BilingualText>> = {
  raci: { fr: 'Matrice RACI', en: 'RACI matrix' },
  workPlan: { fr: 'Plan de travail', en: 'Work plan' },
  budget: { fr: 'Budget', en: 'Budget' },
  evaluationPlan: { fr: 'Plan d’évaluation', en: 'Evaluation plan' },
  termsOfReference: {
    fr: 'Mandat du comité directeur',
    en: 'Terms of reference of the steering committee',
  },
};

/** "Annexe A — Matrice RACI" / "Annex A — RACI matrix". */
export const ANNEX_TITLE = {
  fr: 'Annexe {letter} — {name}',
  en: 'Annex {letter} — {name}',
} as const satisfies BilingualText;
