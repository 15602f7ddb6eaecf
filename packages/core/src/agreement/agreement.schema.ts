import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../common/common.schema';

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
 * Schema of one signature block: the organization, the signatory's name and title, and the day
 * they signed (absent until signed). The last signature starts the term.
 *
 * @example
 * ```ts
 * SignatureSchema.parse({ organizationId: 'org-a', signatoryName: 'R. Tremblay', signatoryTitle: 'Executive director', signedOn: '2027-03-01' });
 * ```
 */
export const SignatureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    organizationId: IdSchema,
    signatoryName: z.optional(TextSchema),
    signatoryTitle: z.optional(TextSchema),
    signedOn: z.optional(IsoDateSchema),
  }))();

/** One signature block. */
export type Signature = z.infer<typeof SignatureSchema>;

/** What happens at the end of the term: the guide has the parties meet to decide (REV-4). */
export const RENEWAL_MODES = ['meet-to-decide', 'automatic', 'none'] as const;

/**
 * Schema of the partners' own wording of an agreement's clauses. Where a clause is left out,
 * the templates use the guide's example wording (decision-making, conflict resolution,
 * termination) or show a placeholder to fill in (values, liability and insurance, evaluation).
 *
 * @example
 * ```ts
 * AgreementWordingSchema.parse({ values: 'The job seeker is at the centre of every decision.' });
 * ```
 */
export const AgreementWordingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    values: z.optional(TextSchema),
    decisionMaking: z.optional(TextSchema),
    conflictResolution: z.optional(TextSchema),
    termination: z.optional(TextSchema),
    liabilityAndInsurance: z.optional(TextSchema),
    evaluation: z.optional(TextSchema),
  }))();

/** The partners' own wording of an agreement's clauses. */
export type AgreementWording = z.infer<typeof AgreementWordingSchema>;

/**
 * Schema of the terms of the MOU or agreement: kind, term in years (usually one or two), notice
 * period in days (30, 60 or 90 in the guide), renewal, signatures, and whether the termination
 * and conflict-resolution clauses are written in (AGR-5 wants both from the start).
 *
 * @example
 * ```ts
 * AgreementTermsSchema.parse({
 *   kind: 'mou', termYears: 2, noticeDays: 60, renewal: 'meet-to-decide',
 *   signatures: [], clauses: { termination: true, conflictResolution: true },
 * });
 * ```
 */
export const AgreementTermsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: AgreementKindSchema,
    termYears: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
    noticeDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
    renewal: z.optional(z.enum(RENEWAL_MODES)),
    signatures: z.array(SignatureSchema),
    clauses: z.strictObject({ termination: z.boolean(), conflictResolution: z.boolean() }),
    lawyerReviewed: z.optional(z.boolean()),
    wording: z.optional(AgreementWordingSchema),
  }))();

/** The terms of the MOU or agreement. */
export type AgreementTerms = z.infer<typeof AgreementTermsSchema>;
