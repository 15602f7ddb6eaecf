import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../common/common.schema';

/**
 * Schema of a meeting held by the partners: a regular meeting (REV-1), a formal review (REV-2),
 * the renewal meeting (REV-4) or another one.
 *
 * @example
 * ```ts
 * MeetingRecordSchema.parse({ id: 'm-1', date: '2027-01-20', kind: 'regular' });
 * ```
 */
export const MeetingRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    kind: z.enum(['regular', 'formal-review', 'renewal', 'other']),
    notes: z.optional(TextSchema),
  }))();

/** A meeting held. */
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

/**
 * Schema of how the partners manage performance (EST-4): how often they meet (perhaps every
 * three months, REV-1), how often a formal review happens (at most six months apart, REV-2) and
 * by whom, their communication policy, and the meetings held. Unset numbers mean "not decided".
 *
 * @example
 * ```ts
 * MeetingPlanSchema.parse({ cadenceMonths: 3, reviewIntervalMonths: 6, reviewer: 'external', records: [] });
 * ```
 */
export const MeetingPlanSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    cadenceMonths: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
    reviewIntervalMonths: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
    reviewer: z.optional(z.enum(['external', 'internal'])),
    communicationPolicy: z.optional(TextSchema),
    records: z.array(MeetingRecordSchema),
  }))();

/** The partners' meeting and review plan. */
export type MeetingPlan = z.infer<typeof MeetingPlanSchema>;
