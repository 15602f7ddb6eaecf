import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, NameSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/**
 * Schema of a next step written under a worksheet answer: what to do, who, by when, and whether
 * it is done (the self-reflection worksheet asks for follow-ups with due dates, WS-SELF).
 *
 * @example
 * ```ts
 * NextStepSchema.parse({ id: 'ns-1', text: { en: 'Call the ODSP-ES office' }, dueDate: '2027-01-15', done: false });
 * ```
 */
export const NextStepSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    text: LocalizedTextSchema,
    owner: z.optional(NameSchema),
    dueDate: z.optional(IsoDateSchema),
    done: z.boolean(),
  }))();

/** A next step under an answer. */
export type NextStep = z.infer<typeof NextStepSchema>;

/** Schema of the answer to one worksheet question, with its next steps. */
export const WorksheetAnswerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    answer: LocalizedTextSchema,
    nextSteps: z.array(NextStepSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
  }))();

/** The answer to one worksheet question. */
export type WorksheetAnswer = z.infer<typeof WorksheetAnswerSchema>;

/**
 * Schema of a filled-in worksheet (self-reflection, conversation guide…): which worksheet and
 * which version of its questions, and the answers keyed by question id. The questions themselves
 * live in `@partnership-kit/templates`; keeping the version lets a later edition of a worksheet
 * still show old answers against the questions they answered.
 *
 * @example
 * ```ts
 * WorksheetResponseSchema.parse({
 *   worksheetId: 'self-reflection',
 *   worksheetVersion: 1,
 *   answers: { q1: { answer: { en: 'Job development' }, nextSteps: [] } },
 * });
 * ```
 */
export const WorksheetResponseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    worksheetId: IdSchema,
    worksheetVersion: z.int().check(z.minimum(1)),
    organizationId: z.optional(IdSchema),
    answers: z.record(IdSchema, WorksheetAnswerSchema),
  }))();

/** A filled-in worksheet. */
export type WorksheetResponse = z.infer<typeof WorksheetResponseSchema>;
