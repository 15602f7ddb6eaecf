import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../common/common.schema';

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
    jobSeeker: TextSchema,
    fromOrganizationId: z.optional(IdSchema),
    toOrganizationId: z.optional(IdSchema),
    handedOver: z.boolean(),
    notes: z.optional(TextSchema),
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
    reason: z.optional(z.enum(['goals-met', 'funding-ended', 'conflict', 'other'])),
    noticeGivenOn: z.optional(IsoDateSchema),
    noticeGivenBy: z.optional(IdSchema),
    path: z.optional(z.enum(['end-on-date', 'celebrate-and-close'])),
    checklist: z.record(IdSchema, z.boolean()),
    clientHandovers: z.array(ClientHandoverSchema),
    achievements: z.optional(TextSchema),
    lessonsLearned: z.optional(TextSchema),
  }))();

/** A dissolution. */
export type Dissolution = z.infer<typeof DissolutionSchema>;
