import {
  type ActionResult,
  cleanText,
  isObject,
  rejected,
  textProblem,
} from '../common/action-result';
import { isDocumentDate, isUsableId } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import { REVIEW_ANSWERS, type ReviewRecord } from './review.schema';

/** Every change a formal review can undergo; the `type` names are a public contract. */
export type ReviewAction =
  | { readonly type: 'dateSet'; readonly date: string }
  | { readonly type: 'reviewerSet'; readonly reviewer: ReviewRecord['reviewer'] }
  | {
      readonly type: 'answerSet';
      readonly questionId: string;
      /** `undefined` takes the answer back (the question is unanswered again). */
      readonly answer: (typeof REVIEW_ANSWERS)[number] | undefined;
    }
  | { readonly type: 'notesSet'; readonly notes: LocalizedText | undefined };

/**
 * Applies one action to a formal review (REV-2, REV-3) and says what happened: the new record —
 * the same object when nothing changed — or why the action was refused (an impossible date, an
 * answer that is not one of yes, partly, no, not applicable, a malformed action).
 *
 * @example
 * ```ts
 * applyReviewAction(review, { type: 'answerSet', questionId: 'funding-1', answer: 'partly' }).value;
 * ```
 */
export function applyReviewAction(
  record: ReviewRecord,
  action: ReviewAction,
): ActionResult<ReviewRecord> {
  if (!isObject(action)) return rejected(record, 'ACTION_MALFORMED');
  const raw = action as unknown as Record<string, unknown>;
  switch (action.type) {
    case 'dateSet':
      if (!isDocumentDate(raw.date)) return rejected(record, 'ACTION_INVALID_DATE', ['date']);
      return { value: record.date === action.date ? record : { ...record, date: action.date } };
    case 'reviewerSet':
      if (raw.reviewer !== 'external' && raw.reviewer !== 'internal')
        return rejected(record, 'ACTION_INVALID_VALUE', ['reviewer']);
      return {
        value:
          record.reviewer === action.reviewer ? record : { ...record, reviewer: action.reviewer },
      };
    case 'answerSet': {
      if (!isUsableId(raw.questionId)) return rejected(record, 'ACTION_INVALID_ID', ['questionId']);
      if (raw.answer !== undefined && !(REVIEW_ANSWERS as readonly unknown[]).includes(raw.answer))
        return rejected(record, 'ACTION_INVALID_VALUE', ['answer']);
      const current = Object.hasOwn(record.answers, action.questionId)
        ? record.answers[action.questionId]
        : undefined;
      if (current === action.answer) return { value: record };
      const answers = { ...record.answers };
      if (action.answer === undefined) delete answers[action.questionId];
      else answers[action.questionId] = action.answer;
      return { value: { ...record, answers } };
    }
    case 'notesSet': {
      if (action.notes === undefined) {
        const { notes: _, ...rest } = record;
        return { value: record.notes === undefined ? record : rest };
      }
      const problem = textProblem(action.notes);
      if (problem) return rejected(record, problem.code, ['notes'], problem.params);
      return { value: { ...record, notes: cleanText(action.notes) } };
    }
    default:
      return rejected(record, 'ACTION_MALFORMED', ['type']);
  }
}

/**
 * The pure reducer of a formal review: the new record, or the same one when the action changes
 * nothing or is refused (see {@link applyReviewAction}).
 *
 * @example
 * ```ts
 * review = reviewReducer(review, { type: 'reviewerSet', reviewer: 'internal' });
 * ```
 */
export function reviewReducer(record: ReviewRecord, action: ReviewAction): ReviewRecord {
  return applyReviewAction(record, action).value;
}
