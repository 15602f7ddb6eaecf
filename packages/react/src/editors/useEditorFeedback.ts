import type { ActionResult, Issue, Partnership } from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';
import { useCallback, useState } from 'react';
import { fieldId } from './field-ids';
import type { PartnershipSliceKey } from './usePartnershipSlice';
import type { SliceIssue } from './useSliceIssues';

/** A change core refused, and the control it came from when it was a `set`. */
export interface Refusal {
  readonly issue: Issue;
  /** The DOM id of the control whose value was refused; absent for list changes. */
  readonly fieldId?: string;
}

type Dispatch = (action: PartnershipAction) => ActionResult<Partnership>;

/**
 * What an editor tells beside its controls: the slice's issues from core (`lintPartnership`) and
 * the last change core refused (`applyPartnershipAction`'s `rejection`), so a refused change is
 * said where it was made instead of being silently dropped. Wraps `dispatch` to record
 * refusals; a change that goes through clears the last one.
 *
 * @example
 * ```tsx
 * const feedback = useEditorFeedback('agreement', dispatch, issues, format);
 * <BilingualTextField id={id} error={feedback.messageOf(id, label)} … />
 * ```
 */
export function useEditorFeedback(
  key: PartnershipSliceKey,
  dispatch: Dispatch,
  issues: readonly SliceIssue[],
  format: (issue: Issue) => string,
) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const guarded = useCallback<Dispatch>(
    (action) => {
      const result = dispatch(action);
      if (result.rejection) {
        setRefusal({
          issue: result.rejection,
          ...(action.type === 'set' ? { fieldId: fieldId([key, ...action.path]) } : {}),
        });
      } else setRefusal(null);
      return result;
    },
    [dispatch, key],
  );
  /**
   * What to say beside the control `id` (labelled `label`, which stands for the path in a
   * refusal's message): the refusal of its last change, then its errors and warnings. A missing
   * translation is left out: the bilingual field marks the empty side itself.
   */
  const messageOf = (id: string, label?: string): string | undefined => {
    const texts: string[] = [];
    if (refusal?.fieldId === id) {
      const named =
        label === undefined ? refusal.issue.params : { ...refusal.issue.params, path: label };
      texts.push(format({ ...refusal.issue, params: named }));
    }
    for (const entry of issues) {
      if (entry.fieldId !== id || entry.issue.severity === 'info') continue;
      if (entry.issue.code === 'TRANSLATION_MISSING') continue;
      texts.push(format(entry.issue));
    }
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  /** The notes (`info` issues) of the control `id`: advice, not problems. */
  const notesOf = (id: string): string | undefined => {
    const texts = issues
      .filter((entry) => entry.fieldId === id && entry.issue.severity === 'info')
      .map((entry) => format(entry.issue));
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  return {
    dispatch: guarded,
    /** A refused change to a list (add, remove, move), said at the top of the section. */
    listRefusal: refusal && refusal.fieldId === undefined ? format(refusal.issue) : undefined,
    messageOf,
    notesOf,
  };
}

/** What {@link useEditorFeedback} returns. */
export type EditorFeedback = ReturnType<typeof useEditorFeedback>;

/**
 * The ids that describe a plain control: its hint, its message (`${id}-error`) and its note
 * (`${id}-note`), for `aria-describedby`.
 */
export function describedBy(
  id: string,
  parts: { hint?: unknown; message?: unknown; note?: unknown },
): string | undefined {
  const ids = [
    parts.hint ? `${id}-hint` : undefined,
    parts.message ? `${id}-error` : undefined,
    parts.note ? `${id}-note` : undefined,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
