import type { Organization } from '@partnership-kit/core';
import { useId, useMemo, useState } from 'react';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { useStableCallbacks } from '../hooks/useStableCallbacks';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { downloadText } from '../utils/download';
import { localToday } from '../utils/format-date';
import { formatRaciIssue, RACI_MESSAGES } from './raci.messages';
import { roleGroups } from './raci-matrix.labels';
import { useRaciCommands } from './useRaciCommands';
import { useRaciFocus } from './useRaciFocus';
import { useRaciGetters } from './useRaciGetters';
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

  const { focus, setFocus, wantDomFocus, gridRef } = useRaciFocus(
    matrix,
    editor !== null || menu !== null,
  );
  const { run, setLetters, onKeyDown } = useRaciCommands({
    matrix,
    history,
    organizations,
    issueCount: checks.issues.length,
    validate: checks.validate,
    readOnly,
    ownHistory: options.history !== false,
    t,
    lang,
    locale,
    formatIssue,
    announce,
    focus,
    setFocus,
    wantDomFocus,
    setEditor,
    setMenu,
  });

  const { getters, getRowState, getGridProps, focusIssue } = useRaciGetters({
    matrix,
    organizations,
    checks,
    focus,
    setFocus,
    gridRef,
    onKeyDown,
    idPrefix,
    lang,
    t,
    readOnly,
    headerRows,
    announce,
    setEditor,
    setMenu,
  });

  const closeMenu = () => {
    setMenu(null);
    wantDomFocus();
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

  // Event handlers keep their identity: the memoized toolbar and dialogs skip an edit.
  const actions = useStableCallbacks({
    dispatch: run,
    setLetters,
    undo: () => announce(history.undo() ? t('raci.announce.undo') : t('raci.announce.nothing')),
    redo: () => {
      if (history.redo()) announce(t('raci.announce.redo'));
    },
    adopt,
    reopen,
    exportCsv,
    openEditor: (next: RaciEditor) => setEditor(next),
    closeEditor,
    closeMenu,
  });
  // Keyed on the roles: a cell edit keeps the roles array, so the header skips it.
  const { roles } = matrix;
  const groups = useMemo(
    () => roleGroups({ roles }, organizations, t('raci.noOrganization')),
    [roles, organizations, t],
  );

  // The lazy dialog and letter picker read their own strings with the grid's language and rewordings.
  const { locale: requestedLocale, messages } = options;
  const messageOptions = useMemo(
    () => ({ locale: requestedLocale, messages }),
    [requestedLocale, messages],
  );

  return {
    ...actions,
    messageOptions,
    matrix,
    issues: checks.issues,
    errors: checks.errors,
    summary: checks.summary,
    issuesOfTask: checks.issuesOfTask,
    issuesOfRole: checks.issuesOfRole,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    focus,
    setFocus,
    readOnly,
    adopted,
    adoptBlocked,
    editor,
    menu,
    announcement,
    announce,
    grouped,
    groups,
    idPrefix,
    t,
    locale,
    lang,
    formatIssue,
    getters,
    getRowState,
    getGridProps,
    focusIssue,
  };
}
