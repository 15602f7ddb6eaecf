import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, NameSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/** Why partnerships end (DIS-1): goals met, funding gone, an insurmountable conflict, or another reason. */
export const DISSOLUTION_REASONS = ['goals-met', 'funding-ended', 'conflict', 'other'] as const;

/** The two ways to end a partnership (DIS-4). */
export const DISSOLUTION_PATHS = ['end-on-date', 'celebrate-and-close'] as const;

/**
 * Schema of a job seeker's hand-over when a partnership ends (DIS-3: no client is left without
 * support). `jobSeeker` is the agency's own reference, not personal information.
 *
 * @example
 * ```ts
 * ClientHandoverSchema.parse({ id: 'h-1', jobSeeker: 'File 2027-014', toOrganizationId: 'org-a', handedOver: false });
 * ```
 */
export const ClientHandoverSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    jobSeeker: NameSchema,
    fromOrganizationId: z.optional(IdSchema),
    toOrganizationId: z.optional(IdSchema),
    handedOver: z.boolean(),
    notes: z.optional(LocalizedTextSchema),
  }))();

/** A job seeker's hand-over. */
export type ClientHandover = z.infer<typeof ClientHandoverSchema>;

/**
 * Schema of a dissolution in progress or done (DIS-1..5): why, the written notice, the chosen
 * path (end on the agreed date, or close while recognizing what was achieved), the checklist's
 * done items by id, the clients' hand-overs, achievements and lessons learned.
 *
 * @example
 * ```ts
 * DissolutionSchema.parse({ reason: 'funding-ended', noticeGivenOn: '2028-01-10', path: 'celebrate-and-close', checklist: {}, clientHandovers: [] });
 * ```
 */
export const DissolutionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    reason: z.optional(z.enum(DISSOLUTION_REASONS)),
    noticeGivenOn: z.optional(IsoDateSchema),
    noticeGivenBy: z.optional(IdSchema),
    path: z.optional(z.enum(DISSOLUTION_PATHS)),
    checklist: z.record(IdSchema, z.boolean()),
    clientHandovers: z.array(ClientHandoverSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    achievements: z.optional(LocalizedTextSchema),
    lessonsLearned: z.optional(LocalizedTextSchema),
  }))();

/** A dissolution. */
export type Dissolution = z.infer<typeof DissolutionSchema>;
