import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/** Answers to a review question. */
export const REVIEW_ANSWERS = ['yes', 'partly', 'no', 'not-applicable'] as const;

/**
 * Schema of a formal review (REV-2, REV-3): when, by whom (ideally external), the answer to each
 * checklist question (keyed by question id), and notes in French and English.
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
    notes: z.optional(LocalizedTextSchema),
  }))();

/** A formal review. */
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
