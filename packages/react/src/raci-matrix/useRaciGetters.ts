import type { Issue, Organization, RaciMatrix } from '@partnership-kit/core';
import { organizationLabel } from '@partnership-kit/core';
import type { RaciFocus } from '@partnership-kit/core/raci';
import { type KeyboardEvent, type RefObject, useCallback, useMemo, useRef } from 'react';
import type { RaciTranslate } from './raci.messages';
import { createRaciGetters, type RaciRowState } from './raci-matrix.getters';
import type { useRaciIssues } from './useRaciIssues';
import type { RaciEditor, RaciMenu } from './useRaciMatrix';

/** What {@link useRaciGetters} lays on elements: the matrix, its issues, focus and handlers. */
export interface RaciGetterContext {
  readonly matrix: RaciMatrix;
  readonly organizations: readonly Organization[];
  readonly checks: ReturnType<typeof useRaciIssues>;
  readonly focus: RaciFocus;
  readonly setFocus: (focus: RaciFocus, moveDomFocus?: boolean) => void;
  readonly gridRef: RefObject<HTMLElement | null>;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly idPrefix: string;
  readonly lang: 'fr' | 'en';
  readonly t: RaciTranslate;
  readonly readOnly: boolean;
  readonly headerRows: number;
  readonly announce: (text: string) => void;
  readonly setEditor: (editor: RaciEditor | null) => void;
  readonly setMenu: (menu: RaciMenu | null) => void;
}

/**
 * The prop getters of {@link useRaciMatrix}: `getGridProps` for the grid element, `getRowState`
 * for what a row shows, and `getters` (rows, row headers, lead cells, role cells, column
 * headers), whose identity holds while the language, the labels and the mode do — so memoized
 * rows re-render only when their own state changes.
 *
 * @example
 * ```ts
 * const { getters, getRowState, getGridProps } = useRaciGetters(context);
 * const row = getRowState(0); // the first task, its issues and focused column
 * ```
 */
export function useRaciGetters(context: RaciGetterContext) {
  const { matrix, organizations, checks, focus, setFocus, announce, t, setEditor, setMenu } =
    context;
  const { idPrefix, lang, readOnly, headerRows } = context;
  const latest = useRef(matrix);
  latest.current = matrix;
  const openMenu = useCallback(
    (taskId: string, roleId: string) => {
      if (latest.current.status === 'adopted') return announce(t('raci.adoptedLocked'));
      setMenu({ taskId, roleId });
    },
    [announce, t, setMenu],
  );
  const openEditor = useCallback(
    (target: 'task' | 'lead' | 'role', id: string) => {
      setEditor(
        target === 'role'
          ? { kind: 'role', id }
          : { kind: 'task', id, focus: target === 'lead' ? 'lead' : 'name' },
      );
    },
    [setEditor],
  );
  const focusCell = useCallback(
    (row: number, col: number) => setFocus({ row, col }, false),
    [setFocus],
  );
  const getters = useMemo(
    () =>
      createRaciGetters({
        idPrefix,
        lang,
        t,
        readOnly,
        headerRows,
        focusCell,
        openMenu,
        openEditor,
      }),
    [idPrefix, lang, t, readOnly, headerRows, focusCell, openMenu, openEditor],
  );

  const leadNames = useMemo(
    () => new Map(organizations.map((o) => [o.id, organizationLabel(o)])),
    [organizations],
  );
  const getRowState = (index: number): RaciRowState => {
    const task = matrix.tasks[index];
    if (!task) throw new RangeError(`getRowState: no task at index ${index}.`);
    return {
      task,
      index,
      focusedCol: focus.row === index + 1 ? focus.col : -1,
      issues: checks.issuesOfTask(task.id),
      cellIssues: checks.cellIssuesOfTask(task.id),
      leadName:
        task.leadOrganizationId === undefined
          ? ''
          : (leadNames.get(task.leadOrganizationId) ?? task.leadOrganizationId),
    };
  };

  const getGridProps = (props: { 'aria-label'?: string } = {}) => ({
    ref: (element: HTMLElement | null) => {
      context.gridRef.current = element;
    },
    role: 'grid' as const,
    'aria-label': props['aria-label'],
    'aria-rowcount': matrix.tasks.length + headerRows,
    'aria-colcount': matrix.roles.length + 2,
    'aria-readonly': readOnly || undefined,
    'aria-describedby': readOnly ? undefined : `${idPrefix}-help`,
    onKeyDown: context.onKeyDown,
  });

  /** Focus goes to what an issue is about: its cell, its lead cell, its row or its column. */
  const focusIssue = useCallback(
    (issue: Issue) => {
      const { tasks, roles } = latest.current;
      const row = tasks.findIndex((x) => x.id === issue.taskId) + 1;
      const roleId = issue.cells?.[0]?.roleId ?? issue.roleId;
      const roleCol = roles.findIndex((x) => x.id === roleId) + 2;
      const leadIssue = issue.path.at(-1) === 'leadOrganizationId';
      if (row > 0) setFocus({ row, col: roleCol > 1 ? roleCol : leadIssue ? 1 : 0 });
      else setFocus({ row: 0, col: roleCol > 1 ? roleCol : 0 });
    },
    [setFocus],
  );
  return { getters, getRowState, getGridProps, focusIssue } as const;
}
