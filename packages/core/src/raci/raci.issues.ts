import type { Issue } from '../issues/issue';

/** A RACI matrix's issues by where they are, for a grid to mark rows, headers and cells. */
export interface RaciIssueGroups<T extends Issue = Issue> {
  /** Issues about a task (its name, lead or row), by task id, in order. */
  readonly byTask: ReadonlyMap<string, readonly T[]>;
  /** Issues about a role (a column header), by role id. */
  readonly byRole: ReadonlyMap<string, readonly T[]>;
  /** The cells an issue is about (two A in a row: both cells), by task id, then role id. */
  readonly byCell: ReadonlyMap<string, ReadonlyMap<string, readonly T[]>>;
  /** Issues about the whole matrix (no task, adoption date). */
  readonly matrix: readonly T[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Sorts a RACI matrix's issues by where they are, from the location each issue carries
 * (`taskId`, `roleId`, and `cells` for RACI-6 and RACI-7) — so a grid never has to know which
 * code is about which cells.
 *
 * @example
 * ```ts
 * const { byTask, byCell } = groupRaciIssues(validateRaci(matrix, { organizations }));
 * byCell.get('job-search')?.get('executive'); // [the RACI_MULTIPLE_ACCOUNTABLE issue]
 * ```
 */
export function groupRaciIssues<T extends Issue>(issues: readonly T[]): RaciIssueGroups<T> {
  const byTask = new Map<string, T[]>();
  const byRole = new Map<string, T[]>();
  const byCell = new Map<string, Map<string, T[]>>();
  const matrix: T[] = [];
  for (const issue of issues) {
    if (issue.taskId !== undefined) push(byTask, issue.taskId, issue);
    else if (issue.roleId !== undefined) push(byRole, issue.roleId, issue);
    else matrix.push(issue);
    for (const cell of issue.cells ?? []) {
      let row = byCell.get(cell.taskId);
      if (!row) {
        row = new Map();
        byCell.set(cell.taskId, row);
      }
      push(row, cell.roleId, issue);
    }
  }
  return { byTask, byRole, byCell, matrix };
}
