import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../common/common.schema';

/** Answers to a review question. */
export const REVIEW_ANSWERS = ['yes', 'partly', 'no', 'not-applicable'] as const;

/**
 * Schema of a formal review (REV-2, REV-3): when, by whom (ideally external), the answer to each
 * checklist question (keyed by question id), and notes.
 *
 * @example
 * ```ts
 * ReviewRecordSchema.parse({ id: 'rev-1', date: '2027-06-15', reviewer: 'external', answers: { 'leadership-1': 'yes' } });
 * ```
 */
export const ReviewRecordSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDateSchema,
    reviewer: z.enum(['external', 'internal']),
    answers: z.record(IdSchema, z.enum(REVIEW_ANSWERS)),
    notes: z.optional(TextSchema),
  }))();

/** A formal review. */
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
