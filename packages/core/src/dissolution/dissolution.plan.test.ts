import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { LocalizedTextSchema } from '../i18n/localized-text';
import { DISSOLUTION_CHECKLIST } from './dissolution.checklist';
import { dissolutionPlan } from './dissolution.plan';

describe('dissolutionPlan', () => {
  const partnership = {
    ...caseStudyPartnership(), // MOU with 60 days' notice
    status: 'dissolving' as const,
    dissolution: {
      reason: 'funding-ended' as const,
      checklist: { 'written-notice': true, 'inform-stakeholders': true },
      clientHandovers: [
        { id: 'h1', jobSeeker: 'File 2027-014', toOrganizationId: 'agency-a', handedOver: true },
        { id: 'h2', jobSeeker: 'File 2027-031', handedOver: false },
      ],
    },
  };

  it('ends the notice period after the written notice (DIS-2) and tracks the checklist', () => {
    const plan = dissolutionPlan(partnership, { noticeGivenOn: '2028-01-10', path: 'end-on-date' });
    expect(plan.endsOn).toBe('2028-03-10');
    expect(plan.checklist.map((i) => [i.id, i.done])).toEqual([
      ['written-notice', true],
      ['inform-stakeholders', true],
      ['hand-over-clients', false],
      ['recognize-achievements', false],
      ['plan-communication', false],
      ['document-history', false],
    ]);
  });

  it('adds the celebration when the partners close while recognizing what was achieved (DIS-4)', () => {
    const plan = dissolutionPlan(partnership, {
      noticeGivenOn: '2028-01-10',
      path: 'celebrate-and-close',
    });
    expect(plan.checklist.at(-1)).toMatchObject({ id: 'celebrate', ruleId: 'DIS-5', done: false });
  });

  it('flags every job seeker still without support (DIS-3)', () => {
    const plan = dissolutionPlan(partnership, { noticeGivenOn: '2028-01-10', path: 'end-on-date' });
    expect(plan.issues).toEqual([
      {
        code: 'DIS_CLIENT_WITHOUT_HANDOVER',
        ruleId: 'DIS-3',
        severity: 'error',
        path: ['dissolution', 'clientHandovers', 1],
        params: { jobSeeker: 'File 2027-031' },
      },
    ]);
  });

  it('cannot give an end date without a notice period, and says so', () => {
    const plan = dissolutionPlan(
      { dissolution: partnership.dissolution },
      { noticeGivenOn: '2028-01-10', path: 'end-on-date' },
    );
    expect(plan.endsOn).toBeUndefined();
    expect(plan.issues[0]).toMatchObject({ code: 'DIS_NOTICE_PERIOD_UNKNOWN', ruleId: 'DIS-2' });
  });

  it('has every checklist text in both languages, with stable unique ids', () => {
    expect(new Set(DISSOLUTION_CHECKLIST.map((i) => i.id)).size).toBe(DISSOLUTION_CHECKLIST.length);
    for (const item of DISSOLUTION_CHECKLIST)
      expect(LocalizedTextSchema.parse(item.text).en).not.toBe('');
  });
});
