import { produce } from 'immer';
import {
  type ActionResult,
  cleanText,
  isObject,
  rejected,
  textProblem,
} from '../common/action-result';
import { nextId } from '../common/create-id';
import { isDocumentDate, isUsableId } from '../common/validators';
import type { LocalizedText } from '../i18n/localized-text';
import type { NextStep, WorksheetAnswer, WorksheetResponse } from './worksheet-response.schema';

/** Every change a filled-in worksheet can undergo; the `type` names are a public contract. */
export type WorksheetAction =
  | { readonly type: 'answerSet'; readonly questionId: string; readonly answer: LocalizedText }
  | {
      readonly type: 'nextStepAdd';
      readonly questionId: string;
      /** Defaults to the first free `step-N` of the question. */
      readonly id?: string;
      readonly text?: LocalizedText;
    }
  | {
      readonly type: 'nextStepEdit';
      readonly questionId: string;
      readonly stepId: string;
      /** Fields to change; `undefined` for owner or due date removes it. */
      readonly changes: Partial<Omit<NextStep, 'id'>>;
    }
  | { readonly type: 'nextStepRemove'; readonly questionId: string; readonly stepId: string };

const EMPTY: WorksheetAnswer = { answer: {}, nextSteps: [] };
const answerOf = (response: WorksheetResponse, id: string) =>
  Object.hasOwn(response.answers, id) ? (response.answers[id] ?? EMPTY) : EMPTY;

/** Why the changes of a next step cannot be applied, or undefined. */
function stepProblem(
  response: WorksheetResponse,
  changes: unknown,
): ActionResult<WorksheetResponse> | undefined {
  if (!isObject(changes)) return rejected(response, 'ACTION_MALFORMED', ['changes']);
  for (const key of Object.keys(changes)) {
    if (!['text', 'owner', 'dueDate', 'done'].includes(key))
      return rejected(response, 'ACTION_MALFORMED', ['changes', key]);
  }
  if ('text' in changes) {
    const problem = textProblem(changes.text);
    if (problem) return rejected(response, problem.code, ['changes', 'text'], problem.params);
  }
  if (
    changes.owner !== undefined &&
    (typeof changes.owner !== 'string' || changes.owner.length > 500)
  ) {
    return rejected(response, 'ACTION_INVALID_VALUE', ['changes', 'owner']);
  }
  if (changes.dueDate !== undefined && !isDocumentDate(changes.dueDate))
    return rejected(response, 'ACTION_INVALID_DATE', ['changes', 'dueDate']);
  if (changes.done !== undefined && typeof changes.done !== 'boolean')
    return rejected(response, 'ACTION_INVALID_VALUE', ['changes', 'done']);
  return undefined;
}

function check(
  response: WorksheetResponse,
  action: Record<string, unknown>,
): ActionResult<WorksheetResponse> | undefined {
  if (!isUsableId(action.questionId))
    return rejected(response, 'ACTION_INVALID_ID', ['questionId']);
  const answer = answerOf(response, action.questionId);
  switch (action.type) {
    case 'answerSet': {
      const problem = textProblem(action.answer);
      return problem ? rejected(response, problem.code, ['answer'], problem.params) : undefined;
    }
    case 'nextStepAdd': {
      if (action.id !== undefined && !isUsableId(action.id))
        return rejected(response, 'ACTION_INVALID_ID', ['id']);
      if (typeof action.id === 'string' && answer.nextSteps.some((s) => s.id === action.id))
        return rejected(response, 'ACTION_ID_TAKEN', ['id'], { id: action.id });
      const problem = action.text === undefined ? undefined : textProblem(action.text);
      return problem ? rejected(response, problem.code, ['text'], problem.params) : undefined;
    }
    case 'nextStepEdit':
    case 'nextStepRemove':
      if (
        typeof action.stepId !== 'string' ||
        !answer.nextSteps.some((s) => s.id === action.stepId)
      ) {
        return rejected(response, 'ACTION_UNKNOWN_TARGET', ['stepId'], {
          id: String(action.stepId),
        });
      }
      return action.type === 'nextStepEdit' ? stepProblem(response, action.changes) : undefined;
    default:
      return rejected(response, 'ACTION_MALFORMED', ['type']);
  }
}

function edited(step: NextStep, changes: Partial<Omit<NextStep, 'id'>>): NextStep {
  const next: Record<string, unknown> = { ...step };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = key === 'text' ? cleanText(value as object) : value;
  }
  return next as NextStep;
}

/**
 * Applies one action to a filled-in worksheet (WS-SELF, WS-TALK or an app's own) and says what
 * happened: the new response — the same object when nothing changed — or why the action was
 * refused (a text over 20,000 characters, an impossible due date, an unknown step, a malformed
 * action). A refused action leaves the response as it was.
 *
 * @example
 * ```ts
 * const { value } = applyWorksheetAction(response, { type: 'answerSet', questionId: 'purpose-why', answer: { fr: 'Pour mieux servir…' } });
 * ```
 */
export function applyWorksheetAction(
  response: WorksheetResponse,
  action: WorksheetAction,
): ActionResult<WorksheetResponse> {
  if (!isObject(action)) return rejected(response, 'ACTION_MALFORMED');
  const refusal = check(response, action as unknown as Record<string, unknown>);
  if (refusal) return refusal;
  const id = action.questionId;
  const answer = answerOf(response, id);
  let next: WorksheetAnswer;
  switch (action.type) {
    case 'answerSet':
      next = { ...answer, answer: cleanText(action.answer) };
      break;
    case 'nextStepAdd': {
      const stepId =
        action.id ??
        nextId(
          'step',
          answer.nextSteps.map((s) => s.id),
        );
      next = {
        ...answer,
        nextSteps: [
          ...answer.nextSteps,
          { id: stepId, text: cleanText(action.text ?? {}), done: false },
        ],
      };
      break;
    }
    case 'nextStepEdit':
      next = {
        ...answer,
        nextSteps: answer.nextSteps.map((s) =>
          s.id === action.stepId ? edited(s, action.changes) : s,
        ),
      };
      break;
    case 'nextStepRemove':
      next = { ...answer, nextSteps: answer.nextSteps.filter((s) => s.id !== action.stepId) };
      break;
  }
  if (JSON.stringify(next) === JSON.stringify(answer)) return { value: response };
  return {
    value: produce(response, (draft) => {
      draft.answers[id] = next;
    }),
  };
}

/**
 * The pure reducer of a filled-in worksheet: returns the new response, or the same one when the
 * action changes nothing or is refused (see {@link applyWorksheetAction}).
 *
 * @example
 * ```ts
 * response = worksheetReducer(response, { type: 'nextStepAdd', questionId: 'leadership-aware' });
 * ```
 */
export function worksheetReducer(
  response: WorksheetResponse,
  action: WorksheetAction,
): WorksheetResponse {
  return applyWorksheetAction(response, action).value;
}
