import { REVIEW_CHECKLIST, type ReviewArea } from './review.checklist';
import type { ReviewRecord } from './review.schema';

/** Green: all is well; amber: partly, or not every question answered; red: a question answered no. */
export type ReviewStatus = 'green' | 'amber' | 'red';

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

const RANK: Record<ReviewStatus, number> = { green: 0, amber: 1, red: 2 };

/**
 * Summarizes a formal review (REV-3) area by area: red when a question is answered "no",
 * amber when one is answered "partly" or left unanswered, green otherwise ("not applicable"
 * counts as answered). The overall status is the worst area's.
 *
 * @example
 * ```ts
 * const { status, areas } = summarizeReview(review);
 * areas.find((a) => a.areaId === 'funding')?.status; // 'amber'
 * ```
 */
export function summarizeReview(record: Pick<ReviewRecord, 'answers'>): ReviewSummary {
  const answerOf = (id: string) =>
    Object.hasOwn(record.answers, id) ? record.answers[id] : undefined;
  const areas = REVIEW_CHECKLIST.map((area): ReviewAreaSummary => {
    const answers = area.questions.map((q) => answerOf(q.id));
    const answeredNo = area.questions.filter((q) => answerOf(q.id) === 'no').map((q) => q.id);
    const status: ReviewStatus =
      answeredNo.length > 0
        ? 'red'
        : answers.some((a) => a === undefined || a === 'partly')
          ? 'amber'
          : 'green';
    return {
      areaId: area.id,
      status,
      answered: answers.filter((a) => a !== undefined).length,
      total: area.questions.length,
      answeredNo,
    };
  });
  const status = areas.reduce<ReviewStatus>(
    (worst, a) => (RANK[a.status] > RANK[worst] ? a.status : worst),
    'green',
  );
  return { status, areas, answeredNo: areas.flatMap((a) => a.answeredNo) };
}
