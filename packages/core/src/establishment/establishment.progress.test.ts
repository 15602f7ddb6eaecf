import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { createPartnership } from '../partnership/partnership.create';
import { establishmentProgress } from './establishment.progress';

const statuses = (steps: ReturnType<typeof establishmentProgress>) =>
  steps.map((s) => [s.step, s.status]);
const codes = (steps: ReturnType<typeof establishmentProgress>) =>
  steps.flatMap((s) => s.issues.map((i) => i.code));

describe('establishmentProgress', () => {
  it('calls every step of case study 1 done: a documented, signed, adopted partnership', () => {
    const steps = establishmentProgress(caseStudyPartnership());
    expect(statuses(steps)).toEqual([
      ['EST-1', 'done'],
      ['EST-2', 'done'],
      ['EST-3', 'done'],
      ['EST-4', 'done'],
      ['EST-5', 'done'],
    ]);
  });

  it('calls every step of a new partnership not started', () => {
    const steps = establishmentProgress(createPartnership());
    expect(steps.every((s) => s.status === 'not-started')).toBe(true);
    expect(codes(steps)).toEqual([
      'EST_PURPOSE_MISSING',
      'EST_SCOPE_MISSING',
      'EST_CONVERSATION_GUIDE_UNANSWERED',
      'EST_PATHWAY_MISSING',
      'EST_RESOURCES_MISSING',
      'EST_SWOT_EMPTY',
      'EST_RACI_EMPTY',
      'EST_MEETING_CADENCE_MISSING',
      'EST_REVIEW_PLAN_MISSING',
      'EST_AGREEMENT_MISSING',
    ]);
  });

  it('shows where case study 2 stands while it is being established', () => {
    const steps = establishmentProgress(caseStudy2Partnership());
    expect(statuses(steps)).toEqual([
      ['EST-1', 'in-progress'],
      ['EST-2', 'not-started'],
      ['EST-3', 'not-started'],
      ['EST-4', 'not-started'],
      ['EST-5', 'in-progress'],
    ]);
    const est5 = steps[4]?.issues ?? [];
    expect(est5[0]).toMatchObject({ code: 'AGREEMENT_NO_CONFLICT_CLAUSE', ruleId: 'EST-5' });
    expect(est5.filter((i) => i.code === 'EST_AGREEMENT_UNSIGNED')).toHaveLength(6);
  });

  it('keeps the RACI step open while the matrix breaks a rule or is not adopted', () => {
    const partnership = caseStudyPartnership();
    const broken = {
      ...partnership,
      raci: {
        ...partnership.raci,
        status: 'draft' as const,
        cells: { ...partnership.raci.cells, 'job-search': {} },
      },
    };
    const est3 = establishmentProgress(broken)[2];
    expect(est3?.status).toBe('not-started');
    expect(est3?.issues.map((i) => [i.code, i.params])).toEqual([
      ['EST_RACI_HAS_ERRORS', { count: 2 }],
      ['EST_RACI_NOT_ADOPTED', {}],
    ]);
  });
});
