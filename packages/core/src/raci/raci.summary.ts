import type { LocalizedText } from '../i18n/localized-text';
import { type Organization, organizationLabel } from '../organization/organization.schema';
import type { RaciMatrix } from './raci.schema';
import type { RaciLetter } from './raci-letter.schema';

/** How many cells hold each letter. */
export type RaciCounts = Record<RaciLetter, number>;

/** One role's share of the work. */
export interface RaciRoleSummary {
  readonly roleId: string;
  readonly title: LocalizedText;
  readonly organizationId?: string;
  readonly counts: RaciCounts;
}

/** One organization's share of the work: the tasks it leads and its roles' R and A. */
export interface RaciOrganizationSummary {
  readonly organizationId: string;
  readonly name: string;
  /** Ids of the tasks it leads, in task order. */
  readonly tasksLed: readonly string[];
  readonly responsible: number;
  readonly accountable: number;
}

/** The division of labour a review asks about (REV-3). */
export interface RaciSummary {
  readonly roles: readonly RaciRoleSummary[];
  readonly organizations: readonly RaciOrganizationSummary[];
  /** R and A held by roles that belong to no partner organization. */
  readonly unaffiliated: { readonly responsible: number; readonly accountable: number };
}

const zero = (): RaciCounts => ({ R: 0, A: 0, C: 0, I: 0 });

/**
 * Who does what, in figures: per role the number of R, A, C and I; per organization the tasks
 * it leads and how many R and A its roles hold. This is the "division of labour" a formal
 * review looks at (is the workload equal to the benefit for each organization?). Cells of
 * unknown roles are not counted.
 *
 * @example
 * ```ts
 * const { organizations } = summarizeRaci(partnership.raci, partnership.organizations);
 * // [{ organizationId: 'org-a', name: 'Agency A', tasksLed: ['t3', 't6'], responsible: 2, accountable: 2 }, …]
 * ```
 */
export function summarizeRaci(
  matrix: RaciMatrix,
  organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[],
): RaciSummary {
  const counts = new Map(matrix.roles.map((role) => [role.id, zero()]));
  for (const task of matrix.tasks) {
    for (const [roleId, letters] of Object.entries(task.cells)) {
      const roleCounts = counts.get(roleId);
      if (roleCounts) for (const letter of letters) roleCounts[letter] += 1;
    }
  }
  const roles = matrix.roles.map((role) => ({
    roleId: role.id,
    title: role.title,
    ...(role.organizationId === undefined ? {} : { organizationId: role.organizationId }),
    counts: counts.get(role.id) ?? zero(),
  }));
  const known = new Set(organizations.map((organization) => organization.id));
  const unaffiliated = { responsible: 0, accountable: 0 };
  for (const role of roles) {
    if (role.organizationId === undefined || !known.has(role.organizationId)) {
      unaffiliated.responsible += role.counts.R;
      unaffiliated.accountable += role.counts.A;
    }
  }
  return {
    roles,
    organizations: organizations.map((organization) => {
      const own = roles.filter((role) => role.organizationId === organization.id);
      return {
        organizationId: organization.id,
        name: organizationLabel(organization),
        tasksLed: matrix.tasks
          .filter((task) => task.leadOrganizationId === organization.id)
          .map((task) => task.id),
        responsible: own.reduce((sum, role) => sum + role.counts.R, 0),
        accountable: own.reduce((sum, role) => sum + role.counts.A, 0),
      };
    }),
    unaffiliated,
  };
}
