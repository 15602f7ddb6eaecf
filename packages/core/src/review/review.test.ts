import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { addMonths } from '../common/dates';
import { BilingualTextSchema } from '../i18n/localized-text';
import type { Partnership } from '../partnership/partnership.schema';
import { REVIEW_CHECKLIST } from './review.checklist';
import { reviewSchedule } from './review.schedule';
import { summarizeReview } from './review.summary';

describe('REVIEW_CHECKLIST (REV-3)', () => {
  it('covers the five areas with unique question ids, every text in both languages', () => {
    expect(REVIEW_CHECKLIST.map((a) => a.id)).toEqual([
      'leadership',
      'division-of-labour',
      'new-opportunities',
      'funding',
      'visibility',
    ]);
    const ids = REVIEW_CHECKLIST.flatMap((a) => a.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    const texts = REVIEW_CHECKLIST.flatMap((a) => [a.title, ...a.questions.map((q) => q.text)]);
    for (const text of texts) expect(BilingualTextSchema.parse(text).fr).not.toBe('');
  });
});

describe('summarizeReview', () => {
  it('colours each area: red on a no, amber on partly, incomplete when a question is unanswered, green otherwise', () => {
    const all = Object.fromEntries(
      REVIEW_CHECKLIST.flatMap((a) => a.questions.map((q) => [q.id, 'yes' as const])),
    );
    const summary = summarizeReview({
      answers: {
        ...all,
        'funding-2': 'partly',
        'visibility-3': 'no',
        'leadership-2': 'not-applicable',
        'division-of-labour-4': undefined as never,
      },
    });
    expect(summary.areas.map((a) => [a.areaId, a.status])).toEqual([
      ['leadership', 'green'],
      ['division-of-labour', 'incomplete'],
      ['new-opportunities', 'green'],
      ['funding', 'amber'],
      ['visibility', 'red'],
    ]);
    expect(summary.status).toBe('red');
    expect(summary.answeredNo).toEqual(['visibility-3']);
  });

  it('calls an empty review unanswered, not amber (U1: an empty review is no warning)', () => {
    const summary = summarizeReview({ answers: {} });
    expect(summary.status).toBe('unanswered');
    expect(summary.areas.every((a) => a.status === 'unanswered' && a.answered === 0)).toBe(true);
  });

  it('calls a review with some areas answered well and the rest not started incomplete', () => {
    expect(
      summarizeReview({ answers: { 'leadership-1': 'yes', 'leadership-2': 'yes' } }),
    ).toMatchObject({
      status: 'incomplete',
      areas: [{ areaId: 'leadership', status: 'green' }, { status: 'unanswered' }, {}, {}, {}],
    });
  });
});

type Scheduled = Parameters<typeof reviewSchedule>[0];

describe('reviewSchedule', () => {
  const partnership = caseStudyPartnership(); // MOU signed 2026-01-20 for 2 years; review 2026-07-08

  it('plans the next meeting, review, renewal meeting and expiry from the document', () => {
    expect(reviewSchedule(partnership, '2026-08-01')).toEqual({
      nextMeetingOn: '2026-10-08',
      nextFormalReviewOn: '2027-01-08',
      renewalMeetingOn: '2027-07-20',
      expiresOn: '2028-01-20',
      issues: [],
    });
  });

  it('reports what is overdue for a running partnership', () => {
    const { issues } = reviewSchedule(partnership, '2027-08-01');
    expect(issues.map((i) => [i.code, i.ruleId, i.severity])).toEqual([
      ['MEETING_OVERDUE', 'REV-1', 'warning'],
      ['REVIEW_OVERDUE', 'REV-2', 'error'],
      ['RENEWAL_MEETING_DUE', 'REV-4', 'warning'],
    ]);
    expect(issues[1]?.params).toEqual({ due: '2027-01-08', days: 205 });
  });

  it('reports an expired agreement, and nothing for a partnership that is over', () => {
    expect(reviewSchedule(partnership, '2028-02-01').issues.map((i) => i.code)).toContain(
      'AGREEMENT_EXPIRED',
    );
    expect(reviewSchedule({ ...partnership, status: 'dissolved' }, '2028-02-01').issues).toEqual(
      [],
    );
  });

  it('never lets two formal reviews be more than six months apart when followed, whatever the plan', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 8 }),
        (signedOn, interval, rounds) => {
          const { startedOn: _, ...withoutStart } = partnership;
          let p = {
            ...withoutStart,
            meetings: { ...partnership.meetings, reviewIntervalMonths: interval, records: [] },
            reviews: [] as typeof partnership.reviews,
            agreement: {
              kind: 'mou' as const,
              termYears: 50,
              signatories: [{ id: 's', organizationId: 'agency-a', signedOn }],
              clauses: {},
              provisions: [],
            },
          };
          let previous = signedOn;
          for (let i = 0; i < rounds; i += 1) {
            const due = reviewSchedule(p, previous).nextFormalReviewOn ?? '';
            expect(due > previous).toBe(true);
            expect(due <= addMonths(previous, 6)).toBe(true);
            p = {
              ...p,
              reviews: [
                ...p.reviews,
                { id: `r${i}`, date: due, reviewer: 'external', answers: {} },
              ],
            };
            previous = due;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  describe('given a review interval longer than six months (REV-2)', () => {
    it('reports it, and still schedules the next review six months on', () => {
      const p = { ...partnership, meetings: { ...partnership.meetings, reviewIntervalMonths: 12 } };
      const schedule = reviewSchedule(p, '2026-08-01');
      expect(schedule.nextFormalReviewOn).toBe('2027-01-08');
      expect(schedule.issues).toMatchObject([
        {
          code: 'REVIEW_INTERVAL_TOO_LONG',
          ruleId: 'REV-2',
          severity: 'error',
          path: ['meetings', 'reviewIntervalMonths'],
          params: { months: 12 },
        },
      ]);
    });
  });

  describe('given an active partnership that never met (REV-1, REV-2 anchor)', () => {
    const never: Scheduled = {
      ...partnership,
      meetings: { ...partnership.meetings, records: [] },
      reviews: [],
    };

    it('counts from the start date, never from today, so it becomes overdue', () => {
      const schedule = reviewSchedule(never, '2026-06-01'); // started 2025-09-01
      expect(schedule.nextMeetingOn).toBe('2025-12-01');
      expect(schedule.nextFormalReviewOn).toBe('2026-03-01');
      expect(schedule.issues.map((i) => i.code)).toEqual(['MEETING_OVERDUE', 'REVIEW_OVERDUE']);
      expect(reviewSchedule(never, '2030-01-01').nextMeetingOn).toBe('2025-12-01');
    });

    it('counts from the agreement’s effective date when no start date is recorded', () => {
      const { startedOn: _, ...withoutStart } = never;
      const schedule = reviewSchedule(withoutStart, '2026-06-01'); // last signature 2026-01-20
      expect(schedule.nextMeetingOn).toBe('2026-04-20');
      expect(schedule.nextFormalReviewOn).toBe('2026-07-20');
      expect(schedule.issues.map((i) => i.code)).toEqual(['MEETING_OVERDUE']);
    });

    it('says the schedule is unknown, rather than inventing one, with neither date', () => {
      const { startedOn: _, agreement: __, ...bare } = never;
      const schedule = reviewSchedule(bare, '2026-06-01');
      expect(schedule.nextMeetingOn).toBeUndefined();
      expect(schedule.nextFormalReviewOn).toBeUndefined();
      expect(schedule.issues.map((i) => i.code)).toEqual(['PARTNERSHIP_START_MISSING']);
    });
  });

  describe('given an agreement that renews automatically', () => {
    const automatic: Scheduled = {
      ...partnership,
      agreement: {
        ...(partnership.agreement as NonNullable<Partnership['agreement']>),
        renewal: 'automatic',
      },
    };

    it('rolls the term over and raises neither a renewal meeting nor an expiry', () => {
      const schedule = reviewSchedule(automatic, '2028-03-01'); // first term ended 2028-01-20
      expect(schedule.expiresOn).toBe('2030-01-20');
      expect(schedule.renewalMeetingOn).toBeUndefined();
      expect(schedule.issues.map((i) => i.code)).not.toContain('AGREEMENT_EXPIRED');
      expect(schedule.issues.map((i) => i.code)).not.toContain('RENEWAL_MEETING_DUE');
    });
  });

  describe('given a today that is not a date', () => {
    it.each(['2026-02-30', 'today', '', '2026-1-5'])(
      'refuses %j with a RangeError naming it',
      (today) => {
        expect(() => reviewSchedule(partnership, today)).toThrow(RangeError);
        expect(() => reviewSchedule(partnership, today)).toThrow(/today/);
      },
    );

    it('refuses a Date object, NaN and undefined too', () => {
      for (const today of [new Date(), Number.NaN, undefined]) {
        expect(() => reviewSchedule(partnership, today as unknown as string)).toThrow(RangeError);
      }
    });
  });
});
