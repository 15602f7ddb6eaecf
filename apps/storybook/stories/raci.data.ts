import type { Organization, RaciLetter, RaciMatrix } from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';
import { caseStudy1 } from '@partnership-kit/templates/samples';

/** The partners of the first sample, used by every RACI story. */
export const organizations: Organization[] = caseStudy1.organizations;

/** The sample's adopted matrix, modelled on the guide's example, in French and English. */
export const guideMatrix: RaciMatrix = caseStudy1.raci;

/** The sample's matrix as a draft, to edit. */
export const draftMatrix: RaciMatrix = {
  ...caseStudy1.raci,
  status: 'draft',
  adoptedOn: undefined,
};

const both = (fr: string, en: string) => ({ fr, en });

/** A draft that breaks the rules the engine checks, one task at a time (RACI-2..6). */
export const brokenMatrix: RaciMatrix = createRaciMatrix({
  roles: [
    {
      id: 'coach',
      title: both('Formatrice ou formateur en milieu de travail', 'Job coach'),
      organizationId: 'northtown-cl',
    },
    {
      id: 'specialist',
      title: both('Spécialiste de l’emploi', 'Employment specialist'),
      organizationId: 'lakeshore-es',
    },
    {
      id: 'manager',
      title: both('Gestionnaire de programme', 'Program manager'),
      organizationId: 'lakeshore-es',
    },
    { id: 'family', title: both('Membre de la famille', 'Family member') },
  ],
  tasks: [
    {
      id: 'no-lead',
      label: both('Formulaires d’admission', 'Intake forms'),
      cells: { coach: ['R'], manager: ['A'] },
    },
    {
      id: 'no-r',
      label: both('Découverte', 'Discovery'),
      leadOrganizationId: 'northtown-cl',
      cells: { coach: ['C'], manager: ['A'] },
    },
    {
      id: 'two-a',
      label: both('Recherche d’emploi', 'Job search'),
      leadOrganizationId: 'lakeshore-es',
      cells: { specialist: ['R', 'A'], manager: ['A'] },
    },
    {
      id: 'two-r',
      label: both('Accompagnement', 'Job coaching'),
      leadOrganizationId: 'northtown-cl',
      cells: { coach: ['R'], specialist: ['R'], manager: ['A'] },
    },
  ],
});

/** A large matrix: `tasks` × `roles`, every cell filled, one R and one A per task. */
export function largeMatrix(tasks: number, roles: number): RaciMatrix {
  const roleList = Array.from({ length: roles }, (_, j) => ({
    id: `role-${j + 1}`,
    title: both(`Rôle ${j + 1}`, `Role ${j + 1}`),
    organizationId: j % 2 === 0 ? 'northtown-cl' : 'lakeshore-es',
  }));
  const letter = (i: number, j: number): RaciLetter =>
    j === i % roles ? 'R' : j === (i + 1) % roles ? 'A' : j % 2 === 0 ? 'C' : 'I';
  return createRaciMatrix({
    roles: roleList,
    tasks: Array.from({ length: tasks }, (_, i) => ({
      id: `task-${i + 1}`,
      label: both(`Tâche ${i + 1}`, `Task ${i + 1}`),
      leadOrganizationId: i % 2 === 0 ? 'northtown-cl' : 'lakeshore-es',
      cells: Object.fromEntries(roleList.map((r, j) => [r.id, [letter(i, j)]])),
    })),
  });
}
