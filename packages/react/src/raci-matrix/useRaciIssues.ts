import type { Issue, Organization, RaciMatrix } from '@partnership-kit/core';
import { createRaciSummarizer, groupRaciIssues, validateRaci } from '@partnership-kit/core/raci';
import { useCallback, useMemo, useRef, useState } from 'react';

const NONE: readonly Issue[] = /* @__PURE__ */ (() => Object.freeze([]))();
const NO_CELLS: ReadonlyMap<string, readonly Issue[]> = /* @__PURE__ */ (() => new Map())();

function sameIssues(a: readonly Issue[] | undefined, b: readonly Issue[]): boolean {
  return a !== undefined && a.length === b.length && a.every((issue, i) => issue === b[i]);
}

/** The same map, reusing each array that holds the same issues as before (so memoized rows skip). */
function stable<K, V extends readonly Issue[]>(
  previous: ReadonlyMap<K, V>,
  next: ReadonlyMap<K, V>,
): Map<K, V> {
  const result = new Map<K, V>();
  for (const [key, list] of next) {
    const before = previous.get(key);
    result.set(key, before && sameIssues(before, list) ? before : list);
  }
  return result;
}

/** Cell issues of one task, reusing the previous map when every array is the same. */
function stableRow(
  previous: ReadonlyMap<string, readonly Issue[]> | undefined,
  next: ReadonlyMap<string, readonly Issue[]>,
) {
  if (!previous) return next;
  const merged = stable(previous, next);
  return merged.size === previous.size &&
    [...merged].every(([key, list]) => previous.get(key) === list)
    ? previous
    : merged;
}

/**
 * The matrix's rule issues (RACI-1..8), grouped where they are, and the workload summary. Core
 * checks again only the rows whose object changed (a cell edit: one row), and every group keeps
 * its identity while its issues are the same, so a memoized row re-renders only when its own
 * issues change. Cheap enough to run in the edit's own render: no deferred second pass.
 */
export function useRaciIssues(matrix: RaciMatrix, organizations: readonly Organization[]) {
  // The same array while the issues are the same objects (core caches them per row): the issue
  // list and everything keyed on it skip an edit that changes no verdict.
  const lastIssues = useRef<readonly Issue[]>(NONE);
  // The last check, kept: an action checks its result to say how the issue count changed, and
  // the render that follows finds that very matrix here instead of checking it again.
  const lastCheck = useRef<{
    matrix: RaciMatrix;
    organizations: readonly Organization[];
    issues: Issue[];
  }>(undefined);
  const validate = useCallback((next: RaciMatrix, partners: readonly Organization[]) => {
    const last = lastCheck.current;
    if (last && last.matrix === next && last.organizations === partners) return last.issues;
    const issues = validateRaci(next, { organizations: partners });
    lastCheck.current = { matrix: next, organizations: partners, issues };
    return issues;
  }, []);
  const issues = useMemo(() => {
    const next = validate(matrix, organizations);
    if (!sameIssues(lastIssues.current, next)) lastIssues.current = next;
    return lastIssues.current;
  }, [validate, matrix, organizations]);
  const previous = useRef<{
    byTask: ReadonlyMap<string, readonly Issue[]>;
    byRole: ReadonlyMap<string, readonly Issue[]>;
    byCell: ReadonlyMap<string, ReadonlyMap<string, readonly Issue[]>>;
  }>({ byTask: new Map(), byRole: new Map(), byCell: new Map() });
  const groups = useMemo(() => {
    const raw = groupRaciIssues(issues);
    // Issues of unchanged rows are the very same objects (core caches them per row).
    const byTask = stable(previous.current.byTask, raw.byTask);
    const byRole = stable(previous.current.byRole, raw.byRole);
    const byCell = new Map<string, ReadonlyMap<string, readonly Issue[]>>();
    for (const [taskId, row] of raw.byCell)
      byCell.set(taskId, stableRow(previous.current.byCell.get(taskId), row));
    const next = { byTask, byRole, byCell, matrix: raw.matrix };
    previous.current = next;
    return next;
  }, [issues]);
  // Counted again for the rows that changed only: one edit does not recount a thousand rows.
  const [summarize] = useState(createRaciSummarizer);
  const summary = useMemo(
    () => summarize(matrix, organizations),
    [summarize, matrix, organizations],
  );
  const errors = useMemo(
    () => issues.filter((issue) => issue.severity === 'error').length,
    [issues],
  );
  // Lookups keep their identity while the groups do, so memoized headers skip an edit.
  const lookups = useMemo(
    () => ({
      issuesOfTask: (taskId: string) => groups.byTask.get(taskId) ?? NONE,
      issuesOfRole: (roleId: string) => groups.byRole.get(roleId) ?? NONE,
      cellIssuesOfTask: (taskId: string) => groups.byCell.get(taskId) ?? NO_CELLS,
    }),
    [groups],
  );
  return { issues, errors, summary, validate, ...lookups };
}
