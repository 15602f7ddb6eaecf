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

/** Adds (sign 1) or removes (sign -1) one task's letters to the per-role counts. */
function count(counts: Map<string, RaciCounts>, task: RaciMatrix['tasks'][number], sign: 1 | -1) {
  for (const roleId in task.cells) {
    const roleCounts = counts.get(roleId);
    if (!roleCounts || !Object.hasOwn(task.cells, roleId)) continue;
    for (const letter of task.cells[roleId] ?? []) roleCounts[letter] += sign;
  }
}

/** The summary built from per-role counts already made. */
function assemble(
  matrix: RaciMatrix,
  organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[],
  counts: Map<string, RaciCounts>,
): RaciSummary {
  const snapshot = new Map([...counts].map(([roleId, c]) => [roleId, { ...c }]));
  const fresh = summarizeRaci({ ...matrix, tasks: [] }, organizations);
  const roles = fresh.roles.map((role) => ({
    ...role,
    counts: snapshot.get(role.roleId) ?? zero(),
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
    organizations: fresh.organizations.map((organization) => {
      const own = roles.filter((role) => role.organizationId === organization.organizationId);
      return {
        ...organization,
        tasksLed: matrix.tasks
          .filter((task) => task.leadOrganizationId === organization.organizationId)
          .map((task) => task.id),
        responsible: own.reduce((sum, role) => sum + role.counts.R, 0),
        accountable: own.reduce((sum, role) => sum + role.counts.A, 0),
      };
    }),
    unaffiliated,
  };
}

/**
 * {@link summarizeRaci} for a matrix edited one change at a time (a grid): it keeps the counts
 * of the last matrix it saw and, when only some task rows changed (same roles, same number of
 * tasks), adjusts them for those rows instead of counting every cell again. Any other change
 * counts afresh. The result always equals `summarizeRaci(matrix, organizations)`.
 *
 * @example
 * ```ts
 * const summarize = createRaciSummarizer();
 * const summary = summarize(matrix, organizations); // then again after each edit
 * ```
 */
export function createRaciSummarizer() {
  let last: {
    matrix: RaciMatrix;
    organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[];
    counts: Map<string, RaciCounts>;
    summary: RaciSummary;
  } | null = null;
  return (
    matrix: RaciMatrix,
    organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[],
  ): RaciSummary => {
    if (last && last.matrix === matrix && last.organizations === organizations) return last.summary;
    let counts: Map<string, RaciCounts>;
    if (
      last &&
      last.matrix.roles === matrix.roles &&
      last.matrix.tasks.length === matrix.tasks.length
    ) {
      counts = last.counts;
      const before = last.matrix.tasks;
      for (let i = 0; i < matrix.tasks.length; i += 1) {
        const previous = before[i];
        const next = matrix.tasks[i];
        if (previous === next || !previous || !next) continue;
        count(counts, previous, -1);
        count(counts, next, 1);
      }
    } else {
      counts = new Map(matrix.roles.map((role) => [role.id, zero()]));
      for (const task of matrix.tasks) count(counts, task, 1);
    }
    const summary = assemble(matrix, organizations, counts);
    last = { matrix, organizations, counts, summary };
    return summary;
  };
}
