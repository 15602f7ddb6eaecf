import * as z from 'zod/mini';
import { IdSchema, TextSchema } from '../common/common.schema';

/** The four quadrants: strengths and weaknesses are internal, opportunities and threats external. */
export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

/** One quadrant of the SWOT (FFPM) grid. */
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

/** Kinds of resource the guide inventories in step 2 (EST-2). */
export const RESOURCE_KINDS = ['financial', 'human', 'material', 'information', 'other'] as const;

/** Schema of a resource kind. @example `ResourceKindSchema.parse('human')` */
export const ResourceKindSchema = /* @__PURE__ */ (() => z.enum(RESOURCE_KINDS))();

/** Whether a resource is already there or still to be found (EST-2: "in place and needed"). */
export const ResourceAvailabilitySchema = /* @__PURE__ */ (() => z.enum(['in-place', 'needed']))();

/**
 * Schema of one SWOT item. The guide uses SWOT to inventory resources (EST-2), so an item can
 * say which kind of resource it is about and whether it is in place or needed.
 *
 * @example
 * ```ts
 * SwotItemSchema.parse({ id: 's1', text: 'Two job coaches', resourceKind: 'human', availability: 'in-place' });
 * ```
 */
export const SwotItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    text: TextSchema,
    resourceKind: z.optional(ResourceKindSchema),
    availability: z.optional(ResourceAvailabilitySchema),
  }))();

/** One SWOT item. */
export type SwotItem = z.infer<typeof SwotItemSchema>;

/**
 * Schema of a SWOT (FFPM) analysis: four ordered lists of items.
 *
 * @example
 * ```ts
 * SwotSchema.parse({ strengths: [], weaknesses: [], opportunities: [], threats: [] });
 * ```
 */
export const SwotSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    strengths: z.array(SwotItemSchema),
    weaknesses: z.array(SwotItemSchema),
    opportunities: z.array(SwotItemSchema),
    threats: z.array(SwotItemSchema),
  }))();

/** A SWOT (FFPM) analysis. */
export type Swot = z.infer<typeof SwotSchema>;

/**
 * Schema of one line of the resource inventory (EST-2): what an organization brings or what the
 * partnership still needs (programs, funds for certifications or work supplies, supervision…).
 *
 * @example
 * ```ts
 * ResourceSchema.parse({ id: 'res-1', organizationId: 'org-a', kind: 'financial', description: 'Safety boots fund', availability: 'in-place' });
 * ```
 */
export const ResourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: z.optional(IdSchema),
    kind: ResourceKindSchema,
    description: TextSchema,
    availability: ResourceAvailabilitySchema,
    notes: z.optional(TextSchema),
  }))();

/** One line of the resource inventory. */
export type Resource = z.infer<typeof ResourceSchema>;
