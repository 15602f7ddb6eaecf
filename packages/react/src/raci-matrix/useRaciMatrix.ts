import { type Organization, organizationLabel, type RaciLetter } from '@partnership-kit/core';
import {
  type RaciAction,
  type RaciActionResult,
  type RaciFocus,
  raciKeyCommand,
  validateRaci,
} from '@partnership-kit/core/raci';
import { raciLegend } from '@partnership-kit/templates';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { downloadText } from '../utils/download';
import { localToday } from '../utils/format-date';
import { formatRaciIssue, RACI_MESSAGES } from './raci.messages';
import { createRaciGetters, type RaciRowState } from './raci-matrix.getters';
import { roleGroups, shown } from './raci-matrix.labels';
import { type RaciHistoryOptions, useRaciHistory } from './useRaciHistory';
import { useRaciIssues } from './useRaciIssues';

/** Options of {@link useRaciMatrix}. */
export interface UseRaciMatrixOptions extends RaciHistoryOptions, MessageOptions {
  /** The partners: lead organizations and role organizations are chosen among them. */
  readonly organizations: readonly Organization[];
  /** The day used when the matrix is adopted; today (local time) by default. */
  readonly today?: () => string;
  /** Called with the CSV text instead of downloading `raci.csv`. */
  readonly onExportCsv?: (csv: string) => void;
}

/** The dialog open on a task (its name, or its lead organization) or a role, new or existing. */
export type RaciEditor =
  | { readonly kind: 'task'; readonly id?: string; readonly focus: 'name' | 'lead' }
  | { readonly kind: 'role'; readonly id?: string };

/** The letter picker open on a cell. */
export interface RaciMenu {
  readonly taskId: string;
  readonly roleId: string;
}

/**
 * Everything a RACI grid does, without its markup (the behaviour layer, as in React Aria and
 * Zag): the matrix (controlled or not) with undo/redo, the rule issues grouped where they are,
 * the workload, WAI-ARIA grid focus and keyboard (core's `raciKeyCommand`), the task and role
 * editors, the letter picker, polite announcements — and prop getters (`getGridProps`,
 * `getRowProps`, `getRowHeaderProps`, `getLeadCellProps`, `getCellProps`,
 * `getColumnHeaderProps`) that carry roles, ARIA, `data-*` state and handlers. `<RaciMatrix>`
 * only lays these on elements; a portal can draw its own grid the same way.
 *
 * @example
 * ```tsx
 * const raci = useRaciMatrix({ organizations, defaultValue: partnership.raci });
 * return (
 *   <table {...raci.getGridProps({ 'aria-label': 'Roles' })}>
 *     <tbody>
 *       {raci.matrix.tasks.map((task, index) => {
 *         const row = raci.getRowState(index);
 *         return (
 *           <tr key={task.id} {...raci.getters.getRowProps(row)}>
 *             <th {...raci.getters.getRowHeaderProps(row)} />
 *             <td {...raci.getters.getLeadCellProps(row)} />
 *             {raci.matrix.roles.map((role, i) => {
 *               const { letters, ...cell } = raci.getters.getCellProps(row, role, i);
 *               return <td key={role.id} {...cell}>{letters.join('/')}</td>;
 *             })}
 *           </tr>
 *         );
 *       })}
 *     </tbody>
 *   </table>
 * );
 * ```
 */
export function useRaciMatrix(options: UseRaciMatrixOptions) {
  const { organizations, readOnly = false, today = localToday, onExportCsv } = options;
  const { t, locale, lang } = useMessages(RACI_MESSAGES, options);
  const formatIssue = useFormatIssue(formatRaciIssue, options.locale);
  const history = useRaciHistory(options);
  const { matrix } = history;
  const checks = useRaciIssues(matrix, organizations);
  const [announcement, announce] = useAnnouncer();
  const idPrefix = `pk-raci-${useId().replace(/:/g, '')}`;
  const [editor, setEditor] = useState<RaciEditor | null>(null);
  const [menu, setMenu] = useState<RaciMenu | null>(null);
  const adopted = matrix.status === 'adopted';
  const grouped = matrix.roles.some((role) => role.organizationId !== undefined);
  const headerRows = grouped ? 2 : 1;

  // Focus: clamped to the grid as tasks and roles come and go.
  const [rawFocus, setRawFocus] = useState<RaciFocus>({ row: 1, col: 2 });
  const focus = useMemo<RaciFocus>(() => {
    const row = Math.min(rawFocus.row, matrix.tasks.length);
    const col = Math.min(rawFocus.col, matrix.roles.length + 1);
    return row === rawFocus.row && col === rawFocus.col ? rawFocus : { row, col };
  }, [rawFocus, matrix.tasks.length, matrix.roles.length]);
  const gridRef = useRef<HTMLElement | null>(null);
  // Set when the next render must put DOM focus on the focused cell (a key in the grid, the end
  // of a dialog, an issue chosen in the list) — also when the focused row itself was removed.
  const focusWanted = useRef(false);
  const latest = useRef({ matrix, focus });
  latest.current = { matrix, focus };
  // Asking for DOM focus on the cell that already has the grid's focus must still render once.
  const [, renderAgain] = useReducer((count: number) => count + 1, 0);
  const setFocus = useCallback((next: RaciFocus, moveDomFocus = true) => {
    if (moveDomFocus) {
      focusWanted.current = true;
      renderAgain();
    }
    setRawFocus((previous) =>
      previous.row === next.row && previous.col === next.col ? previous : next,
    );
  }, []);
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || !focusWanted.current || editor || menu) return;
    focusWanted.current = false;
    grid.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  });

  const letterNames = useMemo(
    () => new Map(raciLegend(locale).map((entry) => [entry.letter, entry.name])),
    [locale],
  );
  const nameOfTask = (taskId: string) =>
    shown(matrix.tasks.find((x) => x.id === taskId)?.label ?? {}, lang, t('raci.unnamedTask')).text;
  const nameOfRole = (roleId: string) =>
    shown(matrix.roles.find((x) => x.id === roleId)?.title ?? {}, lang, t('raci.unnamedRole')).text;

  /** Applies an action, and says what happened — including a refusal and a change in the issue count. */
  const run = (
    action: RaciAction,
    said?: (result: RaciActionResult) => string,
  ): RaciActionResult => {
    if (adopted && action.type !== 'reopen' && action.type !== 'notesSet') {
      announce(t('raci.adoptedLocked'));
      return {
        value: matrix,
        patches: [],
        inversePatches: [],
        rejection: { code: 'ACTION_INVALID_VALUE', severity: 'error', path: [], params: {} },
      };
    }
    const result = history.dispatch(action);
    if (result.rejection) announce(formatIssue(result.rejection));
    else if (said && result.value !== matrix) {
      // Core re-checks only the changed rows: counting the new issues here is cheap.
      const before = checks.issues.length;
      const after = validateRaci(result.value, { organizations }).length;
      announce(
        after === before
          ? said(result)
          : `${said(result)} ${t('raci.announce.issues', { count: after })}`,
      );
    }
    return result;
  };

  const setLetters = (taskId: string, roleId: string, letters: readonly RaciLetter[]) =>
    run({ type: 'cellSet', taskId, roleId, letters }, (result) =>
      describeCell(result.value, taskId, roleId),
    );
  const describeCell = (next: typeof matrix, taskId: string, roleId: string) => {
    const task = next.tasks.find((x) => x.id === taskId);
    const letters = task && Object.hasOwn(task.cells, roleId) ? (task.cells[roleId] ?? []) : [];
    return t('raci.announce.cell', {
      task: nameOfTask(taskId),
      role: nameOfRole(roleId),
      letters:
        letters.length > 0
          ? letters.map((l) => letterNames.get(l) ?? l).join(', ')
          : t('raci.cellEmpty'),
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).dataset.row === undefined) return; // a control inside a cell
    const command = raciKeyCommand(event, focus, matrix, { readOnly });
    if (!command) return;
    // Without its own history the grid leaves Ctrl+Z to the app's (one undo stack, not two).
    if ((command.kind === 'undo' || command.kind === 'redo') && options.history === false) return;
    event.preventDefault();
    focusWanted.current = true;
    switch (command.kind) {
      case 'focus':
        setFocus(command.focus);
        return;
      case 'undo':
        announce(history.undo() ? t('raci.announce.undo') : t('raci.announce.nothing'));
        return;
      case 'redo':
        if (history.redo()) announce(t('raci.announce.redo'));
        return;
      case 'edit':
        setEditor(
          command.target === 'role'
            ? { kind: 'role', id: command.id }
            : { kind: 'task', id: command.id, focus: command.target === 'lead' ? 'lead' : 'name' },
        );
        return;
      case 'menu':
        if (adopted) announce(t('raci.adoptedLocked'));
        else setMenu({ taskId: command.taskId, roleId: command.roleId });
        return;
      case 'action': {
        const { action } = command;
        if (action.type === 'cellSet' || action.type === 'cellCycle') {
          run(action, (result) => describeCell(result.value, action.taskId, action.roleId));
        } else {
          const name =
            action.type === 'taskMove'
              ? nameOfTask(action.taskId)
              : action.type === 'roleMove'
                ? nameOfRole(action.roleId)
                : '';
          const position =
            action.type === 'taskMove' || action.type === 'roleMove' ? action.toIndex + 1 : 0;
          run(action, () => t('raci.announce.moved', { name, position }));
        }
        setFocus(command.focus);
      }
    }
  };

  const openMenu = useCallback(
    (taskId: string, roleId: string) => {
      if (latest.current.matrix.status === 'adopted') return announce(t('raci.adoptedLocked'));
      setMenu({ taskId, roleId });
    },
    [announce, t],
  );
  const openEditor = useCallback((target: 'task' | 'lead' | 'role', id: string) => {
    setEditor(
      target === 'role'
        ? { kind: 'role', id }
        : { kind: 'task', id, focus: target === 'lead' ? 'lead' : 'name' },
    );
  }, []);
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

  const closeMenu = () => {
    setMenu(null);
    focusWanted.current = true;
  };
  // The dialog gives focus back to what opened it (a toolbar button, a header of the grid);
  // after a save or a removal, the handler moves it to the row or column concerned instead.
  const closeEditor = () => setEditor(null);

  const adopt = () => {
    const on = today();
    run({ type: 'adopt', on }, () => t('raci.announce.adopted', { date: on }));
  };
  const reopen = () => {
    const result = history.dispatch({ type: 'reopen' });
    if (result.value !== matrix) announce(t('raci.announce.reopened'));
  };
  const adoptBlocked =
    matrix.tasks.length === 0
      ? t('raci.adopt.empty')
      : checks.errors > 0
        ? t('raci.adopt.blocked', { count: checks.errors })
        : undefined;
  // The CSV writer loads when someone exports: most people never do.
  const exportCsv = async () => {
    const { raciToCsv } = await import('@partnership-kit/core/csv');
    const csv = raciToCsv(matrix, { locale, organizations, bom: true });
    if (onExportCsv) onExportCsv(csv);
    else downloadText(csv, 'raci.csv', 'text/csv;charset=utf-8');
  };

  const getGridProps = (props: { 'aria-label'?: string } = {}) => ({
    ref: (element: HTMLElement | null) => {
      gridRef.current = element;
    },
    role: 'grid' as const,
    'aria-label': props['aria-label'],
    'aria-rowcount': matrix.tasks.length + headerRows,
    'aria-colcount': matrix.roles.length + 2,
    'aria-readonly': readOnly || undefined,
    'aria-describedby': readOnly ? undefined : `${idPrefix}-help`,
    onKeyDown,
  });

  return {
    matrix,
    dispatch: run,
    issues: checks.issues,
    errors: checks.errors,
    summary: checks.summary,
    issuesOfTask: checks.issuesOfTask,
    issuesOfRole: checks.issuesOfRole,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undo: () => announce(history.undo() ? t('raci.announce.undo') : t('raci.announce.nothing')),
    redo: () => {
      if (history.redo()) announce(t('raci.announce.redo'));
    },
    focus,
    setFocus,
    readOnly,
    adopted,
    adoptBlocked,
    adopt,
    reopen,
    exportCsv,
    editor,
    openEditor: (next: RaciEditor) => setEditor(next),
    closeEditor,
    menu,
    closeMenu,
    setLetters,
    announcement,
    announce,
    grouped,
    groups: roleGroups(matrix, organizations, t('raci.noOrganization')),
    idPrefix,
    t,
    locale,
    lang,
    formatIssue,
    getters,
    getRowState,
    getGridProps,
  };
}
