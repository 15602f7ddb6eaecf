import type { Issue, Partnership } from '@partnership-kit/core';
import { lintPartnership } from '@partnership-kit/core/rules';
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
 * The issues `lintPartnership` finds in one slice of the document — or in several, for an editor
 * of several top-level fields (`['purpose', 'scope', 'approvals']`) — each with the DOM id of the
 * control that fixes it (see `fieldId`), for inline messages and the error summary.
 *
 * @example
 * ```ts
 * const issues = useSliceIssues(partnership, 'workingGroup');
 * ```
 */
export function useSliceIssues(
  partnership: Partnership,
  key: string | readonly string[],
  today?: string,
): readonly SliceIssue[] {
  // A list of keys is compared by content: callers may pass a new array on every render.
  const keys = typeof key === 'string' ? key : key.join('\u0000');
  return useMemo(() => {
    const wanted = new Set(keys.split('\u0000'));
    const issues = lintPartnership(partnership, { today: today ?? localToday() });
    return issues
      .filter((issue) => typeof issue.path[0] === 'string' && wanted.has(issue.path[0]))
      .map((issue) => ({ issue, fieldId: fieldId(editPathOf(partnership, issue.path)) }));
  }, [partnership, keys, today]);
}

/** The issues of one control, by its id (the inputs of a bilingual text share theirs). */
export function issuesOf(issues: readonly SliceIssue[], id: string): readonly Issue[] {
  return issues.filter((entry) => entry.fieldId === id).map((entry) => entry.issue);
}
