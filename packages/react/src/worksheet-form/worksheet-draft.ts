import type { WorksheetResponse } from '@partnership-kit/core';

/** Where drafts are kept: `localStorage` by default, or any store with the same three methods. */
export interface WorksheetDraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage when there is one and it works (private modes may refuse it). */
export function defaultDraftStorage(): WorksheetDraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value has the shape of a bilingual text: only `fr` and `en`, each a string. */
const isText = (value: unknown) =>
  isRecord(value) &&
  Object.entries(value).every(
    ([key, side]) => (key === 'fr' || key === 'en') && typeof side === 'string',
  );

/**
 * Whether stored JSON still has the shape of a response. A structural check rather than the zod
 * schema: it keeps zod out of the React bundle, and a draft is only offered, never trusted.
 */
function isResponse(value: unknown): value is WorksheetResponse {
  if (
    !isRecord(value) ||
    typeof value.worksheetId !== 'string' ||
    typeof value.worksheetVersion !== 'number'
  )
    return false;
  if (!isRecord(value.answers)) return false;
  return Object.values(value.answers).every(
    (answer) =>
      isRecord(answer) &&
      isText(answer.answer) &&
      Array.isArray(answer.nextSteps) &&
      answer.nextSteps.every(
        (step) =>
          isRecord(step) &&
          typeof step.id === 'string' &&
          isText(step.text) &&
          typeof step.done === 'boolean',
      ),
  );
}

/** Reads a draft back, or undefined when there is none or it is not a valid response any more. */
export function readDraft(
  storage: WorksheetDraftStorage | null,
  key: string,
): WorksheetResponse | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return isResponse(parsed) ? parsed : undefined;
  } catch {
    return undefined; // a draft that cannot be read is no reason to break the form
  }
}

/** Writes or removes a draft; storage errors (quota, private mode) are ignored. */
export function writeDraft(
  storage: WorksheetDraftStorage | null,
  key: string,
  response: WorksheetResponse | null,
): void {
  try {
    if (response === null) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(response));
  } catch {
    // The draft is a convenience: losing it must not lose the form.
  }
}
