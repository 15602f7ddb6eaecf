import * as z from 'zod/mini';
import { IdSchema, TextSchema } from '../common/common.schema';

/**
 * Schema of one phase of a client pathway: a lead organization, the partners that support it,
 * and the services given (PATH; e.g. "functional assessment", "job development and placement").
 *
 * @example
 * ```ts
 * PathwayPhaseSchema.parse({
 *   id: 'phase-1', name: 'Functional assessment', leadOrganizationId: 'org-a',
 *   supportingOrganizationIds: [], services: ['Assessment'],
 * });
 * ```
 */
export const PathwayPhaseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().check(z.maxLength(500)),
    leadOrganizationId: z.optional(IdSchema),
    supportingOrganizationIds: z.array(IdSchema),
    services: z.array(TextSchema),
    durationWeeks: z.optional(z.int().check(z.minimum(1), z.maximum(520))),
    description: z.optional(TextSchema),
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
    phases: z.array(PathwayPhaseSchema),
  }))();

/** A client pathway. */
export type ClientPathway = z.infer<typeof ClientPathwaySchema>;
