import {
  canRedo,
  canUndo,
  createRaciHistory,
  createRaciMatrix,
  type Issue,
  moveRaciFocus,
  type Organization,
  type RaciAction,
  type RaciFocus,
  type RaciHistory,
  type RaciMatrix,
  type RaciNavigationKey,
  type RaciSummary,
  raciHistoryReducer,
  redo as redoHistory,
  summarizeRaci,
  undo as undoHistory,
  validateRaci,
} from '@partnership-kit/core';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';

/** Options of {@link useRaciMatrix}. */
export interface UseRaciMatrixOptions {
  /** The matrix, when the parent controls it (pair with `onValueChange`). */
  readonly value?: RaciMatrix;
  /** The starting matrix when uncontrolled; an empty draft by default. */
  readonly defaultValue?: RaciMatrix;
  readonly onValueChange?: (matrix: RaciMatrix) => void;
  /** The partners: lead organizations and role organizations are chosen among them. */
  readonly organizations: readonly Organization[];
  /** No edits at all: actions are ignored. */
  readonly readOnly?: boolean;
  /** How many changes can be undone. Default 100. */
  readonly historyLimit?: number;
}

/** Cell key in {@link RaciMatrixState.issuesByCell}. */
export const cellKey = (taskId: string, roleId: string) => `${taskId}\u0000${roleId}`;

/** What {@link useRaciMatrix} gives a UI. */
export interface RaciMatrixState {
  readonly matrix: RaciMatrix;
  /** Applies an action (ignored when read-only), recording it for undo. */
  readonly dispatch: (action: RaciAction) => void;
  /** Every issue of `validateRaci`, in order. */
  readonly issues: readonly Issue[];
  /** Issues about a task, by task id. Arrays keep their identity while unchanged. */
  readonly issuesByTask: ReadonlyMap<string, readonly Issue[]>;
  /** Issues about a role (header), by role id. */
  readonly issuesByRole: ReadonlyMap<string, readonly Issue[]>;
  /** The cells an issue is about (two A, two R), by `cellKey(taskId, roleId)`. */
  readonly issuesByCell: ReadonlyMap<string, readonly Issue[]>;
  /**
   * The same, per task: the ids of its roles whose cell is at fault. Arrays keep their identity
   * while unchanged, so a grid row can be memoized on them.
   */
  readonly invalidRolesByTask: ReadonlyMap<string, readonly string[]>;
  readonly summary: RaciSummary;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** The focused grid position: row 0 is the header, column 0 the task, 1 the lead, 2+ the roles. */
  readonly focus: RaciFocus;
  readonly setFocus: (focus: RaciFocus) => void;
  /** Moves focus for a navigation key; returns whether the key was one (then prevent its default). */
  readonly moveFocus: (key: RaciNavigationKey) => boolean;
  readonly readOnly: boolean;
}

/** Reuses the previous array when the issues of a key are the same, so memoized rows skip. */
function stableGroups(
  previous: Map<string, readonly Issue[]>,
  groups: Map<string, Issue[]>,
): Map<string, readonly Issue[]> {
  const result = new Map<string, readonly Issue[]>();
  for (const [key, list] of groups) {
    const before = previous.get(key);
    const same =
      before !== undefined &&
      before.length === list.length &&
      before.every(
        (issue, i) =>
          issue.code === list[i]?.code &&
          JSON.stringify(issue.params) === JSON.stringify(list[i]?.params),
      );
    result.set(key, same ? before : list);
  }
  return result;
}

function push(map: Map<string, Issue[]>, key: string, issue: Issue) {
  const list = map.get(key);
  if (list) list.push(issue);
  else map.set(key, [issue]);
}

/**
 * The state and actions behind `<RaciMatrix>`, for a portal that draws its own UI: the matrix
 * (controlled or not), a `dispatch` for core's RACI actions with undo/redo, the rule issues
 * grouped by task, role and cell, the workload summary, and the focused cell with WAI-ARIA grid
 * navigation (core's `moveRaciFocus`).
 *
 * @example
 * ```tsx
 * const raci = useRaciMatrix({ organizations, defaultValue: partnership.raci });
 * raci.dispatch({ type: 'cellSet', taskId: 'intake', roleId: 'intake-worker', letters: ['R'] });
 * raci.undo();
 * ```
 */
export function useRaciMatrix(options: UseRaciMatrixOptions): RaciMatrixState {
  const { organizations, readOnly = false, historyLimit = 100 } = options;
  const [matrix, setMatrix] = useControllableState<RaciMatrix>({
    value: options.value,
    defaultValue: () => options.defaultValue ?? createRaciMatrix(),
    onChange: options.onValueChange,
    name: 'RaciMatrix',
  });

  // The history follows the matrix; a matrix that changed from outside starts a new history.
  const history = useRef<RaciHistory | null>(null);
  if (history.current === null || history.current.present !== matrix) {
    history.current = createRaciHistory(matrix, { limit: historyLimit });
  }
  const apply = useCallback(
    (next: RaciHistory) => {
      if (next === history.current) return;
      history.current = next;
      setMatrix(next.present);
    },
    [setMatrix],
  );
  const dispatch = useCallback(
    (action: RaciAction) => {
      if (!readOnly && history.current) apply(raciHistoryReducer(history.current, action));
    },
    [apply, readOnly],
  );
  const undo = useCallback(() => {
    if (!readOnly && history.current) apply(undoHistory(history.current));
  }, [apply, readOnly]);
  const redo = useCallback(() => {
    if (!readOnly && history.current) apply(redoHistory(history.current));
  }, [apply, readOnly]);

  // Checking the rules and summing the workload wait for a deferred render: the edit itself
  // commits first (instant on a 200-task matrix), the issues follow a moment later.
  const checked = useDeferredValue(matrix);
  const issues = useMemo(() => validateRaci(checked, { organizations }), [checked, organizations]);
  const previousGroups = useRef({
    task: new Map<string, readonly Issue[]>(),
    role: new Map<string, readonly Issue[]>(),
    cell: new Map<string, readonly Issue[]>(),
    invalidRoles: new Map<string, readonly string[]>(),
  });
  const groups = useMemo(() => {
    const task = new Map<string, Issue[]>();
    const role = new Map<string, Issue[]>();
    const cell = new Map<string, Issue[]>();
    for (const issue of issues) {
      if (issue.taskId !== undefined) push(task, issue.taskId, issue);
      else if (issue.roleId !== undefined) push(role, issue.roleId, issue);
      // The cells at fault: the A's of a task with several, the R's of a task with several.
      const letter =
        issue.code === 'RACI_MULTIPLE_ACCOUNTABLE'
          ? 'A'
          : issue.code === 'RACI_MULTIPLE_RESPONSIBLE'
            ? 'R'
            : undefined;
      if (letter && issue.taskId !== undefined) {
        const row = Object.hasOwn(checked.cells, issue.taskId)
          ? checked.cells[issue.taskId]
          : undefined;
        for (const [roleId, letters] of Object.entries(row ?? {})) {
          if (letters.includes(letter)) push(cell, cellKey(issue.taskId, roleId), issue);
        }
      }
    }
    const invalidRoles = new Map<string, readonly string[]>();
    for (const key of cell.keys()) {
      const [taskId = '', roleId = ''] = key.split('\u0000');
      invalidRoles.set(taskId, [...(invalidRoles.get(taskId) ?? []), roleId]);
    }
    for (const [taskId, roles] of invalidRoles) {
      const before = previousGroups.current.invalidRoles.get(taskId);
      if (before && before.length === roles.length && before.every((id, i) => id === roles[i]))
        invalidRoles.set(taskId, before);
    }
    const next = {
      task: stableGroups(previousGroups.current.task, task),
      role: stableGroups(previousGroups.current.role, role),
      cell: stableGroups(previousGroups.current.cell, cell),
      invalidRoles,
    };
    previousGroups.current = next;
    return next;
  }, [issues, checked.cells]);

  const summary = useMemo(() => summarizeRaci(checked, organizations), [checked, organizations]);

  const [rawFocus, setFocus] = useState<RaciFocus>({ row: 1, col: 2 });
  // Keep focus inside the grid when tasks or roles are removed.
  const lastRow = matrix.tasks.length;
  const lastCol = matrix.roles.length + 1;
  const focus = useMemo<RaciFocus>(() => {
    const row = Math.min(rawFocus.row, lastRow);
    const col = Math.min(rawFocus.col, lastCol);
    return row === rawFocus.row && col === rawFocus.col ? rawFocus : { row, col };
  }, [rawFocus, lastRow, lastCol]);
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const moveFocus = useCallback(
    (key: RaciNavigationKey) => {
      const next = moveRaciFocus(matrix, focusRef.current, key);
      if (next === null) return false;
      if (next !== focusRef.current) setFocus(next);
      return true;
    },
    [matrix],
  );

  return {
    matrix,
    dispatch,
    issues,
    issuesByTask: groups.task,
    issuesByRole: groups.role,
    issuesByCell: groups.cell,
    invalidRolesByTask: groups.invalidRoles,
    summary,
    canUndo: history.current ? canUndo(history.current) : false,
    canRedo: history.current ? canRedo(history.current) : false,
    undo,
    redo,
    focus,
    setFocus,
    moveFocus,
    readOnly,
  };
}
