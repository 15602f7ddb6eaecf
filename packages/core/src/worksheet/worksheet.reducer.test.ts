import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { applyWorksheetAction, type WorksheetAction, worksheetReducer } from './worksheet.reducer';
import { type WorksheetResponse, WorksheetResponseSchema } from './worksheet-response.schema';

const start: WorksheetResponse = {
  worksheetId: 'self-reflection',
  worksheetVersion: 1,
  answers: {},
};

describe('worksheetReducer', () => {
  it('answers in both languages and tracks next steps with owners and due dates', () => {
    const actions: WorksheetAction[] = [
      { type: 'answerSet', questionId: 'why', answer: { fr: 'Mieux servir', en: 'Serve better' } },
      { type: 'nextStepAdd', questionId: 'why', text: { en: 'Ask the board' } },
      { type: 'nextStepAdd', questionId: 'why' },
      {
        type: 'nextStepEdit',
        questionId: 'why',
        stepId: 'step-1',
        changes: { owner: 'Nadia', dueDate: '2027-03-01', done: true },
      },
      { type: 'nextStepRemove', questionId: 'why', stepId: 'step-2' },
    ];
    expect(actions.reduce(worksheetReducer, start).answers).toEqual({
      why: {
        answer: { fr: 'Mieux servir', en: 'Serve better' },
        nextSteps: [
          {
            id: 'step-1',
            text: { en: 'Ask the board' },
            done: true,
            owner: 'Nadia',
            dueDate: '2027-03-01',
          },
        ],
      },
    });
  });

  it('keeps the same response when an answer does not change', () => {
    const once = worksheetReducer(start, {
      type: 'answerSet',
      questionId: 'q',
      answer: { en: 'x' },
    });
    expect(
      worksheetReducer(once, { type: 'answerSet', questionId: 'q', answer: { en: 'x' } }),
    ).toBe(once);
  });

  it('refuses over-long answers and impossible due dates, saying where', () => {
    const long = applyWorksheetAction(start, {
      type: 'answerSet',
      questionId: 'q',
      answer: { en: 'x'.repeat(20_001) },
    });
    expect(long.value).toBe(start);
    expect(long.rejection?.path).toEqual(['answer']);
    const one = worksheetReducer(start, { type: 'nextStepAdd', questionId: 'q' });
    const due = applyWorksheetAction(one, {
      type: 'nextStepEdit',
      questionId: 'q',
      stepId: 'step-1',
      changes: { dueDate: '2027-02-29' },
    });
    expect(due.rejection).toEqual(expect.objectContaining({ code: 'ACTION_INVALID_DATE' }));
  });

  it('whatever it is sent, never throws and always gives a response that loads again', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    const questionIds = fc.constantFrom('q', '__proto__', 'constructor', '', ' x');
    const action = fc.oneof(
      hostileActionArb,
      fc.record({
        type: fc.constantFrom('answerSet', 'nextStepAdd', 'nextStepEdit', 'nextStepRemove'),
        questionId: questionIds,
        stepId: fc.constantFrom('step-1', 'step-2', '__proto__'),
        answer: fc.anything(),
        text: fc.anything(),
        changes: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 10 }), (actions) => {
        const end = (actions as WorksheetAction[]).reduce(worksheetReducer, start);
        expect(WorksheetResponseSchema.safeParse(end).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
