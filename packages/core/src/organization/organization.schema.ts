import * as z from 'zod/mini';
import { IdSchema, TextSchema } from '../common/common.schema';

/**
 * The kinds of agency the guide names: developmental services (DS), ODSP Employment Supports
 * (POSPH ES) and Employment Ontario (EO); anything else is `other`.
 */
export const ORGANIZATION_SECTORS = [
  'developmental-services',
  'odsp-employment-supports',
  'employment-ontario',
  'other',
] as const;

/** Schema of an organization's sector. @example `OrganizationSectorSchema.parse('employment-ontario')` */
export const OrganizationSectorSchema = /* @__PURE__ */ (() => z.enum(ORGANIZATION_SECTORS))();

/** An organization's sector. */
export type OrganizationSector = z.infer<typeof OrganizationSectorSchema>;

/**
 * Schema of a point of contact. Contacts are named by **title** (required); the person's name,
 * e-mail and phone are optional, so that an MOU stays true when people change jobs.
 *
 * @example
 * ```ts
 * PointOfContactSchema.parse({ id: 'poc-1', title: 'Program manager' });
 * ```
 */
export const PointOfContactSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: z.string().check(z.minLength(1), z.maxLength(500)),
    name: z.optional(TextSchema),
    email: z.optional(TextSchema),
    phone: z.optional(TextSchema),
  }))();

/** A point of contact, by title. */
export type PointOfContact = z.infer<typeof PointOfContactSchema>;

/**
 * Schema of a partner organization: its legal name (used in the MOU's "between" clause), an
 * optional short name for tables, its sector, mission (for the MOU background) and contacts.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({
 *   id: 'org-a',
 *   legalName: 'Agency A Community Living',
 *   sector: 'developmental-services',
 *   pointsOfContact: [{ id: 'poc-1', title: 'Executive director' }],
 * });
 * ```
 */
export const OrganizationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    legalName: z.string().check(z.minLength(1), z.maxLength(500)),
    shortName: z.optional(z.string().check(z.maxLength(100))),
    address: z.optional(TextSchema),
    sector: OrganizationSectorSchema,
    mission: z.optional(TextSchema),
    pointsOfContact: z.array(PointOfContactSchema),
  }))();

/** A partner organization. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * The name to show for an organization in tables and messages: its short name when it has
 * one, else its legal name.
 *
 * @example
 * ```ts
 * organizationLabel({ id: 'a', legalName: 'Agency A Inc.', shortName: 'Agency A', sector: 'other', pointsOfContact: [] });
 * // 'Agency A'
 * ```
 */
export function organizationLabel(organization: Pick<Organization, 'legalName' | 'shortName'>) {
  return organization.shortName?.trim() ? organization.shortName : organization.legalName;
}
