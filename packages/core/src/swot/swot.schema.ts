import * as z from 'zod/mini';
import { IdSchema } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

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
 * SwotItemSchema.parse({ id: 's1', text: { en: 'Two job coaches' }, resourceKind: 'human', availability: 'in-place' });
 * ```
 */
export const SwotItemSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    text: LocalizedTextSchema,
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
  z
    .strictObject({
      strengths: z.array(SwotItemSchema),
      weaknesses: z.array(SwotItemSchema),
      opportunities: z.array(SwotItemSchema),
      threats: z.array(SwotItemSchema),
    })
    .check(
      // Items move between quadrants by id: an id names one item in the whole grid.
      z.superRefine((swot, context) => {
        const seen = new Set<string>();
        for (const quadrant of SWOT_QUADRANTS) {
          swot[quadrant].forEach((item, index) => {
            if (seen.has(item.id)) {
              context.addIssue({
                code: 'custom',
                input: item.id,
                path: [quadrant, index, 'id'],
                params: { code: 'SCHEMA_DUPLICATE_ID', id: item.id },
              });
            }
            seen.add(item.id);
          });
        }
      }),
    ))();

/** A SWOT (FFPM) analysis. */
export type Swot = z.infer<typeof SwotSchema>;

/**
 * Schema of one line of the resource inventory (EST-2): what an organization brings or what the
 * partnership still needs (programs, funds for certifications or work supplies, supervision…).
 *
 * @example
 * ```ts
 * ResourceSchema.parse({ id: 'res-1', organizationId: 'org-a', kind: 'financial', description: { en: 'Safety boots fund' }, availability: 'in-place', amountCents: 250000 });
 * ```
 */
export const ResourceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: z.optional(IdSchema),
    kind: ResourceKindSchema,
    description: LocalizedTextSchema,
    availability: ResourceAvailabilitySchema,
    /** What it is worth or costs, in Canadian cents (a whole number: no rounding errors). */
    amountCents: z.optional(z.int().check(z.minimum(0), z.maximum(100_000_000_000))),
    /** The SWOT items it answers (a weakness it fills, a strength it is). */
    swotItemIds: z.optional(z.array(IdSchema)),
    notes: z.optional(LocalizedTextSchema),
  }))();

/** One line of the resource inventory. */
export type Resource = z.infer<typeof ResourceSchema>;

/** Kinds of document partners share (EST-2): intake and emergency-contact forms, consent forms naming the partners. */
export const SHARED_DOCUMENT_KINDS = ['intake', 'emergency-contact', 'consent', 'other'] as const;

/**
 * Schema of a document the partners share or will share (EST-2): its kind, its title, the
 * organizations it names or serves (a consent form names every partner it lets information go
 * to), and whether it is in place or still needed.
 *
 * @example
 * ```ts
 * SharedDocumentSchema.parse({ id: 'doc-1', kind: 'consent', title: { en: 'Consent to share information' }, organizationIds: ['org-a', 'org-b'], availability: 'in-place' });
 * ```
 */
export const SharedDocumentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    kind: z.enum(SHARED_DOCUMENT_KINDS),
    title: LocalizedTextSchema,
    organizationIds: z.array(IdSchema),
    availability: ResourceAvailabilitySchema,
  }))();

/** A shared document. */
export type SharedDocument = z.infer<typeof SharedDocumentSchema>;
