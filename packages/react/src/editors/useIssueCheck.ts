import type { Issue, Language, Partnership } from '@partnership-kit/core';
import { useEffect, useRef, useState } from 'react';
import type { ErrorSummaryEntry } from '../fields/ErrorSummary';
import { editPathOf, fieldId } from './field-ids';
import type { SliceIssue } from './useSliceIssues';

/** Options of {@link useIssueCheck}. */
export interface IssueCheckOptions {
  /** The section's issues, from `useSliceIssues` (filtered to what the section edits). */
  readonly issues: readonly SliceIssue[];
  readonly partnership: Partnership;
  /** Where an entry links when no control of the section edits its value (the section's heading, `tabIndex={-1}`). */
  readonly fallbackId: string;
  /** The control an issue is best fixed at, when its path does not say (an organization's "Add a signatory" button). */
  readonly targetOf?: (entry: SliceIssue) => string | undefined;
  readonly format: (issue: Issue) => string;
}

/**
 * The DOM id of the control that fixes an issue: the input of the issue's own language for a
 * bilingual text (a missing translation goes to the side that is missing), else the first input
 * of the closest value on the issue's path that a control of the page edits, else `fallbackId`.
 * Read from the page, so it runs only once the section is on screen (after "Check").
 */
export function controlOf(
  partnership: Partnership,
  issue: Issue,
  fallbackId: string,
  explicit?: string,
): string {
  if (explicit && document.getElementById(explicit)) return explicit;
  const path = editPathOf(partnership, issue.path);
  const language = issue.params.language;
  const sides: readonly Language[] = [
    ...(language === 'fr' || language === 'en' ? [language as Language] : []),
    ...partnership.languages,
  ];
  for (let end = path.length; end > 0; end -= 1) {
    const base = fieldId(path.slice(0, end));
    for (const id of [...sides.map((side) => `${base}-${side}`), base]) {
      if (document.getElementById(id)) return id;
    }
  }
  return fallbackId;
}

/**
 * "Check this section" for a partnership editor, on the GCDS error-summary pattern: the button
 * shows, at the top of the section, the list of what to fix (errors and warnings; notes stay
 * beside their fields), focused, each entry a link that takes focus to the control that fixes
 * it — and the list follows each fix. When nothing is left, a status says so.
 *
 * @example
 * ```tsx
 * const check = useIssueCheck({ issues, partnership, fallbackId: headingId, format });
 * <IssueCheckSummary check={check} t={t} />
 * <IssueCheckButton check={check} t={t} />
 * ```
 */
export function useIssueCheck(options: IssueCheckOptions) {
  const [checked, setChecked] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  const problems = options.issues.filter((entry) => entry.issue.severity !== 'info');
  // Focus the summary after each press, not on every later render while it follows the fixes.
  useEffect(() => {
    if (checked > 0) summaryRef.current?.focus();
  }, [checked]);
  const entries: ErrorSummaryEntry[] =
    checked > 0
      ? problems.map((entry) => ({
          fieldId: controlOf(
            options.partnership,
            entry.issue,
            options.fallbackId,
            options.targetOf?.(entry),
          ),
          message: options.format(entry.issue),
        }))
      : [];
  return {
    checked: checked > 0,
    presses: checked,
    entries,
    summaryRef,
    check: () => setChecked((n) => n + 1),
  };
}

/** What {@link useIssueCheck} returns. */
export type IssueCheck = ReturnType<typeof useIssueCheck>;
