import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { addMonths } from '../common/dates';
import { LocalizedTextSchema } from '../i18n/localized-text';
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
    for (const text of texts) expect(LocalizedTextSchema.parse(text).fr).not.toBe('');
  });
});

describe('summarizeReview', () => {
  it('colours each area: red on a no, amber on partly or unanswered, green otherwise', () => {
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
      ['division-of-labour', 'amber'],
      ['new-opportunities', 'green'],
      ['funding', 'amber'],
      ['visibility', 'red'],
    ]);
    expect(summary.status).toBe('red');
    expect(summary.answeredNo).toEqual(['visibility-3']);
  });

  it('calls an empty review amber in every area', () => {
    expect(
      summarizeReview({ answers: {} }).areas.every((a) => a.status === 'amber' && a.answered === 0),
    ).toBe(true);
  });
});

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
          let p = {
            ...partnership,
            meetings: { ...partnership.meetings, reviewIntervalMonths: interval, records: [] },
            reviews: [] as typeof partnership.reviews,
            agreement: {
              kind: 'mou' as const,
              termYears: 50,
              signatures: [{ organizationId: 'agency-a', signedOn }],
              clauses: { termination: true, conflictResolution: true },
            },
          };
          let previous = signedOn;
          for (let i = 0; i < rounds; i += 1) {
            const due = reviewSchedule(p, previous).nextFormalReviewOn;
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
});
