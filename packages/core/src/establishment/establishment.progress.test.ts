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
    expect(steps[0]?.issues.filter((i) => i.code === 'LEADERSHIP_NOT_CONFIRMED')).toHaveLength(7);
  });

  it('keeps the RACI step open while the matrix breaks a rule or is not adopted', () => {
    const partnership = caseStudyPartnership();
    const broken = {
      ...partnership,
      raci: {
        ...partnership.raci,
        status: 'draft' as const,
        tasks: partnership.raci.tasks.map((t) => (t.id === 'job-search' ? { ...t, cells: {} } : t)),
      },
    };
    const est3 = establishmentProgress(broken)[2];
    expect(est3?.status).toBe('not-started');
    expect(est3?.issues.map((i) => [i.code, i.params])).toEqual([
      ['EST_RACI_HAS_ERRORS', { count: 2 }],
      ['EST_RACI_NOT_ADOPTED', {}],
    ]);
  });

  it('keeps EST-1 open for each organization whose leadership has not approved — a "no" to WS-SELF 10 is not an approval', () => {
    const partnership = caseStudyPartnership();
    const unapproved = {
      ...partnership,
      approvals: partnership.approvals.filter((a) => a.organizationId !== 'agency-b'),
    };
    const est1 = establishmentProgress(unapproved)[0];
    expect(est1?.status).toBe('in-progress');
    expect(est1?.issues).toMatchObject([
      {
        code: 'LEADERSHIP_NOT_CONFIRMED',
        organizationId: 'agency-b',
        params: { organization: 'Agency B' },
      },
    ]);
  });

  it('keeps EST-4 open when formal reviews are planned more than six months apart (REV-2)', () => {
    const partnership = caseStudyPartnership();
    const yearly = {
      ...partnership,
      meetings: { ...partnership.meetings, reviewIntervalMonths: 12 },
    };
    const est4 = establishmentProgress(yearly)[3];
    expect(est4?.status).toBe('in-progress');
    expect(est4?.issues).toMatchObject([
      { code: 'REVIEW_INTERVAL_TOO_LONG', params: { months: 12 } },
    ]);
  });

  it('keeps EST-5 open while the termination clause is not held, even if the guide suggests one (AGR-5)', () => {
    const partnership = caseStudyPartnership();
    const agreement = partnership.agreement as NonNullable<typeof partnership.agreement>;
    const { termination: _, ...clauses } = agreement.clauses;
    const est5 = establishmentProgress({ ...partnership, agreement: { ...agreement, clauses } })[4];
    expect(est5?.issues.map((i) => i.code)).toEqual(['AGREEMENT_NO_TERMINATION_CLAUSE']);
  });
});
