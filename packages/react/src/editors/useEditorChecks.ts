import type {
  ActionResult,
  Issue,
  IssueSeverity,
  Language,
  Partnership,
} from '@partnership-kit/core';
import type { EditPath, PartnershipAction } from '@partnership-kit/core/editing';
import { formatIssue as formatAnyIssue } from '@partnership-kit/core/issues';
import { useCallback, useRef, useState } from 'react';
import { useFormatIssue } from '../i18n/useMessages';
import { editPathOf, fieldId } from './field-ids';
import { useSliceIssues } from './useSliceIssues';

/** One thing to fix in an editor, at the control that fixes it. */
export interface FieldMessage {
  /** Where the control is, from the document's root. */
  readonly path: EditPath;
  /** The DOM id of the control (see `fieldId`): a bilingual text's inputs add `-fr` / `-en`. */
  readonly fieldId: string;
  readonly message: string;
  readonly severity: IssueSeverity;
  /** The issue's code, or `LOCAL` for what the editor itself refused to save (an empty legal name). */
  readonly code: string;
  /** The side of a bilingual text the message is about (a missing translation). */
  readonly language?: Language;
}

/** Options of {@link useEditorChecks}. */
export interface EditorChecksOptions {
  readonly partnership: Partnership;
  /** The top-level fields the editor owns: their lint issues are its own. */
  readonly keys: string | readonly string[];
  /** The editor's dispatch (paths relative to its slice, as `usePartnershipSlice` takes them). */
  readonly dispatch: (action: PartnershipAction) => ActionResult<Partnership>;
  /** What the control at a path is called, in the interface's language ("Mission — Agency A"). */
  readonly labelOf: (path: EditPath) => string | undefined;
  /** The control that fixes an issue, when it is not the one at the issue's path. */
  readonly targetOf?: (issue: Issue) => EditPath | undefined;
  readonly announce: (text: string) => void;
  readonly locale?: string | undefined;
}

/** Whether every list item a path names still exists (messages about removed items are dropped). */
function pathExists(root: unknown, path: EditPath): boolean {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'string') {
      if (typeof node !== 'object' || node === null) return true;
      node = (node as Record<string, unknown>)[segment];
    } else {
      if (!Array.isArray(node)) return false;
      node = node.find(
        (item) => typeof item === 'object' && item !== null && item.id === segment.id,
      );
      if (node === undefined) return false;
    }
  }
  return true;
}

/**
 * What an editor has to say about its fields, in one place: the issues `lintPartnership` finds in
 * its slice (warnings and errors; notes are left to the issue panels), and what the editor could
 * not save — a change core's reducer refused (its `rejection`), or a value the editor would not
 * send (an empty legal name, "forty" as an amount). Each message is worded with the control's
 * label in place of the raw path and kept at the control's id, for the field itself
 * (`errorFor`), and for the "Check this section" summary (`messages`). `commit` dispatches a
 * change made at one control and keeps its refusal there; `dispatch` announces any refusal.
 *
 * @example
 * ```tsx
 * const checks = useEditorChecks({ partnership, keys: 'organizations', dispatch, labelOf, announce });
 * <BilingualTextField id={id} error={checks.errorFor(id)} onValueChange={(v) => checks.commit(path, { type: 'set', path: rel, value: v })} />
 * ```
 */
export function useEditorChecks(options: EditorChecksOptions) {
  const { partnership, keys, labelOf, targetOf } = options;
  const formatIssue = useFormatIssue(formatAnyIssue, options.locale);
  const sliceIssues = useSliceIssues(partnership, keys);
  const [flags, setFlags] = useState<Readonly<Record<string, FieldMessage>>>({});
  const latest = useRef(options);
  latest.current = options;

  // The control's label stands in for the developer path (`organizations[0].mission`) that
  // core's messages start with: `params.path` wins over the computed path when formatting.
  const word = useCallback(
    (issue: Issue, path: EditPath) => {
      const label = latest.current.labelOf(path);
      return formatIssue(label ? { ...issue, params: { ...issue.params, path: label } } : issue);
    },
    [formatIssue],
  );

  const flag = useCallback((path: EditPath, message: string | undefined) => {
    const id = fieldId(path);
    setFlags((current) => {
      if (message === undefined) {
        if (!(id in current)) return current;
        const { [id]: _, ...rest } = current;
        return rest;
      }
      if (current[id]?.message === message) return current;
      return {
        ...current,
        [id]: { path, fieldId: id, message, severity: 'error', code: 'LOCAL' },
      };
    });
  }, []);

  const commit = useCallback(
    (path: EditPath, action: PartnershipAction) => {
      const result = latest.current.dispatch(action);
      if (result.rejection) {
        const message = word(result.rejection, path);
        flag(path, message);
        latest.current.announce(message);
      } else flag(path, undefined);
      return result;
    },
    [flag, word],
  );

  const dispatch = useCallback(
    (action: PartnershipAction) => {
      const result = latest.current.dispatch(action);
      if (result.rejection) latest.current.announce(formatIssue(result.rejection));
      return result;
    },
    [formatIssue],
  );

  const found = sliceIssues
    .filter(({ issue }) => issue.severity !== 'info')
    .map(({ issue }): FieldMessage => {
      const path = targetOf?.(issue) ?? editPathOf(partnership, issue.path);
      const language = issue.params.language;
      return {
        path,
        fieldId: fieldId(path),
        message: word(issue, path),
        severity: issue.severity,
        code: issue.code,
        ...(language === 'fr' || language === 'en' ? { language } : {}),
      };
    });
  const local = Object.values(flags).filter((entry) => pathExists(partnership, entry.path));
  const messages = [...local, ...found];

  const byField = new Map<string, string[]>();
  for (const entry of messages) {
    // A bilingual field marks its own missing side ("Translation missing"): not twice.
    if (entry.code === 'TRANSLATION_MISSING') continue;
    byField.set(entry.fieldId, [...(byField.get(entry.fieldId) ?? []), entry.message]);
  }

  return {
    /** Everything to fix in the editor, what it could not save first. */
    messages,
    /** The message to show with the control `id`, if any. */
    errorFor: (id: string): string | undefined => byField.get(id)?.join(' '),
    /** Keeps (or, with `undefined`, clears) a message of the editor's own at a control. */
    flag,
    commit,
    dispatch,
    labelOf,
  };
}

/** What {@link useEditorChecks} returns. */
export type EditorChecks = ReturnType<typeof useEditorChecks>;
