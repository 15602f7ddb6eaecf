import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizationsArb, raciScenarioArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { GUIDE_ORGANIZATIONS, guideRaci } from '../../test/fixtures/guide-example';
import { raciReducer } from './raci.reducer';
import { createRaciSummarizer, summarizeRaci } from './raci.summary';

describe('summarizeRaci', () => {
  describe("given the guide's example", () => {
    it('counts each role’s letters', () => {
      const { roles } = summarizeRaci(guideRaci(), GUIDE_ORGANIZATIONS);
      expect(roles.map((role) => [role.roleId, role.counts])).toEqual([
        ['job-coach', { R: 2, A: 0, C: 4, I: 0 }],
        ['employment-specialist', { R: 2, A: 2, C: 2, I: 0 }],
        ['intake-worker', { R: 2, A: 0, C: 1, I: 3 }],
        ['program-manager', { R: 0, A: 4, C: 1, I: 1 }],
        ['executive', { R: 0, A: 0, C: 0, I: 6 }],
      ]);
    });

    it('lists the tasks each organization leads (Agency B four, Agency A two)', () => {
      const { organizations } = summarizeRaci(guideRaci(), GUIDE_ORGANIZATIONS);
      expect(organizations.map((o) => [o.name, o.tasksLed])).toEqual([
        ['Agency A', ['discovery', 'job-coaching']],
        ['Agency B', ['intake-forms', 'assessment', 'job-search', 'job-matching']],
      ]);
    });
  });

  describe('given roles that belong to organizations', () => {
    it('adds their R and A to the organization, the rest to unaffiliated', () => {
      let matrix = raciReducer(guideRaci(), {
        type: 'roleOrganizationSet',
        roleId: 'job-coach',
        organizationId: 'agency-a',
      });
      matrix = raciReducer(matrix, {
        type: 'roleOrganizationSet',
        roleId: 'program-manager',
        organizationId: 'agency-b',
      });
      const summary = summarizeRaci(matrix, GUIDE_ORGANIZATIONS);
      expect(
        summary.organizations.map((o) => [o.organizationId, o.responsible, o.accountable]),
      ).toEqual([
        ['agency-a', 2, 0],
        ['agency-b', 0, 4],
      ]);
      expect(summary.unaffiliated).toEqual({ responsible: 4, accountable: 2 });
    });
  });
});

describe('createRaciSummarizer', () => {
  it('gives what summarizeRaci gives, after any sequence of edits', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        organizationsArb.chain((orgs) =>
          raciScenarioArb(raciReducer).map((scenario) => ({ orgs, ...scenario })),
        ),
        ({ orgs, start, actions }) => {
          const summarize = createRaciSummarizer();
          let matrix = start;
          expect(summarize(matrix, orgs)).toEqual(summarizeRaci(matrix, orgs));
          for (const action of actions) {
            matrix = raciReducer(matrix, action);
            expect(summarize(matrix, orgs)).toEqual(summarizeRaci(matrix, orgs));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns the same summary for the same matrix', () => {
    const summarize = createRaciSummarizer();
    const matrix = guideRaci();
    expect(summarize(matrix, GUIDE_ORGANIZATIONS)).toBe(summarize(matrix, GUIDE_ORGANIZATIONS));
  });
});
