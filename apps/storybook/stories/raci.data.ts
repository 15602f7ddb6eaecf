import {
  createRaciMatrix,
  type Organization,
  type RaciLetter,
  type RaciMatrix,
} from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';

/** The partners of the first sample, used by every RACI story. */
export const organizations: Organization[] = caseStudy1.organizations;

/** The sample's adopted matrix, modelled on the guide's example. */
export const guideMatrix: RaciMatrix = caseStudy1.raci;

/** A matrix that breaks every rule the engine checks, one task at a time. */
export const brokenMatrix: RaciMatrix = createRaciMatrix({
  tasks: [
    { id: 'no-lead', label: 'Intake forms' },
    { id: 'not-partner', label: 'Assessment', leadOrganizationId: 'unknown-agency' },
    { id: 'no-r', label: 'Discovery', leadOrganizationId: 'northtown-cl' },
    { id: 'two-a', label: 'Job search', leadOrganizationId: 'lakeshore-es' },
    { id: 'two-r', label: 'Job coaching', leadOrganizationId: 'northtown-cl' },
  ],
  roles: [
    { id: 'coach', title: 'Job coach', organizationId: 'northtown-cl' },
    { id: 'specialist', title: 'Employment specialist', organizationId: 'lakeshore-es' },
    { id: 'manager', title: 'Program manager', organizationId: 'lakeshore-es' },
    { id: 'family', title: 'Family member', organizationId: 'elsewhere' },
  ],
  cells: {
    'no-lead': { coach: ['R'], manager: ['A'] },
    'not-partner': { specialist: ['R'], manager: ['A'] },
    'no-r': { coach: ['C'], manager: ['A'] },
    'two-a': { specialist: ['R', 'A'], manager: ['A'] },
    'two-r': { coach: ['R'], specialist: ['R'], manager: ['A'] },
  },
  status: 'adopted',
});

/** A large matrix: `tasks` × `roles`, every cell filled, one R and one A per task. */
export function largeMatrix(tasks: number, roles: number): RaciMatrix {
  const roleList = Array.from({ length: roles }, (_, j) => ({
    id: `role-${j + 1}`,
    title: `Role ${j + 1}`,
    organizationId: j % 2 === 0 ? 'northtown-cl' : 'lakeshore-es',
  }));
  const taskList = Array.from({ length: tasks }, (_, i) => ({
    id: `task-${i + 1}`,
    label: `Task ${i + 1}`,
    leadOrganizationId: i % 2 === 0 ? 'northtown-cl' : 'lakeshore-es',
  }));
  const letter = (i: number, j: number): RaciLetter =>
    j === i % roles ? 'R' : j === (i + 1) % roles ? 'A' : j % 2 === 0 ? 'C' : 'I';
  return createRaciMatrix({
    tasks: taskList,
    roles: roleList,
    cells: Object.fromEntries(
      taskList.map((t, i) => [
        t.id,
        Object.fromEntries(roleList.map((r, j) => [r.id, [letter(i, j)]])),
      ]),
    ),
  });
}
