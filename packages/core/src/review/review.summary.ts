import { REVIEW_CHECKLIST, type ReviewArea } from './review.checklist';
import type { ReviewRecord } from './review.schema';

/**
 * Red: a question answered "no"; amber: one answered "partly"; green: every question answered
 * "yes" or "not applicable"; incomplete: the rest is fine but some questions are unanswered;
 * unanswered: nothing answered yet (an empty review is not a warning, it is not done).
 */
export type ReviewStatus = 'green' | 'amber' | 'red' | 'incomplete' | 'unanswered';

/** One area's result in a review. */
export interface ReviewAreaSummary {
  readonly areaId: ReviewArea['id'];
  readonly status: ReviewStatus;
  readonly answered: number;
  readonly total: number;
  /** Ids of the questions answered "no", in checklist order. */
  readonly answeredNo: readonly string[];
}

/** The result of a formal review, area by area. */
export interface ReviewSummary {
  readonly status: ReviewStatus;
  readonly areas: readonly ReviewAreaSummary[];
  /** Every question answered "no": what the next meetings should work on. */
  readonly answeredNo: readonly string[];
}

function statusOf(answers: readonly (string | undefined)[]): ReviewStatus {
  if (answers.includes('no')) return 'red';
  if (answers.includes('partly')) return 'amber';
  const answered = answers.filter((a) => a !== undefined).length;
  if (answered === 0) return 'unanswered';
  return answered === answers.length ? 'green' : 'incomplete';
}

/**
 * Summarizes a formal review (REV-3) area by area — red when a question is answered "no",
 * amber when one is answered "partly", green when all are answered well ("not applicable"
 * counts as answered), incomplete or unanswered otherwise — and overall with the same rule
 * over every question.
 *
 * @example
 * ```ts
 * const { status, areas } = summarizeReview(review);
 * areas.find((a) => a.areaId === 'funding')?.status; // 'amber'
 * summarizeReview({ answers: {} }).status; // 'unanswered'
 * ```
 */
export function summarizeReview(record: Pick<ReviewRecord, 'answers'>): ReviewSummary {
  const answerOf = (id: string) =>
    Object.hasOwn(record.answers, id) ? record.answers[id] : undefined;
  const areas = REVIEW_CHECKLIST.map((area): ReviewAreaSummary => {
    const answers = area.questions.map((q) => answerOf(q.id));
    return {
      areaId: area.id,
      status: statusOf(answers),
      answered: answers.filter((a) => a !== undefined).length,
      total: area.questions.length,
      answeredNo: area.questions.filter((q) => answerOf(q.id) === 'no').map((q) => q.id),
    };
  });
  const all = REVIEW_CHECKLIST.flatMap((area) => area.questions.map((q) => answerOf(q.id)));
  return { status: statusOf(all), areas, answeredNo: areas.flatMap((a) => a.answeredNo) };
}
