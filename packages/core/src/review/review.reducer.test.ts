import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { applyReviewAction, type ReviewAction, reviewReducer } from './review.reducer';
import { type ReviewRecord, ReviewRecordSchema } from './review.schema';

const start: ReviewRecord = { id: 'rev-1', date: '2027-06-15', reviewer: 'external', answers: {} };

describe('reviewReducer (REV-2, REV-3)', () => {
  it('records answers, takes one back, and keeps notes in both languages', () => {
    const actions: ReviewAction[] = [
      { type: 'answerSet', questionId: 'funding-1', answer: 'partly' },
      { type: 'answerSet', questionId: 'leadership-1', answer: 'yes' },
      { type: 'answerSet', questionId: 'funding-1', answer: undefined },
      { type: 'notesSet', notes: { fr: 'Revoir le budget', en: 'Review the budget' } },
      { type: 'reviewerSet', reviewer: 'internal' },
      { type: 'dateSet', date: '2027-06-20' },
    ];
    expect(actions.reduce(reviewReducer, start)).toEqual({
      id: 'rev-1',
      date: '2027-06-20',
      reviewer: 'internal',
      answers: { 'leadership-1': 'yes' },
      notes: { fr: 'Revoir le budget', en: 'Review the budget' },
    });
  });

  it('returns the same record when nothing changes', () => {
    expect(reviewReducer(start, { type: 'reviewerSet', reviewer: 'external' })).toBe(start);
    expect(reviewReducer(start, { type: 'answerSet', questionId: 'x', answer: undefined })).toBe(
      start,
    );
  });

  it('refuses impossible dates and answers with a stable code and a path', () => {
    expect(applyReviewAction(start, { type: 'dateSet', date: '2027-02-30' })).toEqual({
      value: start,
      rejection: expect.objectContaining({ code: 'ACTION_INVALID_DATE', path: ['date'] }),
    });
    const bad = { type: 'answerSet', questionId: 'q', answer: 'maybe' } as unknown as ReviewAction;
    expect(applyReviewAction(start, bad).rejection?.code).toBe('ACTION_INVALID_VALUE');
  });

  it('whatever it is sent, never throws and always gives a record that loads again', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(fc.array(hostileActionArb, { maxLength: 8 }), (actions) => {
        const end = (actions as ReviewAction[]).reduce(reviewReducer, start);
        expect(ReviewRecordSchema.safeParse(end).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
