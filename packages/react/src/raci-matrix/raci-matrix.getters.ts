import type { Issue, Language, RaciLetter, RaciTask, Role } from '@partnership-kit/core';
import { taskCell } from '@partnership-kit/core';
import type { RaciTranslate as Translate } from './raci.messages';
import { shown } from './raci-matrix.labels';

/** What a grid row needs to know about itself; the hook's getters turn it into props. */
export interface RaciRowState {
  readonly task: RaciTask;
  /** The task's index among the tasks (0-based); the row is `index + 1` in the grid. */
  readonly index: number;
  /** The focused column in this row, or -1: only the focused row gets a number, so others skip. */
  readonly focusedCol: number;
  /** The row's own issues (its name, lead, letters). */
  readonly issues: readonly Issue[];
  /** Issues about particular cells of the row (two A: both cells), by role id. */
  readonly cellIssues: ReadonlyMap<string, readonly Issue[]>;
  /** The lead organization's name, '' when there is none. */
  readonly leadName: string;
}

/** The element id an issue is listed under, from its content (stable while the issue is there). */
export function issueElementId(prefix: string, issue: Issue): string {
  const key = [issue.code, issue.taskId ?? '', issue.roleId ?? '', issue.path.join('.')].join('|');
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return `${prefix}-issue-${(hash >>> 0).toString(36)}`;
}

const severityOf = (issues: readonly Issue[]) =>
  issues.some((i) => i.severity === 'error')
    ? 'error'
    : issues.some((i) => i.severity === 'warning')
      ? 'warning'
      : issues.length > 0
        ? 'info'
        : undefined;

interface GetterConfig {
  readonly idPrefix: string;
  readonly lang: Language;
  readonly t: Translate;
  readonly readOnly: boolean;
  /** Rows above the first task: the organization row when roles are grouped, and the column headers. */
  readonly headerRows: number;
  readonly focusCell: (row: number, col: number) => void;
  readonly openMenu: (taskId: string, roleId: string) => void;
  readonly openEditor: (target: 'task' | 'lead' | 'role', id: string) => void;
}

/**
 * The prop getters of a RACI grid, pure functions of a row's state and the grid's settings: a
 * custom grid lays them on its own elements and gets the WAI-ARIA grid contract (roles, indexes,
 * one tab stop, `aria-describedby` to the issues, `data-*` state) and the pointer behaviour.
 */
export function createRaciGetters(config: GetterConfig) {
  const { idPrefix, t, lang, readOnly, headerRows } = config;
  const describedBy = (issues: readonly Issue[] | undefined) =>
    issues && issues.length > 0
      ? issues.map((issue) => issueElementId(idPrefix, issue)).join(' ')
      : undefined;
  const position = (row: number, col: number, focusedCol: number) => ({
    'data-row': row,
    'data-col': col,
    tabIndex: focusedCol === col ? 0 : -1,
    'aria-colindex': col + 1,
    onFocus: () => config.focusCell(row, col),
  });
  return {
    /** The element that shows an issue: the id the cells' `aria-describedby` point at. */
    getIssueProps: (issue: Issue) => ({ id: issueElementId(idPrefix, issue) }),
    getRowProps: (state: RaciRowState) => ({
      role: 'row' as const,
      'aria-rowindex': state.index + headerRows + 1,
      'data-task-id': state.task.id,
      'data-invalid': severityOf(state.issues),
    }),
    getRowHeaderProps: (state: RaciRowState) => {
      const label = shown(state.task.label, lang, t('raci.unnamedTask'));
      return {
        ...position(state.index + 1, 0, state.focusedCol),
        role: 'rowheader' as const,
        lang: label.lang,
        'aria-describedby': describedBy(state.issues),
        'data-invalid': severityOf(state.issues),
        'data-fallback': label.lang ? true : undefined,
        'aria-haspopup': readOnly ? undefined : ('dialog' as const),
        onClick: readOnly ? undefined : () => config.openEditor('task', state.task.id),
        children: label.text,
      };
    },
    getLeadCellProps: (state: RaciRowState) => ({
      ...position(state.index + 1, 1, state.focusedCol),
      role: 'gridcell' as const,
      'data-part': 'lead',
      'aria-haspopup': readOnly ? undefined : ('dialog' as const),
      onClick: readOnly ? undefined : () => config.openEditor('lead', state.task.id),
      children: state.leadName || t('raci.noLead'),
    }),
    getCellProps: (state: RaciRowState, role: Role, roleIndex: number) => {
      const letters: readonly RaciLetter[] = taskCell(state.task, role.id);
      const issues = state.cellIssues.get(role.id);
      return {
        ...position(state.index + 1, roleIndex + 2, state.focusedCol),
        role: 'gridcell' as const,
        'data-role-id': role.id,
        'data-letters': letters.join(' ') || undefined,
        'data-invalid': severityOf(issues ?? []),
        'aria-describedby': describedBy(issues),
        'aria-haspopup': readOnly ? undefined : ('menu' as const),
        onClick: readOnly ? undefined : () => config.openMenu(state.task.id, role.id),
        letters,
      };
    },
    getColumnHeaderProps: (
      col: number,
      focusedCol: number,
      role?: Role,
      issues?: readonly Issue[],
    ) => {
      const label = role ? shown(role.title, lang, t('raci.unnamedRole')) : undefined;
      return {
        ...position(0, col, focusedCol),
        role: 'columnheader' as const,
        'data-role-id': role?.id,
        lang: label?.lang,
        'data-fallback': label?.lang ? true : undefined,
        'aria-describedby': describedBy(issues),
        'data-invalid': severityOf(issues ?? []),
        'aria-haspopup': role && !readOnly ? ('dialog' as const) : undefined,
        onClick: role && !readOnly ? () => config.openEditor('role', role.id) : undefined,
        children: label ? label.text : t(col === 0 ? 'raci.column.task' : 'raci.column.lead'),
      };
    },
  };
}

/** The prop getters of a RACI grid. */
export type RaciGetters = ReturnType<typeof createRaciGetters>;
