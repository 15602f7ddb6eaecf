import * as z from 'zod/mini';
import { AgreementFactsSchema, AgreementTermsSchema } from '../agreement/agreement.schema';
import { IdSchema, TextSchema } from '../common/common.schema';
import { DissolutionSchema } from '../dissolution/dissolution.schema';
import { MeetingPlanSchema } from '../meeting/meeting.schema';
import { OrganizationSchema } from '../organization/organization.schema';
import { ClientPathwaySchema } from '../pathway/pathway.schema';
import { RaciMatrixSchema } from '../raci/raci.schema';
import { ReviewRecordSchema } from '../review/review.schema';
import { ResourceSchema, SwotSchema } from '../swot/swot.schema';
import { WorksheetResponseSchema } from '../worksheet/worksheet-response.schema';

/** The version of the saved document this library writes. Older ones are migrated on parse. */
export const CURRENT_SCHEMA_VERSION = 1;

/** A partnership's life: exploring → establishing → active (↺ under review) → dissolving → dissolved. */
export const PARTNERSHIP_STATUSES = [
  'exploring',
  'establishing',
  'active',
  'under-review',
  'dissolving',
  'dissolved',
] as const;

/** Schema of a partnership's status. @example `PartnershipStatusSchema.parse('active')` */
export const PartnershipStatusSchema = /* @__PURE__ */ (() => z.enum(PARTNERSHIP_STATUSES))();

/** A partnership's status. */
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;

/**
 * Schema of a working-group member: one or several representatives per organization meet to
 * document each step (EST). Named by title first, like points of contact.
 *
 * @example
 * ```ts
 * WorkingGroupMemberSchema.parse({ id: 'wg-1', title: 'Program manager', organizationId: 'org-a' });
 * ```
 */
export const WorkingGroupMemberSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: z.string().check(z.maxLength(500)),
    name: z.optional(TextSchema),
    organizationId: z.optional(IdSchema),
    email: z.optional(TextSchema),
  }))();

/** A working-group member. */
export type WorkingGroupMember = z.infer<typeof WorkingGroupMemberSchema>;

/**
 * Schema of the saved partnership document, version {@link CURRENT_SCHEMA_VERSION}. Everything
 * else (progress, schedules, summaries, recommendations) is derived from it, never stored.
 * Objects are strict: an unknown field is reported, not silently dropped; apps keep their own
 * data under `extensions`.
 *
 * Use {@link parsePartnership} to load a saved document (it migrates older versions); use this
 * schema directly only for values already at the current version.
 *
 * @example
 * ```ts
 * PartnershipSchema.safeParse(createPartnership({ name: 'Inclusive employment' })).success; // true
 * ```
 */
export const PartnershipSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: IdSchema,
    name: z.string().check(z.maxLength(500)),
    status: PartnershipStatusSchema,
    /** EST-1: why the providers partner, what each contributes. */
    purpose: TextSchema,
    /** EST-1: the services, clients and area the partnership covers. */
    scope: TextSchema,
    organizations: z.array(OrganizationSchema),
    workingGroup: z.array(WorkingGroupMemberSchema),
    /** EST-2: the resource inventory. */
    resources: z.array(ResourceSchema),
    /** EST-3: who does what. */
    raci: RaciMatrixSchema,
    /** EST-2: SWOT (FFPM) focused on resources. */
    swot: SwotSchema,
    worksheets: z.array(WorksheetResponseSchema),
    /** EST-5, AGR-1..4: the facts that decide between an MOU and an agreement. */
    agreementFacts: AgreementFactsSchema,
    /** EST-5: the MOU or agreement, once its kind is chosen. */
    agreement: z.optional(AgreementTermsSchema),
    /** EST-1, PATH: the client pathway. */
    pathway: z.optional(ClientPathwaySchema),
    /** EST-4, REV: meetings and the review plan. */
    meetings: MeetingPlanSchema,
    /** REV-2, REV-3: formal reviews held. */
    reviews: z.array(ReviewRecordSchema),
    /** DIS: the dissolution, once it starts. */
    dissolution: z.optional(DissolutionSchema),
    /** An app's own data, kept as is through parse and serialize. */
    extensions: z.optional(z.record(IdSchema, z.unknown())),
  }))();

/** The saved partnership document. */
export type Partnership = z.infer<typeof PartnershipSchema>;
