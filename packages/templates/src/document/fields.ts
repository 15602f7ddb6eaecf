import {
  type BilingualText,
  CLAUSE_IDS,
  type ClauseId,
  isEmptyText,
  type LocalizedText,
  localize,
  type Organization,
  organizationLabel,
  type Partnership,
} from '@partnership-kit/core';
import { formatLongDate, formatMessage } from '@partnership-kit/core/format';
import { CLAUSE_NAMES } from '@partnership-kit/core/rules';
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

/** Legal durations: « deux (2) ans », "sixty (60) days" — words, then figures, never "(s)". */
const DURATIONS = {
  years: {
    fr: '{n, plural, one {{n, spellout} (#) an} other {{n, spellout} (#) ans}}',
    en: '{n, plural, one {{n, spellout} (#) year} other {{n, spellout} (#) years}}',
  },
  months: {
    fr: '{n, plural, other {{n, spellout} (#) mois}}',
    en: '{n, plural, one {{n, spellout} (#) month} other {{n, spellout} (#) months}}',
  },
  days: {
    fr: '{n, plural, one {{n, spellout} (#) jour} other {{n, spellout} (#) jours}}',
    en: '{n, plural, one {{n, spellout} (#) day} other {{n, spellout} (#) days}}',
  },
} as const satisfies Record<string, BilingualText>;

/** A duration as legal text writes it, or undefined when not set. */
const duration = (
  n: number | undefined,
  unit: keyof typeof DURATIONS,
  lang: DocumentLanguage,
): FieldValue | undefined =>
  n === undefined ? undefined : { text: formatMessage(DURATIONS[unit][lang], { n }, lang), lang };

const clauseFields = /* @__PURE__ */ (() =>
  Object.fromEntries(
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
  ) as Record<`clause.${ClauseId}`, FieldDefinition>)();

/** A field whose values the builder assembles itself (tables, lists): only its label is here. */
const assembled = (label: BilingualText): FieldDefinition => ({ label, value: () => undefined });

/**
 * Every field a template can use, with its label in both languages. Fields that start with
 * `organization.` read the organization of the current repetition (`eachOrganization`,
 * `organizationList`). Numbers come out as legal text writes them (« deux (2) ans »), dates
 * written out (« 12 janvier 2026 »).
 */
export const FIELDS = /* @__PURE__ */ (() =>
  ({
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
        fr: 'raisons pour lesquelles les parties concluent le document',
        en: 'why the parties enter into the document',
      },
      value: (c) => localized(c.partnership.why, c.lang),
    },
    'partnership.values': {
      label: { fr: 'valeurs du partenariat', en: 'partnership values' },
      value: (c) => localized(c.partnership.values, c.lang),
    },
    'partnership.objectives': {
      label: { fr: 'objectifs du partenariat', en: 'objectives of the partnership' },
      value: (c) =>
        list(
          c.partnership.objectives.map((o) => o.text),
          c.lang,
        ),
    },
    'organization.legalName': {
      label: { fr: 'nom juridique de l’organisme', en: 'legal name of the organization' },
      value: (c) => plain(c.organization?.legalName, c.lang),
    },
    'organization.address': {
      label: { fr: 'adresse de l’organisme', en: 'address of the organization' },
      value: (c) => plain(c.organization?.address, c.lang),
    },
    'organization.program': {
      label: { fr: 'service ou programme visé', en: 'service or program concerned' },
      value: (c) => localized(c.organization?.program, c.lang),
    },
    'organization.mission': {
      label: { fr: 'mission de l’organisme', en: 'mission of the organization' },
      value: (c) => localized(c.organization?.mission, c.lang),
    },
    'organization.pointsOfContact': {
      label: { fr: 'points de contact (titres de poste)', en: 'points of contact (job titles)' },
      value: (c) => list(c.organization?.pointsOfContact.map((p) => p.title) ?? [], c.lang),
    },
    'organization.provisions': assembled({
      fr: 'ce que fournit l’organisme (quoi, par qui, pour qui, quand)',
      en: 'what the organization provides (what, by whom, for whom, when)',
    }),
    'agreement.effectiveOn': {
      label: { fr: 'date d’entrée en vigueur', en: 'effective date' },
      value: (c) => {
        const date = c.partnership.agreement?.effectiveOn;
        return date ? { text: formatLongDate(date, c.lang), lang: c.lang } : undefined;
      },
    },
    'agreement.termYears': {
      label: { fr: 'durée en années', en: 'term in years' },
      value: (c) => duration(c.partnership.agreement?.termYears, 'years', c.lang),
    },
    'agreement.noticeDays': {
      label: { fr: 'délai de préavis en jours', en: 'notice period in days' },
      value: (c) => duration(c.partnership.agreement?.noticeDays, 'days', c.lang),
    },
    'agreement.governance': assembled({
      fr: 'membres du comité directeur',
      en: 'steering committee members',
    }),
    'meetings.reviewIntervalMonths': {
      label: {
        fr: 'intervalle des examens en mois (six au plus)',
        en: 'months between formal reviews (six at most)',
      },
      value: (c) => {
        const months = c.partnership.meetings.reviewIntervalMonths;
        return months !== undefined && months <= MAX_REVIEW_INTERVAL_MONTHS
          ? duration(months, 'months', c.lang)
          : undefined;
      },
    },
    'annex.workPlan': {
      label: { fr: 'plan de travail', en: 'work plan' },
      value: (c) => localized(c.partnership.agreement?.annexes?.workPlan, c.lang),
    },
    'annex.evaluationPlan': {
      label: { fr: 'plan d’évaluation', en: 'evaluation plan' },
      value: (c) => localized(c.partnership.agreement?.annexes?.evaluationPlan, c.lang),
    },
    'annex.termsOfReference': {
      label: { fr: 'mandat du comité directeur', en: 'steering committee terms of reference' },
      value: (c) => localized(c.partnership.agreement?.governance?.termsOfReference, c.lang),
    },
    'raci.matrix': assembled({ fr: 'matrice RACI', en: 'RACI matrix' }),
    'resources.inKind': assembled({ fr: 'ressources engagées', en: 'resource commitments' }),
    'resources.financial': assembled({ fr: 'engagements financiers', en: 'financial commitments' }),
    'signature.organization': assembled({
      fr: 'organisme qui n’est pas partenaire',
      en: 'organization that is not a partner',
    }),
    'signature.signatory': assembled({
      fr: 'nom et titre du signataire',
      en: 'signatory’s name and title',
    }),
    ...clauseFields,
  }) as const satisfies Record<string, FieldDefinition>)();

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
