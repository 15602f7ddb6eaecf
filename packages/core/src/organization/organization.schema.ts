import * as z from 'zod/mini';
import {
  IdSchema,
  NameSchema,
  TextItemSchema,
  TextSchema,
  uniqueIdsCheck,
} from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';

/**
 * The kinds of agency the guide names: developmental services (DS, « services aux personnes
 * ayant une déficience intellectuelle »), ODSP Employment Supports (POSPH ES) and Employment
 * Ontario (EO); anything else is `other`.
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
 * Schema of a point of contact. Contacts are named by **title** (required, in both languages);
 * the person's name, e-mail and phone are optional, so that an MOU stays true when people
 * change jobs.
 *
 * @example
 * ```ts
 * PointOfContactSchema.parse({ id: 'poc-1', title: { fr: 'Gestionnaire de programme', en: 'Program manager' } });
 * ```
 */
export const PointOfContactSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: LocalizedTextSchema,
    name: z.optional(NameSchema),
    email: z.optional(NameSchema),
    phone: z.optional(NameSchema),
  }))();

/** A point of contact, by title. */
export type PointOfContact = z.infer<typeof PointOfContactSchema>;

/**
 * Schema of a partner organization: its legal name (used in the MOU's "between" clause) and an
 * optional short name for tables — proper names, not translated — its address, sector, the
 * service or program concerned by the partnership, its mission and services (for the MOU
 * background, in both languages) and its points of contact.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({
 *   id: 'org-a',
 *   legalName: 'Agency A Community Living',
 *   sector: 'developmental-services',
 *   services: [],
 *   pointsOfContact: [{ id: 'poc-1', title: { en: 'Executive director', fr: 'Direction générale' } }],
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
    /** The service or program of this organization that the partnership concerns (MOU parties). */
    program: z.optional(LocalizedTextSchema),
    mission: z.optional(LocalizedTextSchema),
    /** Services and programs it offers. */
    services: z.array(TextItemSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
    pointsOfContact: z.array(PointOfContactSchema).check(uniqueIdsCheck('SCHEMA_DUPLICATE_ID')),
  }))();

/** A partner organization. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * The name to show for an organization in tables and messages: its short name when it has
 * one, else its legal name.
 *
 * @example
 * ```ts
 * organizationLabel({ legalName: 'Agency A Inc.', shortName: 'Agency A' }); // 'Agency A'
 * ```
 */
export function organizationLabel(organization: Pick<Organization, 'legalName' | 'shortName'>) {
  return organization.shortName?.trim() ? organization.shortName : organization.legalName;
}
