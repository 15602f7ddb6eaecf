import * as z from 'zod/mini';
import { IdSchema, TextItemSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/**
 * Schema of one phase of a client pathway: a lead organization, the partners that support it,
 * and the services given (PATH; e.g. "functional assessment", "job development and placement").
 *
 * @example
 * ```ts
 * PathwayPhaseSchema.parse({
 *   id: 'phase-1', name: { fr: 'Évaluation fonctionnelle', en: 'Functional assessment' },
 *   leadOrganizationId: 'org-a', supportingOrganizationIds: [],
 *   services: [{ id: 'svc-1', text: { en: 'Assessment' } }],
 * });
 * ```
 */
export const PathwayPhaseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    name: LocalizedTextSchema,
    leadOrganizationId: z.optional(IdSchema),
    supportingOrganizationIds: z.array(IdSchema),
    services: z.array(TextItemSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    durationWeeks: z.optional(z.int().check(z.minimum(1), z.maximum(520))),
    description: z.optional(LocalizedTextSchema),
  }))();

/** One phase of a client pathway. */
export type PathwayPhase = z.infer<typeof PathwayPhaseSchema>;

/**
 * Schema of the client pathway: the ordered phases a job seeker goes through from one agency to
 * the other (EST-1 asks for an initial pathway; PATH-1..3 decide the primary contact along it).
 *
 * @example
 * ```ts
 * ClientPathwaySchema.parse({ phases: [] });
 * ```
 */
export const ClientPathwaySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    phases: z.array(PathwayPhaseSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
  }))();

/** A client pathway. */
export type ClientPathway = z.infer<typeof ClientPathwaySchema>;
