import {
  type BilingualText,
  CLAUSE_IDS,
  CLAUSE_NAMES,
  type ClauseId,
  isEmptyText,
  type LocalizedText,
  localize,
  type Organization,
  organizationLabel,
  type Partnership,
} from '@partnership-kit/core';
import type { DocumentLanguage } from './document.types';

/** What a field reads: the partnership, the organization of the current repetition, the language. */
export interface FieldContext {
  readonly partnership: Partnership;
  readonly organization?: Organization;
  readonly lang: DocumentLanguage;
}

/** A value of a field, with the language it is really written in. */
export interface FieldValue {
  readonly text: string;
  readonly lang: DocumentLanguage;
}

/** How one field gets its value from the partnership document. */
export interface FieldDefinition {
  readonly label: BilingualText;
  /**
   * The value — several for a list, shown one after the other — or undefined when the document
   * does not have it yet (a visible placeholder).
   */
  readonly value: (context: FieldContext) => FieldValue | readonly FieldValue[] | undefined;
}

/** A text people wrote, in the part's language or, missing that, the other one (marked). */
export function localized(
  text: LocalizedText | undefined,
  lang: DocumentLanguage,
): FieldValue | undefined {
  if (isEmptyText(text)) return undefined;
  const { text: value, lang: real } = localize(text, lang);
  return { text: value, lang: real };
}

/** A proper name or number, the same in both languages. */
const plain = (
  value: string | number | undefined,
  lang: DocumentLanguage,
): FieldValue | undefined =>
  value === undefined || String(value).trim() === '' ? undefined : { text: String(value), lang };

/** Several texts as one list value, or undefined when there are none. */
function list(
  texts: readonly (LocalizedText | undefined)[],
  lang: DocumentLanguage,
): readonly FieldValue[] | undefined {
  const values = texts.flatMap((text) => localized(text, lang) ?? []);
  return values.length > 0 ? values : undefined;
}

/** REV-2: no document promises fewer than two formal reviews a year. */
const MAX_REVIEW_INTERVAL_MONTHS = 6;

const clauseFields = Object.fromEntries(
  CLAUSE_IDS.map((clause) => [
    `clause.${clause}`,
    {
      label: {
        fr: CLAUSE_NAMES[clause].fr.toLowerCase(),
        en: CLAUSE_NAMES[clause].en.toLowerCase(),
      },
      value: (c: FieldContext) => localized(c.partnership.agreement?.clauses[clause], c.lang),
    },
  ]),
) as Record<`clause.${ClauseId}`, FieldDefinition>;

/**
 * Every field a template can use, with its label in both languages. Fields that start with
 * `organization.` read the organization of the current repetition (`eachOrganization`,
 * `organizationList`).
 */
export const FIELDS = {
  'partnership.name': {
    label: { fr: 'nom du partenariat', en: 'partnership name' },
    value: (c) => localized(c.partnership.name, c.lang),
  },
  'partnership.purpose': {
    label: { fr: 'but du partenariat', en: 'purpose of the partnership' },
    value: (c) => localized(c.partnership.purpose, c.lang),
  },
  'partnership.scope': {
    label: { fr: 'portée du partenariat', en: 'scope of the partnership' },
    value: (c) => localized(c.partnership.scope, c.lang),
  },
  'partnership.why': {
    label: {
      fr: 'raison pour laquelle les parties s’engagent',
      en: 'why the parties enter this partnership',
    },
    value: (c) => localized(c.partnership.why, c.lang),
  },
  'partnership.values': {
    label: { fr: 'valeurs du partenariat', en: 'partnership values' },
    value: (c) => localized(c.partnership.values, c.lang),
  },
  'organization.legalName': {
    label: { fr: 'nom juridique de l’organisme', en: 'legal name of the organization' },
    value: (c) => plain(c.organization?.legalName, c.lang),
  },
  'organization.address': {
    label: { fr: 'adresse de l’organisme', en: 'address of the organization' },
    value: (c) => plain(c.organization?.address, c.lang),
  },
  'organization.mission': {
    label: { fr: 'mission de l’organisme', en: 'mission of the organization' },
    value: (c) => localized(c.organization?.mission, c.lang),
  },
  'organization.pointsOfContact': {
    label: { fr: 'points de contact (titres de poste)', en: 'points of contact (job titles)' },
    value: (c) => list(c.organization?.pointsOfContact.map((p) => p.title) ?? [], c.lang),
  },
  'organization.responsibilities': {
    label: { fr: 'responsabilités de l’organisme', en: 'responsibilities of the organization' },
    // What it leads (RACI tasks, pathway phases), then the phases it supports.
    value: (c) => {
      const id = c.organization?.id;
      if (id === undefined) return undefined;
      const { raci, pathway } = c.partnership;
      const phases = pathway?.phases ?? [];
      const led = [
        ...raci.tasks.filter((task) => task.leadOrganizationId === id).map((task) => task.label),
        ...phases.filter((phase) => phase.leadOrganizationId === id).map((phase) => phase.name),
      ];
      const support = c.lang === 'fr' ? ' (soutien)' : ' (support)';
      const supported = phases
        .filter((phase) => phase.supportingOrganizationIds.includes(id))
        .flatMap((phase) => {
          const name = localized(phase.name, c.lang);
          return name ? [{ text: `${name.text}${support}`, lang: name.lang }] : [];
        });
      const values = [...(list(led, c.lang) ?? []), ...supported];
      return values.length > 0 ? values : undefined;
    },
  },
  'agreement.termYears': {
    label: { fr: 'durée en années', en: 'term in years' },
    value: (c) => plain(c.partnership.agreement?.termYears, c.lang),
  },
  'agreement.noticeDays': {
    label: { fr: 'délai de préavis en jours', en: 'notice period in days' },
    value: (c) => plain(c.partnership.agreement?.noticeDays, c.lang),
  },
  'meetings.reviewIntervalMonths': {
    label: {
      fr: 'intervalle des examens en mois (six au plus)',
      en: 'months between formal reviews (six at most)',
    },
    value: (c) => {
      const months = c.partnership.meetings.reviewIntervalMonths;
      return months !== undefined && months <= MAX_REVIEW_INTERVAL_MONTHS
        ? plain(months, c.lang)
        : undefined;
    },
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
  'signature.organization': {
    label: { fr: 'organisme qui n’est pas partenaire', en: 'organization that is not a partner' },
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
  ...clauseFields,
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
