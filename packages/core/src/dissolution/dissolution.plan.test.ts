import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { BilingualTextSchema } from '../i18n/localized-text';
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
    const plan = dissolutionPlan(partnership, { noticeGivenOn: '2027-06-01', path: 'end-on-date' });
    expect(plan.endsOn).toBe('2027-07-31');
    expect(plan.checklist.map((i) => [i.id, i.done])).toEqual([
      ['written-notice', true],
      ['inform-stakeholders', true],
      ['hand-over-clients', false],
      ['recognize-achievements', false],
      ['plan-communication', false],
      ['document-history', false],
      ['celebrate', false],
    ]);
    expect(plan.endsBy).toBe('notice');
  });

  it('keeps the recognition steps whichever way the partners end it (DIS-4, DIS-5)', () => {
    for (const path of ['end-on-date', 'celebrate-and-close'] as const) {
      const ids = dissolutionPlan(partnership, { noticeGivenOn: '2028-01-10', path }).checklist.map(
        (i) => i.id,
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          'recognize-achievements',
          'plan-communication',
          'document-history',
          'celebrate',
        ]),
      );
    }
  });

  it('adds laying the ground for future work when the partners close while recognizing what was achieved (DIS-4 b)', () => {
    const celebrate = dissolutionPlan(partnership, {
      noticeGivenOn: '2028-01-10',
      path: 'celebrate-and-close',
    });
    expect(celebrate.checklist.at(-1)).toMatchObject({
      id: 'lay-groundwork',
      ruleId: 'DIS-4',
      done: false,
    });
    const onDate = dissolutionPlan(partnership, {
      noticeGivenOn: '2028-01-10',
      path: 'end-on-date',
    });
    expect(onDate.checklist.map((i) => i.id)).not.toContain('lay-groundwork');
  });

  it('ends on the agreed date: the end of the term when nobody gave notice (DIS-4 a)', () => {
    const plan = dissolutionPlan(partnership, { path: 'end-on-date' }); // signed 2026-01-20, two years
    expect(plan).toMatchObject({ endsOn: '2028-01-20', endsBy: 'expiry' });
    const early = dissolutionPlan(partnership, {
      noticeGivenOn: '2027-12-15',
      path: 'end-on-date',
    });
    expect(early).toMatchObject({ endsOn: '2028-01-20', endsBy: 'expiry' });
  });

  it('reads the notice and the path the partnership recorded when none are given', () => {
    const recorded = {
      ...partnership,
      dissolution: {
        ...partnership.dissolution,
        noticeGivenOn: '2027-06-01',
        path: 'celebrate-and-close' as const,
      },
    };
    expect(dissolutionPlan(recorded)).toMatchObject({
      endsOn: '2027-07-31',
      endsBy: 'notice',
      path: 'celebrate-and-close',
    });
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
    expect(plan.issues.map((i) => i.code)).toEqual([
      'DIS_NOTICE_PERIOD_UNKNOWN',
      'DIS_END_DATE_UNKNOWN',
      'DIS_CLIENT_WITHOUT_HANDOVER',
    ]);
  });

  it('has every checklist text in both languages, with stable unique ids', () => {
    expect(new Set(DISSOLUTION_CHECKLIST.map((i) => i.id)).size).toBe(DISSOLUTION_CHECKLIST.length);
    for (const item of DISSOLUTION_CHECKLIST)
      expect(BilingualTextSchema.parse(item.text).en).not.toBe('');
  });
});
