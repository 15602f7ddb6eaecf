import { type Issue, lintPartnership, type Partnership } from '@partnership-kit/core';
import { useMemo } from 'react';
import { localToday } from '../utils/format-date';
import { editPathOf, fieldId } from './field-ids';

/** An issue of an editor's slice, with the id of the control that fixes it. */
export interface SliceIssue {
  readonly issue: Issue;
  /** The DOM id of the closest control (bilingual inputs add `-fr` / `-en`). */
  readonly fieldId: string;
}

/**
 * The issues `lintPartnership` finds in one slice of the document, each with the DOM id of the
 * control that fixes it (see `fieldId`), for inline messages and the error summary.
 *
 * @example
 * ```ts
 * const issues = useSliceIssues(partnership, 'workingGroup');
 * ```
 */
export function useSliceIssues(
  partnership: Partnership,
  key: string,
  today?: string,
): readonly SliceIssue[] {
  return useMemo(() => {
    const issues = lintPartnership(partnership, { today: today ?? localToday() });
    return issues
      .filter((issue) => issue.path[0] === key)
      .map((issue) => ({ issue, fieldId: fieldId(editPathOf(partnership, issue.path)) }));
  }, [partnership, key, today]);
}

/** The issues of one control, by its id (the inputs of a bilingual text share theirs). */
export function issuesOf(issues: readonly SliceIssue[], id: string): readonly Issue[] {
  return issues.filter((entry) => entry.fieldId === id).map((entry) => entry.issue);
}
