import type * as z from 'zod/mini';
import type { OrganizationSector } from '../organization/organization.schema';
import type { RaciLetter } from '../raci/raci-letter.schema';
import { sortRaciLetters } from '../raci/raci-letters';
import type { Partnership, PartnershipStatus } from './partnership.schema';
import { type PartnershipV0, PartnershipV0Schema } from './partnership.v0.schema';

/**
 * One step of the upgrade path: documents at version `from` are checked against `schema` (the
 * shape that version really had), then `up` turns them into version `from + 1`. Steps are pure
 * and run in order, so a version-0 file goes 0 → 1 → 2 … → current.
 */
export interface PartnershipMigration {
  readonly from: number;
  readonly schema: z.ZodMiniType;
  readonly up: (document: never) => unknown;
}

const SECTOR_BY_V0_KIND: Record<PartnershipV0['partners'][number]['kind'], OrganizationSector> = {
  DS: 'developmental-services',
  'ODSP-ES': 'odsp-employment-supports',
  EO: 'employment-ontario',
  OTHER: 'other',
};

const STATUS_BY_V0_STAGE: Record<PartnershipV0['stage'], PartnershipStatus> = {
  exploring: 'exploring',
  establishing: 'establishing',
  active: 'active',
  ending: 'dissolving',
  ended: 'dissolved',
};

/** Version 0 → 1: partners become organizations, "A/R" strings become letter lists. */
export function migrateV0ToV1(v0: PartnershipV0): Partnership {
  const swotItems = (quadrant: keyof PartnershipV0['swot']) =>
    v0.swot[quadrant].map((text, index) => ({ id: `${quadrant}-${index + 1}`, text }));
  return {
    schemaVersion: 1,
    id: v0.id,
    name: v0.title,
    status: STATUS_BY_V0_STAGE[v0.stage],
    purpose: v0.purpose ?? '',
    scope: '',
    organizations: v0.partners.map((partner) => ({
      id: partner.id,
      legalName: partner.name,
      sector: SECTOR_BY_V0_KIND[partner.kind],
      pointsOfContact: partner.contact
        ? [{ id: `${partner.id}-contact`, title: partner.contact }]
        : [],
    })),
    workingGroup: [],
    resources: [],
    raci: {
      tasks: v0.raci.tasks.map((task) => ({
        id: task.id,
        label: task.name,
        ...(task.lead === undefined ? {} : { leadOrganizationId: task.lead }),
      })),
      roles: v0.raci.roles.map((role) => ({
        id: role.id,
        title: role.name,
        ...(role.partner === undefined ? {} : { organizationId: role.partner }),
      })),
      cells: Object.fromEntries(
        v0.raci.tasks.map((task) => [
          task.id,
          Object.fromEntries(
            Object.entries(task.assignments)
              .filter(([, cell]) => cell !== '')
              .map(([roleId, cell]) => [roleId, sortRaciLetters(cell.split('/') as RaciLetter[])]),
          ),
        ]),
      ),
      status: v0.raci.adopted ? 'adopted' : 'draft',
      ...(v0.raci.adopted ? { adoptedOn: v0.raci.adopted } : {}),
    },
    swot: {
      strengths: swotItems('strengths'),
      weaknesses: swotItems('weaknesses'),
      opportunities: swotItems('opportunities'),
      threats: swotItems('threats'),
    },
    worksheets: [],
    agreementFacts: {},
    meetings: { records: [] },
    reviews: [],
  };
}

/** Every migration, in order; the last one produces the current version (a test checks it). */
export const PARTNERSHIP_MIGRATIONS: readonly PartnershipMigration[] = [
  { from: 0, schema: PartnershipV0Schema, up: migrateV0ToV1 as (document: never) => unknown },
];
