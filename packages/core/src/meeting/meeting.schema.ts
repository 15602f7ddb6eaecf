import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextItemSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/** The kinds of meeting: regular (REV-1), formal review (REV-2), renewal (REV-4), other. */
export const MEETING_KINDS = ['regular', 'formal-review', 'renewal', 'other'] as const;

/**
 * Schema of an action item decided at a meeting: what, who (a working-group member), by when,
 * and whether it is done. Overdue items are reported by `lintPartnership` (REV-1).
 *
 * @example
 * ```ts
 * ActionItemSchema.parse({ id: 'ai-1', text: { en: 'Share the intake form' }, ownerId: 'wg-1', dueOn: '2027-02-15', done: false });
 * ```
 */
export const ActionItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    text: LocalizedTextSchema,
    ownerId: z.optional(IdSchema),
    dueOn: z.optional(IsoDateSchema),
    done: z.boolean(),
  }))();

/** An action item. */
export type ActionItem = z.infer<typeof ActionItemSchema>;

/**
 * Schema of a meeting held by the partners: a regular meeting (REV-1), a formal review (REV-2),
 * the renewal meeting (REV-4) or another one, with who attended (working-group member ids),
 * the minutes, the decisions and the action items.
 *
 * @example
 * ```ts
 * MeetingRecordSchema.parse({ id: 'm-1', date: '2027-01-20', kind: 'regular', attendeeIds: [], decisions: [], actionItems: [] });
 * ```
 */
export const MeetingRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    kind: z.enum(MEETING_KINDS),
    attendeeIds: z.array(IdSchema),
    minutes: z.optional(LocalizedTextSchema),
    decisions: z.array(TextItemSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    actionItems: z.array(ActionItemSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
  }))();

/** A meeting held. */
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;

/**
 * Schema of how the partners manage performance (EST-4): how often they meet (perhaps every
 * three months, REV-1), how often a formal review happens (at least twice a year, REV-2: an
 * interval over six months is reported) and by whom, their communication policy, and the
 * meetings held. Unset numbers mean "not decided".
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
    communicationPolicy: z.optional(LocalizedTextSchema),
    records: z.array(MeetingRecordSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
  }))();

/** The partners' meeting and review plan. */
export type MeetingPlan = z.infer<typeof MeetingPlanSchema>;
