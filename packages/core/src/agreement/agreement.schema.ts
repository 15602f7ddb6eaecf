import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, NameSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/** An MOU (protocole d'entente) or a formal partnership agreement (AGR-1, AGR-2). */
export const AGREEMENT_KINDS = ['mou', 'partnership-agreement'] as const;

/** Schema of the agreement kind. @example `AgreementKindSchema.parse('mou')` */
export const AgreementKindSchema = /* @__PURE__ */ (() => z.enum(AGREEMENT_KINDS))();

/** The agreement kind. */
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

/**
 * Schema of what the partners know about their arrangement, the facts that decide between an
 * MOU and an agreement (AGR-1, AGR-2, AGR-4). Each is optional: not known yet.
 *
 * @example
 * ```ts
 * AgreementFactsSchema.parse({ sharesFunding: false, servicesEstablished: true });
 * ```
 */
export const AgreementFactsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    sharesFunding: z.optional(z.boolean()),
    coCreatesServices: z.optional(z.boolean()),
    servicesEstablished: z.optional(z.boolean()),
    paysForServices: z.optional(z.boolean()),
  }))();

/** Facts that decide between an MOU and an agreement. */
export type AgreementFacts = z.infer<typeof AgreementFactsSchema>;

/**
 * Schema of one authorized signatory: the organization they sign for, their typed name and
 * title, and the day they signed (absent until signed). An organization may have several
 * ("by its authorized signatories", Resource 6); the last signature starts an MOU's term.
 *
 * @example
 * ```ts
 * SignatorySchema.parse({
 *   id: 'sig-1', organizationId: 'org-a', name: 'R. Tremblay',
 *   title: { fr: 'Directrice générale', en: 'Executive Director' }, signedOn: '2027-03-01',
 * });
 * ```
 */
export const SignatorySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: IdSchema,
    name: z.optional(NameSchema),
    title: z.optional(LocalizedTextSchema),
    signedOn: z.optional(IsoDateSchema),
  }))();

/** One authorized signatory. */
export type Signatory = z.infer<typeof SignatorySchema>;

/** What happens at the end of the term: meet to decide (REV-4), renew by itself, or end. */
export const RENEWAL_MODES = ['meet-to-decide', 'automatic', 'none'] as const;

/** A renewal mode. */
export type RenewalMode = (typeof RENEWAL_MODES)[number];

/**
 * The clauses a document can hold, each written by the partners (or accepted from the guide's
 * suggested wording, {@link CLAUSE_SUGGESTIONS}). A clause prints if and only if the
 * partnership holds it (AGR-5: one truth).
 */
export const CLAUSE_IDS = [
  'termination',
  'withdrawal',
  'conflictResolution',
  'decisionMaking',
  'confidentiality',
  'amendments',
  'governingLaw',
  'liabilityAndInsurance',
  'evaluation',
  'fundsFlow',
  'financialReporting',
  'unspentFunds',
  'languageVersions',
  'activeOffer',
] as const;

/** The id of a clause. */
export type ClauseId = (typeof CLAUSE_IDS)[number];

/**
 * Schema of the clauses the partners hold, by id, each in French and English. A clause that is
 * absent (or empty) is not in the document: the templates show a placeholder for a required one
 * and `lintPartnership` lists it.
 *
 * @example
 * ```ts
 * AgreementClausesSchema.parse({ governingLaw: { fr: 'Le présent accord est régi par les lois de l’Ontario.', en: 'This agreement is governed by the laws of Ontario.' } });
 * ```
 */
export const AgreementClausesSchema = /* @__PURE__ */ (() =>
  z.strictObject(
    Object.fromEntries(CLAUSE_IDS.map((id) => [id, z.optional(LocalizedTextSchema)])) as Record<
      ClauseId,
      z.ZodMiniOptional<typeof LocalizedTextSchema>
    >,
  ))();

/** The clauses the partners hold. */
export type AgreementClauses = z.infer<typeof AgreementClausesSchema>;

/** What a party provides under an MOU (Resource 5: provisions, funding, equipment, reports…). */
export const PROVISION_KINDS = [
  'service',
  'staff',
  'funding',
  'equipment',
  'space',
  'report',
  'other',
] as const;

/**
 * Schema of one responsibility of a party, written by the partners: what it provides, by whom
 * (a title), to whom and when — clear, but general enough to survive change.
 *
 * @example
 * ```ts
 * ProvisionSchema.parse({
 *   id: 'prov-1', organizationId: 'org-a', kind: 'report',
 *   what: { en: 'A quarterly report on placements' }, byWhom: { en: 'Program manager' },
 *   toWhom: { en: 'The working group' }, when: { en: 'Each quarter' },
 * });
 * ```
 */
export const ProvisionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: IdSchema,
    kind: z.enum(PROVISION_KINDS),
    what: LocalizedTextSchema,
    byWhom: z.optional(LocalizedTextSchema),
    toWhom: z.optional(LocalizedTextSchema),
    when: z.optional(LocalizedTextSchema),
  }))();

/** One responsibility of a party. */
export type Provision = z.infer<typeof ProvisionSchema>;

/**
 * Schema of a steering-committee member (Resource 6 governance): by title, with the
 * organization they represent and, optionally, their name.
 *
 * @example
 * ```ts
 * CommitteeMemberSchema.parse({ id: 'cm-1', organizationId: 'org-a', title: { en: 'Executive Director' } });
 * ```
 */
export const CommitteeMemberSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: z.optional(IdSchema),
    title: LocalizedTextSchema,
    name: z.optional(NameSchema),
  }))();

/** A steering-committee member. */
export type CommitteeMember = z.infer<typeof CommitteeMemberSchema>;

/**
 * Schema of an agreement's governance: the steering committee, its chair (one of its members)
 * and, optionally, its terms of reference (printed as an annex).
 *
 * @example
 * ```ts
 * GovernanceSchema.parse({ members: [], });
 * ```
 */
export const GovernanceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    members: z.array(CommitteeMemberSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    chairMemberId: z.optional(IdSchema),
    termsOfReference: z.optional(LocalizedTextSchema),
  }))();

/** An agreement's governance. */
export type Governance = z.infer<typeof GovernanceSchema>;

/**
 * Schema of the annexes the partners write for an agreement (the RACI matrix and the budget are
 * built from the document itself).
 *
 * @example
 * ```ts
 * AgreementAnnexesSchema.parse({ workPlan: { en: 'Quarter 1: intake forms shared…' } });
 * ```
 */
export const AgreementAnnexesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    workPlan: z.optional(LocalizedTextSchema),
    evaluationPlan: z.optional(LocalizedTextSchema),
  }))();

/** The annexes the partners write. */
export type AgreementAnnexes = z.infer<typeof AgreementAnnexesSchema>;

/**
 * Schema of the terms of the MOU or agreement: kind; the effective date when the partners set
 * one (otherwise the last signature starts the term); term in years (usually one or two) and
 * notice period in days (30, 60 or 90 in the guide); renewal; the authorized signatories; the
 * clauses the partners hold; an MOU's provisions per party; the agreement's governance and
 * annexes; whether a lawyer reviewed it (AGR-3).
 *
 * @example
 * ```ts
 * AgreementTermsSchema.parse({
 *   kind: 'mou', termYears: 2, noticeDays: 60, renewal: 'meet-to-decide',
 *   signatories: [], clauses: {}, provisions: [],
 * });
 * ```
 */
export const AgreementTermsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: AgreementKindSchema,
    effectiveOn: z.optional(IsoDateSchema),
    termYears: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
    noticeDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
    renewal: z.optional(z.enum(RENEWAL_MODES)),
    signatories: z.array(SignatorySchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    clauses: AgreementClausesSchema,
    provisions: z.array(ProvisionSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    governance: z.optional(GovernanceSchema),
    annexes: z.optional(AgreementAnnexesSchema),
    lawyerReviewed: z.optional(z.boolean()),
  }))();

/** The terms of the MOU or agreement. */
export type AgreementTerms = z.infer<typeof AgreementTermsSchema>;
