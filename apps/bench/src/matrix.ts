import type { Organization, RaciLetter, RaciMatrix } from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';

/** The sizes the benchmark runs, as tasks × roles. */
export const SIZES = {
  '10x5': { tasks: 10, roles: 5 },
  '200x15': { tasks: 200, roles: 15 },
  '1000x15': { tasks: 1000, roles: 15 },
} as const;

export type SizeName = keyof typeof SIZES;

/** The two partners every generated task and role belongs to. */
export const organizations: Organization[] = [
  {
    id: 'northtown',
    legalName: 'Northtown Community Living',
    shortName: 'Northtown',
    sector: 'developmental-services',
    services: [],
    pointsOfContact: [],
  },
  {
    id: 'lakeshore',
    legalName: 'Lakeshore Employment Services',
    shortName: 'Lakeshore',
    sector: 'employment-ontario',
    services: [],
    pointsOfContact: [],
  },
];

/** Short names by organization id, for the grids that show the lead as plain text. */
export const organizationNames: Record<string, string> = Object.fromEntries(
  organizations.map((organization) => [organization.id, organization.shortName ?? '']),
);

/**
 * The letter of task `i`, role `j`: every cell filled, exactly one R and one A per task (so the
 * matrix passes the rules and an edit of a C/I cell does not change the issue list), C and I
 * elsewhere.
 */
export function letterAt(i: number, j: number, roles: number): RaciLetter {
  if (j === i % roles) return 'R';
  if (j === (i + 1) % roles) return 'A';
  return j % 2 === 0 ? 'C' : 'I';
}

/** A draft matrix of `tasks` × `roles` in the v2 shape: each task carries its cells. */
export function benchMatrix(tasks: number, roles: number): RaciMatrix {
  const roleList = Array.from({ length: roles }, (_, j) => ({
    id: `role-${j + 1}`,
    title: { en: `Role ${j + 1}` },
    organizationId: organizations[j % 2]?.id,
  }));
  return createRaciMatrix({
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `task-${i + 1}`,
      label: { en: `Task ${i + 1}` },
      leadOrganizationId: organizations[i % 2]?.id,
      cells: Object.fromEntries(roleList.map((role, j) => [role.id, [letterAt(i, j, roles)]])),
    })),
    roles: roleList,
    status: 'draft',
  });
}

/** The cell every edit goes to: in the middle of the matrix, holding C or I (never R or A). */
export interface EditTarget {
  readonly taskIndex: number;
  readonly roleIndex: number;
  readonly taskId: string;
  readonly roleId: string;
  /** Row and column in the grid's `data-row` / `data-col` terms (row 0 = header, col 2 = first role). */
  readonly row: number;
  readonly col: number;
  /** The letter the cell holds at first: edits alternate between C and I, starting with the other. */
  readonly initial: 'C' | 'I';
}

export function editTarget(tasks: number, roles: number): EditTarget {
  const taskIndex = Math.floor(tasks / 2);
  let roleIndex = Math.floor(roles / 2);
  while (['R', 'A'].includes(letterAt(taskIndex, roleIndex, roles))) {
    roleIndex = (roleIndex + 1) % roles;
  }
  return {
    taskIndex,
    roleIndex,
    taskId: `task-${taskIndex + 1}`,
    roleId: `role-${roleIndex + 1}`,
    row: taskIndex + 1,
    col: roleIndex + 2,
    initial: letterAt(taskIndex, roleIndex, roles) as 'C' | 'I',
  };
}
