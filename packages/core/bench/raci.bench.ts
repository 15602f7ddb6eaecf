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
  {
    id: 'org-a',
    legalName: 'Agency A',
    sector: 'other' as const,
    services: [],
    pointsOfContact: [],
  },
  {
    id: 'org-b',
    legalName: 'Agency B',
    sector: 'other' as const,
    services: [],
    pointsOfContact: [],
  },
];

/** A full matrix: every cell filled, one R and one A per task, so every rule has work to do. */
function matrixOf(taskCount: number, roleCount: number): RaciMatrix {
  const roles = Array.from({ length: roleCount }, (_, j) => ({
    id: `role-${j}`,
    title: { en: `Role ${j}` },
  }));
  const letter = (i: number, j: number): RaciLetter =>
    j === i % roleCount ? 'R' : j === (i + 1) % roleCount ? 'A' : j % 2 ? 'C' : 'I';
  const tasks = Array.from({ length: taskCount }, (_, i) => ({
    id: `task-${i}`,
    label: { en: `Task ${i}` },
    leadOrganizationId: i % 2 === 0 ? 'org-a' : 'org-b',
    cells: Object.fromEntries(roles.map((role, j) => [role.id, [letter(i, j)]])),
  }));
  return createRaciMatrix({ tasks, roles });
}

const sizes = [
  ['10 × 5', matrixOf(10, 5)],
  ['200 × 15', matrixOf(200, 15)],
  ['1,000 × 15', matrixOf(1000, 15)],
] as const;

describe('validateRaci, from scratch', () => {
  for (const [name, matrix] of sizes) {
    bench(name, () => {
      validateRaci(structuredClone(matrix), { organizations });
    });
  }
});

describe('cellSet, chained edits (each edit applied to the result of the one before)', () => {
  for (const [name, start] of sizes) {
    let matrix = start;
    let step = 0;
    const middle = `task-${Math.floor(start.tasks.length / 2)}`;
    bench(name, () => {
      step += 1;
      matrix = raciReducer(matrix, {
        type: 'cellSet',
        taskId: middle,
        roleId: 'role-2',
        letters: [step % 2 ? 'C' : 'I'],
      });
    });
  }
});

describe('validateRaci after one cell edit (chained)', () => {
  for (const [name, start] of sizes) {
    let matrix = start;
    let step = 0;
    validateRaci(matrix, { organizations });
    bench(name, () => {
      step += 1;
      matrix = raciReducer(matrix, {
        type: 'cellSet',
        taskId: 'task-3',
        roleId: 'role-2',
        letters: [step % 2 ? 'C' : 'I'],
      });
      validateRaci(matrix, { organizations });
    });
  }
});

describe('parsePartnership', () => {
  const saved = JSON.parse(
    JSON.stringify(createPartnership({ organizations, raci: matrixOf(200, 15) })),
  );
  bench('a document with a 200 × 15 matrix', () => {
    parsePartnership(saved);
  });
});

describe('an uploaded file nested N levels: JSON.parse + parsePartnership (G1 item 12)', () => {
  for (const depth of [1_000, 10_000, 100_000]) {
    const text = `{"schemaVersion":2,"extensions":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    bench(`${depth.toLocaleString('en')} levels (${Math.round(text.length / 1000)} KB)`, () => {
      parsePartnership(JSON.parse(text));
    });
  }
});
