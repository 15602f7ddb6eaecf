import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizationsArb, raciMatrixArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { GUIDE_ORGANIZATIONS, guideRaci } from '../../test/fixtures/guide-example';
import type { Organization } from '../organization/organization.schema';
import { validateRaci } from './raci.rules';
import type { RaciMatrix, RaciTask } from './raci.schema';

const organizations = GUIDE_ORGANIZATIONS;
const codes = (matrix: RaciMatrix, orgs: readonly Organization[] = organizations) =>
  validateRaci(matrix, { organizations: orgs }).map((issue) => issue.code);

/** The guide's matrix with one change made by `edit`. */
function variant(edit: (matrix: RaciMatrix) => void): RaciMatrix {
  const matrix = structuredClone(guideRaci());
  edit(matrix);
  return matrix;
}

/** The cells of a task of a matrix being edited. */
const row = (matrix: RaciMatrix, taskId: string) =>
  (matrix.tasks.find((t) => t.id === taskId) as RaciTask).cells as Record<string, string[]>;

describe('validateRaci', () => {
  describe("given the guide's example matrix", () => {
    it('finds nothing wrong at all', () => {
      expect(validateRaci(guideRaci(), { organizations })).toEqual([]);
    });
  });

  describe('given a matrix without tasks', () => {
    it('reports RACI_NO_TASKS (RACI-1)', () => {
      const [issue] = validateRaci(
        variant((m) => {
          m.tasks = [];
        }),
        { organizations },
      );
      expect(issue).toMatchObject({
        code: 'RACI_NO_TASKS',
        ruleId: 'RACI-1',
        severity: 'error',
        path: ['tasks'],
      });
    });
  });

  describe('given a task without a lead organization', () => {
    it('reports RACI_TASK_NO_LEAD (RACI-2) on that task only', () => {
      const issues = validateRaci(
        variant((m) => {
          delete m.tasks[3]?.leadOrganizationId;
        }),
        { organizations },
      );
      expect(issues).toEqual([
        {
          code: 'RACI_TASK_NO_LEAD',
          ruleId: 'RACI-2',
          severity: 'error',
          path: ['tasks', 3, 'leadOrganizationId'],
          params: { task: { fr: 'Recherche d’emploi', en: 'Job search' } },
          taskId: 'job-search',
        },
      ]);
    });
  });

  describe('given a task led by an organization that is not a partner', () => {
    it('reports RACI_TASK_LEAD_NOT_PARTNER (RACI-2) with that organization', () => {
      const issues = validateRaci(
        variant((m) => {
          (m.tasks[0] as { leadOrganizationId?: string }).leadOrganizationId = 'agency-z';
        }),
        { organizations },
      );
      expect(issues).toMatchObject([
        {
          code: 'RACI_TASK_LEAD_NOT_PARTNER',
          ruleId: 'RACI-2',
          organizationId: 'agency-z',
          taskId: 'intake-forms',
        },
      ]);
    });
  });

  describe('given a task with nobody responsible', () => {
    it('reports RACI_TASK_NO_RESPONSIBLE (RACI-5)', () => {
      // Intake forms: the intake worker was R; make it C.
      const matrix = variant((m) => {
        row(m, 'intake-forms')['intake-worker'] = ['C'];
      });
      expect(validateRaci(matrix, { organizations })).toMatchObject([
        {
          code: 'RACI_TASK_NO_RESPONSIBLE',
          ruleId: 'RACI-5',
          severity: 'error',
          path: ['tasks', 0, 'cells'],
          params: { task: { en: 'Intake forms' } },
        },
      ]);
    });
  });

  describe('given a task with nobody accountable', () => {
    it('reports RACI_TASK_NO_ACCOUNTABLE (RACI-5)', () => {
      const matrix = variant((m) => {
        delete row(m, 'job-coaching')['employment-specialist'];
      });
      expect(codes(matrix)).toEqual(['RACI_TASK_NO_ACCOUNTABLE']);
    });
  });

  describe('given two accountable roles on a task', () => {
    it('reports RACI_MULTIPLE_ACCOUNTABLE (RACI-6) for that task, naming both roles and their cells', () => {
      const matrix = variant((m) => {
        row(m, 'job-search').executive = ['A'];
      });
      expect(validateRaci(matrix, { organizations })).toEqual([
        {
          code: 'RACI_MULTIPLE_ACCOUNTABLE',
          ruleId: 'RACI-6',
          severity: 'error',
          path: ['tasks', 3, 'cells'],
          params: {
            task: { fr: 'Recherche d’emploi', en: 'Job search' },
            count: 2,
            roles: {
              fr: 'Gestionnaire de programme, Direction générale',
              en: 'Program manager, ED / CEO / director',
            },
          },
          taskId: 'job-search',
          cells: [
            { taskId: 'job-search', roleId: 'program-manager' },
            { taskId: 'job-search', roleId: 'executive' },
          ],
        },
      ]);
    });
  });

  describe('given two responsible roles on a task', () => {
    it('only warns, with RACI_MULTIPLE_RESPONSIBLE (RACI-7)', () => {
      const matrix = variant((m) => {
        row(m, 'job-matching')['job-coach'] = ['R'];
      });
      expect(validateRaci(matrix, { organizations })).toMatchObject([
        {
          code: 'RACI_MULTIPLE_RESPONSIBLE',
          ruleId: 'RACI-7',
          severity: 'warning',
          params: { count: 2 },
        },
      ]);
    });
  });

  describe('given one role both responsible and accountable ("A/R")', () => {
    it('accepts it: the role does the work and answers for it', () => {
      const matrix = variant((m) => {
        const cells = row(m, 'discovery');
        cells['job-coach'] = ['R', 'A'];
        cells['employment-specialist'] = ['C'];
      });
      expect(codes(matrix)).toEqual([]);
    });
  });

  describe('given a role used in no task', () => {
    it('tells it with RACI_ROLE_UNUSED (info)', () => {
      const matrix = variant((m) => {
        m.roles.push({ id: 'family', title: { en: 'Family member' } });
      });
      expect(validateRaci(matrix, { organizations })).toMatchObject([
        { code: 'RACI_ROLE_UNUSED', severity: 'info', roleId: 'family', path: ['roles', 5] },
      ]);
    });
  });

  describe('given a role of an organization that is not a partner', () => {
    it('reports RACI_ROLE_UNKNOWN_ORGANIZATION (RACI-3)', () => {
      const matrix = variant((m) => {
        (m.roles[0] as { organizationId?: string }).organizationId = 'agency-z';
      });
      expect(codes(matrix)).toEqual(['RACI_ROLE_UNKNOWN_ORGANIZATION']);
    });
  });

  describe('given a cell that points at a role that does not exist', () => {
    it('reports the dangling reference by its path', () => {
      const matrix = variant((m) => {
        row(m, 'intake-forms').ghost = ['I'];
      });
      expect(validateRaci(matrix, { organizations })).toMatchObject([
        { code: 'RACI_CELL_UNKNOWN_ROLE', path: ['tasks', 0, 'cells', 'ghost'], roleId: 'ghost' },
      ]);
    });
  });

  describe('given duplicate ids', () => {
    it('reports the second task and the second role that reuse an id', () => {
      const matrix = variant((m) => {
        m.tasks.push({ ...(m.tasks[0] as RaciMatrix['tasks'][number]) });
        m.roles.push({ id: 'job-coach', title: { en: 'Job coach (again)' } });
      });
      const issues = validateRaci(matrix, { organizations });
      expect(issues.filter((i) => i.code.startsWith('RACI_DUPLICATE'))).toMatchObject([
        { code: 'RACI_DUPLICATE_ROLE_ID', path: ['roles', 5, 'id'] },
        { code: 'RACI_DUPLICATE_TASK_ID', path: ['tasks', 6, 'id'] },
      ]);
    });
  });

  describe('given an adopted matrix without its date', () => {
    it('warns with RACI_ADOPTED_WITHOUT_DATE (RACI-8)', () => {
      expect(
        codes(
          variant((m) => {
            delete m.adoptedOn;
          }),
        ),
      ).toEqual(['RACI_ADOPTED_WITHOUT_DATE']);
    });
  });

  describe('given a task or role whose id looks like an Object property', () => {
    it('does not mistake Object.prototype for cells', () => {
      const matrix = variant((m) => {
        m.tasks.push({
          id: 'toString',
          label: { en: 'Follow-up' },
          leadOrganizationId: 'agency-a',
          cells: {},
        });
      });
      expect(codes(matrix)).toEqual(['RACI_TASK_NO_RESPONSIBLE', 'RACI_TASK_NO_ACCOUNTABLE']);
    });
  });

  describe('for any matrix', () => {
    it('agrees with a plain reference implementation of RACI-2, 5, 6 and 7', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      // Written as directly as the guide states the rules, with no shared code.
      const reference = (matrix: RaciMatrix, partners: readonly string[]) => {
        const found: string[] = [];
        for (const task of matrix.tasks) {
          if (!task.leadOrganizationId) found.push(`RACI_TASK_NO_LEAD:${task.id}`);
          else if (!partners.includes(task.leadOrganizationId))
            found.push(`RACI_TASK_LEAD_NOT_PARTNER:${task.id}`);
          let r = 0;
          let a = 0;
          for (const role of matrix.roles) {
            const letters = Object.hasOwn(task.cells, role.id) ? (task.cells[role.id] ?? []) : [];
            if (letters.includes('R')) r += 1;
            if (letters.includes('A')) a += 1;
          }
          if (r === 0) found.push(`RACI_TASK_NO_RESPONSIBLE:${task.id}`);
          if (a === 0) found.push(`RACI_TASK_NO_ACCOUNTABLE:${task.id}`);
          if (a > 1) found.push(`RACI_MULTIPLE_ACCOUNTABLE:${task.id}`);
          if (r > 1) found.push(`RACI_MULTIPLE_RESPONSIBLE:${task.id}`);
        }
        return found.sort();
      };
      const ruleCodes = new Set([
        'RACI_TASK_NO_LEAD',
        'RACI_TASK_LEAD_NOT_PARTNER',
        'RACI_TASK_NO_RESPONSIBLE',
        'RACI_TASK_NO_ACCOUNTABLE',
        'RACI_MULTIPLE_ACCOUNTABLE',
        'RACI_MULTIPLE_RESPONSIBLE',
      ]);
      fc.assert(
        fc.property(
          organizationsArb.chain((orgs) =>
            fc.tuple(fc.constant(orgs), raciMatrixArb([...orgs.map((o) => o.id), 'not-a-partner'])),
          ),
          ([orgs, matrix]) => {
            const actual = validateRaci(matrix, { organizations: orgs })
              .filter((issue) => ruleCodes.has(issue.code))
              .map((issue) => `${issue.code}:${issue.taskId}`)
              .sort();
            expect(actual).toEqual(
              reference(
                matrix,
                orgs.map((o) => o.id),
              ),
            );
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('checks again only the row that changed, and gives the same issues as a fresh check', () => {
      const start = guideRaci();
      const first = validateRaci(start, { organizations });
      const edited = {
        ...start,
        tasks: start.tasks.map((t, i) =>
          i === 3 ? { ...t, cells: { ...t.cells, executive: ['A' as const] } } : t,
        ),
      };
      const issues = validateRaci(edited, { organizations });
      expect(first).toEqual([]);
      expect(issues.map((i) => i.taskId)).toEqual(['job-search']);
      expect(issues).toEqual(validateRaci(structuredClone(edited), { organizations }));
    });

    it('gives every issue a rule-backed code, a severity and a path', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(raciMatrixArb(['agency-a']), (matrix) => {
          for (const issue of validateRaci(matrix, { organizations })) {
            expect(issue.code).toMatch(/^RACI_[A-Z_]+$/);
            expect(['error', 'warning', 'info']).toContain(issue.severity);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
