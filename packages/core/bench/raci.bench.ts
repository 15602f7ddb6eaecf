import { bench, describe } from 'vitest';
import { createPartnership } from '../src/partnership/partnership.create';
import { parsePartnership } from '../src/partnership/partnership.parse';
import { createRaciMatrix } from '../src/raci/raci.create';
import { raciReducer } from '../src/raci/raci.reducer';
import { validateRaci } from '../src/raci/raci.rules';
import type { RaciMatrix } from '../src/raci/raci.schema';
import type { RaciLetter } from '../src/raci/raci-letter.schema';

// Run with `pnpm bench`. Figures go in the closing note, as ratios measured in one run:
// this machine is shared, so absolute times move from run to run.

const organizations = [
  { id: 'org-a', legalName: 'Agency A', sector: 'other' as const, pointsOfContact: [] },
  { id: 'org-b', legalName: 'Agency B', sector: 'other' as const, pointsOfContact: [] },
];

/** A full matrix: every cell filled, one R and one A per task, so every rule has work to do. */
function matrixOf(taskCount: number, roleCount: number): RaciMatrix {
  const roles = Array.from({ length: roleCount }, (_, j) => ({
    id: `role-${j}`,
    title: `Role ${j}`,
  }));
  const tasks = Array.from({ length: taskCount }, (_, i) => ({
    id: `task-${i}`,
    label: `Task ${i}`,
    leadOrganizationId: i % 2 === 0 ? 'org-a' : 'org-b',
  }));
  const cells: Record<string, Record<string, RaciLetter[]>> = {};
  for (const [i, task] of tasks.entries()) {
    cells[task.id] = Object.fromEntries(
      roles.map((role, j) => [
        role.id,
        [j === i % roleCount ? 'R' : j === (i + 1) % roleCount ? 'A' : j % 2 ? 'C' : 'I'],
      ]),
    );
  }
  return createRaciMatrix({ tasks, roles, cells });
}

const large = matrixOf(200, 15);
const huge = matrixOf(1000, 10);
const small = matrixOf(10, 5);

describe('validateRaci', () => {
  bench('200 tasks × 15 roles (3,000 cells)', () => {
    validateRaci(large, { organizations });
  });
  bench('1,000 tasks × 10 roles (10,000 cells)', () => {
    validateRaci(huge, { organizations });
  });
});

describe('one cellSet', () => {
  // Alternate the letters so that every call really changes the cell.
  let flipLarge = false;
  let flipSmall = false;
  // Warm: immer freezes a base the first time it is produced from, once.
  raciReducer(large, { type: 'cellSet', taskId: 'task-100', roleId: 'role-7', letters: ['I'] });
  raciReducer(small, { type: 'cellSet', taskId: 'task-5', roleId: 'role-2', letters: ['I'] });
  bench('on 10 × 5', () => {
    flipSmall = !flipSmall;
    raciReducer(small, {
      type: 'cellSet',
      taskId: 'task-5',
      roleId: 'role-2',
      letters: [flipSmall ? 'C' : 'I'],
    });
  });
  bench('on 200 × 15', () => {
    flipLarge = !flipLarge;
    raciReducer(large, {
      type: 'cellSet',
      taskId: 'task-100',
      roleId: 'role-7',
      letters: [flipLarge ? 'C' : 'I'],
    });
  });
});

describe('parsePartnership', () => {
  const saved = JSON.parse(
    JSON.stringify(createPartnership({ organizations, raci: matrixOf(200, 15) })),
  );
  bench('a document with a 200 × 15 matrix', () => {
    parsePartnership(saved);
  });
});
