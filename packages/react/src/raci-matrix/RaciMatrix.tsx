import {
  formatIssue,
  type Issue,
  nextId,
  organizationLabel,
  type RaciLetter,
  raciToCsv,
} from '@partnership-kit/core';
import { raciLegend } from '@partnership-kit/templates';
import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { MessageOverrides } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';
import { warnOnce } from '../utils/dev';
import { downloadText } from '../utils/download';
import { formatDate, localToday } from '../utils/format-date';
import { RaciEditDialog, type RaciEditTarget } from './RaciEditDialog';
import { RaciIssueSummary, RaciRow, RaciWorkload } from './raci-matrix.parts';
import { issueListId, roleGroups } from './raci-matrix.utils';
import { type UseRaciMatrixOptions, useRaciMatrix } from './useRaciMatrix';

/** Props of {@link RaciMatrix}. */
export interface RaciMatrixProps extends UseRaciMatrixOptions {
  /** The grid's accessible name (required: a page may hold several matrices). */
  readonly 'aria-label': string;
  /** Language of this matrix, when it differs from the provider's. */
  readonly locale?: string;
  /** Rewording of built-in strings for this matrix. */
  readonly messages?: MessageOverrides;
  /** Show the per-organization workload table under the grid. Default true. */
  readonly showWorkload?: boolean;
  /** Called with the CSV text instead of downloading `raci.csv`. */
  readonly onExportCsv?: (csv: string) => void;
  /** The day used when the matrix is adopted; today (local time) by default. */
  readonly today?: () => string;
  readonly className?: string;
}

const LETTER_KEYS: Record<string, RaciLetter> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/**
 * The RACI matrix editor (the guide's step 3, rules RACI-1..8), bilingual and usable with the
 * keyboard alone. It follows the WAI-ARIA grid pattern: one tab stop; arrows, Home/End,
 * Ctrl+Home/End, PageUp/PageDown to move; R, A, C or I to set a letter (Shift to combine, as in
 * A/R); Space or Enter to cycle; Delete to clear; Enter on a task or role to edit, reorder or remove
 * it; Alt+arrows to reorder; Ctrl+Z / Ctrl+Shift+Z to undo and redo. Rule issues are marked on
 * the row and cells (linked with `aria-describedby`) and listed above the grid; changes are
 * announced politely. Controlled (`value` + `onValueChange`) or not (`defaultValue`).
 * Unstyled: state is in `data-*` attributes; import `@partnership-kit/react/styles.css` for a theme.
 *
 * @example
 * ```tsx
 * <RaciMatrix
 *   aria-label="Roles in the partnership"
 *   organizations={partnership.organizations}
 *   value={partnership.raci}
 *   onValueChange={(raci) => save({ ...partnership, raci })}
 * />
 * ```
 */
export function RaciMatrix(props: RaciMatrixProps) {
  const { organizations, showWorkload = true, onExportCsv, today = localToday, className } = props;
  const label = props['aria-label'];
  if (!label)
    warnOnce(
      'RaciMatrix needs an aria-label: screen readers announce it when focus enters the grid.',
    );
  const { t, locale, issueMessages } = useMessages(props);
  const raci = useRaciMatrix(props);
  const { matrix, dispatch, focus, setFocus, readOnly, issues } = raci;
  const idPrefix = useId().replace(/:/g, '');
  const gridRef = useRef<HTMLTableElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<{ kind: 'task' | 'role'; id: string } | null>(null);
  const focusRequested = useRef(false);

  // Move DOM focus to the focused cell when focus moved by keyboard or from the issue list.
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || !(focusRequested.current || grid.contains(document.activeElement))) return;
    focusRequested.current = false;
    grid.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-col="${focus.col}"]`)?.focus();
  }, [focus]);

  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const letterNames = useMemo(
    () => new Map(raciLegend(locale).map((entry) => [entry.letter, entry.name])),
    [locale],
  );

  const describeCell = (taskId: string, roleId: string, letters: readonly RaciLetter[]) => {
    const task = matrix.tasks.find((x) => x.id === taskId);
    const role = matrix.roles.find((x) => x.id === roleId);
    return t('raci.announce.cell', {
      task: task?.label ?? taskId,
      role: role?.title ?? roleId,
      letters:
        letters.length > 0
          ? letters.map((l) => letterNames.get(l) ?? l).join(', ')
          : t('raci.cellEmpty'),
    });
  };

  const setCell = (taskId: string, roleId: string, letters: RaciLetter[]) => {
    dispatch({ type: 'cellSet', taskId, roleId, letters });
    announce(describeCell(taskId, roleId, [...new Set(letters)]));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.row === undefined) return; // a control inside a cell, not the cell
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (ctrl && (key === 'z' || key === 'y')) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) {
        raci.redo();
        announce(t('raci.announce.redo'));
      } else {
        raci.undo();
        announce(t('raci.announce.undo'));
      }
      return;
    }
    const task = matrix.tasks[focus.row - 1];
    const role = matrix.roles[focus.col - 2];
    if (event.altKey && !readOnly && event.key.startsWith('Arrow')) {
      event.preventDefault();
      if (task && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        const delta = event.key === 'ArrowUp' ? -1 : 1;
        dispatch({ type: 'taskMove', taskId: task.id, toIndex: focus.row - 1 + delta });
        setFocus({
          row: Math.min(Math.max(1, focus.row + delta), matrix.tasks.length),
          col: focus.col,
        });
      } else if (role && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        const delta = event.key === 'ArrowLeft' ? -1 : 1;
        dispatch({ type: 'roleMove', roleId: role.id, toIndex: focus.col - 2 + delta });
        setFocus({
          row: focus.row,
          col: Math.min(Math.max(2, focus.col + delta), matrix.roles.length + 1),
        });
      }
      return;
    }
    if (raci.moveFocus(event)) {
      event.preventDefault();
      return;
    }
    if (readOnly) return;
    if (task && role) {
      const current =
        (Object.hasOwn(matrix.cells, task.id) && matrix.cells[task.id]?.[role.id]) || [];
      const letter = LETTER_KEYS[key];
      if (letter && !ctrl && !event.altKey) {
        event.preventDefault();
        const next = event.shiftKey
          ? current.includes(letter)
            ? current.filter((l) => l !== letter)
            : [...current, letter]
          : [letter];
        setCell(task.id, role.id, next);
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        dispatch({ type: 'cellCycle', taskId: task.id, roleId: role.id });
        const order: (RaciLetter | undefined)[] = [undefined, 'R', 'A', 'C', 'I'];
        const last = Math.max(0, ...current.map((l) => order.indexOf(l)));
        const next = order[(last + 1) % order.length];
        announce(describeCell(task.id, role.id, next ? [next] : []));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        setCell(task.id, role.id, []);
      }
    } else if ((event.key === 'Enter' || event.key === 'F2') && (task || role)) {
      event.preventDefault();
      if (task && focus.col <= 1) setEditing({ kind: 'task', id: task.id });
      else if (role && focus.row === 0) setEditing({ kind: 'role', id: role.id });
    }
  };

  // Stable across renders (reads the latest state through a ref), so the memoized issue list
  // does not re-render on every edit.
  const latest = useRef({ matrix, issuesByCell: raci.issuesByCell });
  latest.current = { matrix, issuesByCell: raci.issuesByCell };
  const focusIssue = useCallback(
    (issue: Issue) => {
      const { matrix, issuesByCell } = latest.current;
      const taskIndex = matrix.tasks.findIndex((x) => x.id === issue.taskId);
      const roleIndex = matrix.roles.findIndex((x) => x.id === issue.roleId);
      const cellRole = issue.taskId ? issuesByCell : undefined;
      let col = 0;
      if (taskIndex >= 0 && cellRole) {
        const faulty = matrix.roles.findIndex((r) =>
          cellRole.get(`${issue.taskId}\u0000${r.id}`)?.includes(issue),
        );
        if (faulty >= 0) col = faulty + 2;
        else if (issue.code === 'RACI_TASK_NO_LEAD' || issue.code === 'RACI_TASK_LEAD_NOT_PARTNER')
          col = 1;
      }
      focusRequested.current = true;
      if (taskIndex >= 0) setFocus({ row: taskIndex + 1, col });
      else if (roleIndex >= 0) setFocus({ row: 0, col: roleIndex + 2 });
      else setFocus({ row: 0, col: 0 });
    },
    [setFocus],
  );

  const addTask = () => {
    const id = nextId(
      'task',
      matrix.tasks.map((x) => x.id),
    );
    dispatch({ type: 'taskAdd', id, label: t('raci.newTask') });
    setFocus({ row: matrix.tasks.length + 1, col: 0 });
    setEditing({ kind: 'task', id });
  };
  const addRole = () => {
    const id = nextId(
      'role',
      matrix.roles.map((x) => x.id),
    );
    dispatch({ type: 'roleAdd', id, title: t('raci.newRole') });
    setFocus({ row: 0, col: matrix.roles.length + 2 });
    setEditing({ kind: 'role', id });
  };

  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const exportCsv = () => {
    const csv = raciToCsv(matrix, { locale, organizations, bom: true });
    if (onExportCsv) onExportCsv(csv);
    else downloadText(csv, 'raci.csv', 'text/csv;charset=utf-8');
  };

  const editTarget = useMemo<RaciEditTarget | null>(() => {
    if (!editing) return null;
    const list = editing.kind === 'task' ? matrix.tasks : matrix.roles;
    const index = list.findIndex((x) => x.id === editing.id);
    const item = list[index];
    if (!item) return null;
    return 'label' in item
      ? {
          kind: 'task',
          id: item.id,
          name: item.label,
          organizationId: item.leadOrganizationId,
          index,
          count: list.length,
        }
      : {
          kind: 'role',
          id: item.id,
          name: item.title,
          organizationId: item.organizationId,
          index,
          count: list.length,
        };
  }, [editing, matrix.tasks, matrix.roles]);

  const closeEditor = () => {
    setEditing(null);
    focusRequested.current = true;
    setFocus({ ...focus });
  };

  const leadNames = useMemo(() => {
    const names = new Map(organizations.map((o) => [o.id, organizationLabel(o)]));
    return (id: string | undefined) => (id === undefined ? '' : (names.get(id) ?? id));
  }, [organizations]);
  const groups = roleGroups(matrix, organizations, t);
  const grouped = matrix.roles.some((role) => role.organizationId !== undefined);
  const helpId = `${idPrefix}-help`;
  const issuesHeadingId = `${idPrefix}-issues`;
  const adopted = matrix.status === 'adopted';
  const adoptedDate = matrix.adoptedOn ? formatDate(matrix.adoptedOn, locale) : '';

  return (
    <div
      data-pk-raci-matrix=""
      data-status={matrix.status}
      data-readonly={readOnly || undefined}
      className={className}
    >
      <div role="toolbar" aria-label={t('raci.toolbar')} data-part="toolbar">
        {readOnly ? null : (
          <>
            <button type="button" onClick={raci.undo} disabled={!raci.canUndo}>
              {t('raci.undo')}
            </button>
            <button type="button" onClick={raci.redo} disabled={!raci.canRedo}>
              {t('raci.redo')}
            </button>
            <button type="button" onClick={addTask}>
              {t('raci.addTask')}
            </button>
            <button type="button" onClick={addRole}>
              {t('raci.addRole')}
            </button>
            {adopted ? (
              <button type="button" onClick={() => dispatch({ type: 'reopen' })}>
                {t('raci.reopen')}
              </button>
            ) : (
              // RACI-6: conflicts are resolved before adoption, so errors keep the button off.
              <button
                type="button"
                onClick={() => dispatch({ type: 'adopt', on: today() })}
                disabled={errors > 0 || matrix.tasks.length === 0}
              >
                {t('raci.adopt')}
              </button>
            )}
          </>
        )}
        <button type="button" onClick={exportCsv}>
          {t('raci.exportCsv')}
        </button>
        <span data-part="status">
          {adopted ? t('raci.status.adopted', { date: adoptedDate }) : t('raci.status.draft')}
        </span>
      </div>
      {readOnly ? null : (
        <p id={helpId} data-part="help">
          {t('raci.help')}
        </p>
      )}
      <RaciIssueSummary
        issues={issues}
        locale={locale}
        t={t}
        onSelect={focusIssue}
        headingId={issuesHeadingId}
        issueMessages={issueMessages}
      />
      <table
        ref={gridRef}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern on a table (roving focus, keyboard editing).
        role="grid"
        aria-label={label}
        aria-describedby={readOnly ? undefined : helpId}
        aria-readonly={readOnly || undefined}
        aria-rowcount={matrix.tasks.length + (grouped ? 2 : 1)}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // A click or a script may focus a cell directly: the grid's focus follows.
          const { row, col } = (event.target as HTMLElement).dataset;
          if (row === undefined || col === undefined) return;
          if (Number(row) !== focus.row || Number(col) !== focus.col)
            setFocus({ row: Number(row), col: Number(col) });
        }}
      >
        <thead>
          {grouped ? (
            <tr data-part="organization-row">
              <td colSpan={2} />
              {groups.map((group) => (
                <th key={group.firstRoleId} scope="colgroup" colSpan={group.span}>
                  {group.name}
                </th>
              ))}
            </tr>
          ) : null}
          <tr>
            <th
              scope="col"
              tabIndex={focus.row === 0 && focus.col === 0 ? 0 : -1}
              data-row={0}
              data-col={0}
            >
              {t('raci.column.task')}
            </th>
            <th
              scope="col"
              tabIndex={focus.row === 0 && focus.col === 1 ? 0 : -1}
              data-row={0}
              data-col={1}
            >
              {t('raci.column.lead')}
            </th>
            {matrix.roles.map((role, index) => {
              const roleIssues = raci.issuesByRole.get(role.id);
              const issuesId = roleIssues ? issueListId(idPrefix, 'role', role.id) : undefined;
              return (
                <th
                  key={role.id}
                  scope="col"
                  tabIndex={focus.row === 0 && focus.col === index + 2 ? 0 : -1}
                  data-row={0}
                  data-col={index + 2}
                  data-role-id={role.id}
                  aria-describedby={issuesId}
                >
                  {role.title || role.id}
                  {issuesId ? (
                    <span
                      id={issuesId}
                      data-part="issue-marker"
                      data-severity={roleIssues?.[0]?.severity}
                    >
                      <span data-part="visually-hidden">
                        {roleIssues?.map((issue) => formatIssue(issue, locale)).join(' ')}
                      </span>
                    </span>
                  ) : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {matrix.tasks.map((task, index) => (
            <RaciRow
              key={task.id}
              task={task}
              rowIndex={index + 1}
              roles={matrix.roles}
              cells={Object.hasOwn(matrix.cells, task.id) ? matrix.cells[task.id] : undefined}
              focusedCol={focus.row === index + 1 ? focus.col : -1}
              leadName={leadNames(task.leadOrganizationId)}
              taskIssues={raci.issuesByTask.get(task.id)}
              invalidRoles={raci.invalidRolesByTask.get(task.id)}
              idPrefix={idPrefix}
              locale={locale}
              t={t}
            />
          ))}
        </tbody>
      </table>
      <div aria-live="polite" role="status" data-part="announcer">
        {announcement}
      </div>
      {showWorkload ? <RaciWorkload summary={raci.summary} t={t} /> : null}
      {readOnly || editTarget === null ? null : (
        <RaciEditDialog
          target={editTarget}
          organizations={organizations}
          t={t}
          onClose={closeEditor}
          onSave={(name, organizationId) => {
            if (!editTarget) return;
            if (editTarget.kind === 'task') {
              dispatch({ type: 'taskRename', taskId: editTarget.id, label: name });
              dispatch({ type: 'taskLeadSet', taskId: editTarget.id, organizationId });
            } else {
              dispatch({ type: 'roleRename', roleId: editTarget.id, title: name });
              dispatch({ type: 'roleOrganizationSet', roleId: editTarget.id, organizationId });
            }
            closeEditor();
          }}
          onMove={(delta) => {
            if (!editTarget) return;
            const toIndex = editTarget.index + delta;
            if (editTarget.kind === 'task') {
              dispatch({ type: 'taskMove', taskId: editTarget.id, toIndex });
              setFocus({ row: toIndex + 1, col: focus.col });
            } else {
              dispatch({ type: 'roleMove', roleId: editTarget.id, toIndex });
              setFocus({ row: focus.row, col: toIndex + 2 });
            }
          }}
          onRemove={() => {
            if (!editTarget) return;
            dispatch(
              editTarget.kind === 'task'
                ? { type: 'taskRemove', taskId: editTarget.id }
                : { type: 'roleRemove', roleId: editTarget.id },
            );
            closeEditor();
          }}
        />
      )}
    </div>
  );
}

RaciMatrix.displayName = 'RaciMatrix';
