import {
  type LocalizedText,
  type Organization,
  organizationLabel,
  type Partnership,
  WORKSHEET_IDS,
} from '@partnership-kit/core';
import type { DocumentLanguage } from './document.types';

/** What a field reads: the partnership, the organization of the current repetition, the language. */
export interface FieldContext {
  readonly partnership: Partnership;
  readonly organization?: Organization;
  readonly lang: DocumentLanguage;
}

/** How one field gets its value from the partnership document. */
export interface FieldDefinition {
  readonly label: LocalizedText;
  /** The value, or undefined when the document does not have it yet (a visible placeholder). */
  readonly value: (context: FieldContext) => string | undefined;
}

const text = (value: string | undefined) =>
  value !== undefined && value.trim() !== '' ? value : undefined;
const number = (value: number | undefined) => (value === undefined ? undefined : String(value));
const wording =
  (key: keyof NonNullable<NonNullable<Partnership['agreement']>['wording']>) => (c: FieldContext) =>
    text(c.partnership.agreement?.wording?.[key]);

/** The answer to one question of the conversation guide, when it was answered. */
const conversationAnswer = (questionId: string) => (c: FieldContext) => {
  const response = c.partnership.worksheets.find(
    (w) => w.worksheetId === WORKSHEET_IDS.conversationGuide,
  );
  return response && Object.hasOwn(response.answers, questionId)
    ? text(response.answers[questionId]?.answer)
    : undefined;
};

/**
 * Every field a template can use, with its label in both languages. Fields that start with
 * `organization.` read the organization of the current repetition (`eachOrganization`,
 * `organizationList`).
 */
export const FIELDS = {
  'partnership.name': {
    label: { fr: 'nom du partenariat', en: 'partnership name' },
    value: (c) => text(c.partnership.name),
  },
  'partnership.purpose': {
    label: { fr: 'but du partenariat', en: 'purpose of the partnership' },
    value: (c) => text(c.partnership.purpose),
  },
  'partnership.scope': {
    label: { fr: 'portée du partenariat', en: 'scope of the partnership' },
    value: (c) => text(c.partnership.scope),
  },
  'partnership.why': {
    label: {
      fr: 'raison pour laquelle les parties s’engagent',
      en: 'why the parties enter this partnership',
    },
    value: conversationAnswer('purpose-why'),
  },
  'organization.legalName': {
    label: { fr: 'nom juridique de l’organisation', en: 'legal name of the organization' },
    value: (c) => text(c.organization?.legalName),
  },
  'organization.address': {
    label: { fr: 'adresse de l’organisation', en: 'address of the organization' },
    value: (c) => text(c.organization?.address),
  },
  'organization.mission': {
    label: { fr: 'mission de l’organisation', en: 'mission of the organization' },
    value: (c) => text(c.organization?.mission),
  },
  'organization.pointsOfContact': {
    label: { fr: 'points de contact (titres de poste)', en: 'points of contact (job titles)' },
    value: (c) =>
      text(
        c.organization?.pointsOfContact
          .map((p) => p.title.trim())
          .filter(Boolean)
          .join('; '),
      ),
  },
  'organization.responsibilities': {
    label: { fr: 'responsabilités de l’organisation', en: 'responsibilities of the organization' },
    // What it leads (RACI tasks, pathway phases), then the phases it supports.
    value: (c) => {
      const id = c.organization?.id;
      if (id === undefined) return undefined;
      const { raci, pathway } = c.partnership;
      const phases = pathway?.phases ?? [];
      const led = [
        ...raci.tasks
          .filter((task) => task.leadOrganizationId === id)
          .map((task) => task.label.trim()),
        ...phases
          .filter((phase) => phase.leadOrganizationId === id)
          .map((phase) => phase.name.trim()),
      ];
      const support = c.lang === 'fr' ? ' (soutien)' : ' (support)';
      const supported = phases
        .filter((phase) => phase.supportingOrganizationIds.includes(id))
        .map((phase) => `${phase.name.trim()}${support}`);
      return text([...new Set(led)].filter(Boolean).concat(supported).join('; '));
    },
  },
  'agreement.termYears': {
    label: { fr: 'durée en années', en: 'term in years' },
    value: (c) => number(c.partnership.agreement?.termYears),
  },
  'agreement.noticeDays': {
    label: { fr: 'délai de préavis en jours', en: 'notice period in days' },
    value: (c) => number(c.partnership.agreement?.noticeDays),
  },
  'agreement.values': {
    label: { fr: 'valeurs du partenariat', en: 'partnership values' },
    value: wording('values'),
  },
  'agreement.liabilityAndInsurance': {
    label: { fr: 'responsabilité et assurance', en: 'liability and insurance' },
    value: wording('liabilityAndInsurance'),
  },
  'agreement.evaluation': {
    label: { fr: 'plan d’évaluation', en: 'evaluation plan' },
    value: wording('evaluation'),
  },
  'agreement.decisionMaking': {
    label: { fr: 'prise de décision', en: 'decision-making' },
    value: wording('decisionMaking'),
  },
  'agreement.conflictResolution': {
    label: { fr: 'résolution des conflits', en: 'conflict resolution' },
    value: wording('conflictResolution'),
  },
  'agreement.termination': {
    label: { fr: 'fin de la participation', en: 'ending a partner’s participation' },
    value: wording('termination'),
  },
  'meetings.reviewIntervalMonths': {
    label: { fr: 'intervalle des examens en mois', en: 'months between formal reviews' },
    value: (c) => number(c.partnership.meetings.reviewIntervalMonths),
  },
  'raci.matrix': { label: { fr: 'matrice RACI', en: 'RACI matrix' }, value: () => undefined },
  'resources.inKind': {
    label: { fr: 'ressources engagées', en: 'resource commitments' },
    value: () => undefined,
  },
  'resources.financial': {
    label: { fr: 'engagements financiers', en: 'financial commitments' },
    value: () => undefined,
  },
  'signature.signatory': {
    label: { fr: 'nom et titre du signataire', en: 'signatory’s name and title' },
    value: () => undefined,
  },
  'signature.date': {
    label: { fr: 'date de signature', en: 'date signed' },
    value: () => undefined,
  },
} as const satisfies Record<string, FieldDefinition>;

/** The id of a field of {@link FIELDS}. */
export type FieldId = keyof typeof FIELDS;

/** The name shown for an organization in tables: its short name, else its legal name. */
export function organizationName(
  partnership: Partnership,
  id: string | undefined,
): string | undefined {
  const organization = partnership.organizations.find((o) => o.id === id);
  return organization ? organizationLabel(organization) : id;
}
