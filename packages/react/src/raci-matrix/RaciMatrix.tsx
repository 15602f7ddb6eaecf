import type { Issue, RaciLetter } from '@partnership-kit/core';
import { raciLegend } from '@partnership-kit/templates';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useToolbar } from '../hooks/useToolbar';
import { RaciLegend } from '../raci-legend/RaciLegend';
import { warnOnce } from '../utils/dev';
import type { RaciEditValues } from './RaciEditDialog';
import { RaciLetterMenu } from './RaciLetterMenu';
import { RaciIssueSummary, RaciRow, RaciWorkload } from './raci-matrix.parts';
import { type UseRaciMatrixOptions, useRaciMatrix } from './useRaciMatrix';

// The dialog is only needed once someone edits a task or a role: it is loaded then.
const RaciEditDialog = lazy(() =>
  import('./RaciEditDialog').then((module) => ({ default: module.RaciEditDialog })),
);

/** Props of {@link RaciMatrix}. */
export interface RaciMatrixProps extends UseRaciMatrixOptions {
  /** The grid's accessible name (required: a page may hold several matrices). */
  readonly 'aria-label': string;
  /** Show the per-organization workload table under the grid. Default true. */
  readonly showWorkload?: boolean;
  /** Show the letters' legend beside the grid. Default true. */
  readonly showLegend?: boolean;
  readonly className?: string;
}

/**
 * The RACI matrix editor (the guide's step 3, rules RACI-1..8), in French and English, usable
 * with the keyboard, a mouse or a screen reader. It follows the WAI-ARIA grid pattern: one tab
 * stop; arrows, Home/End, Ctrl+Home/End, PageUp/PageDown to move; R, A, C or I to set a letter
 * (Shift to combine, as in A/R); Space or Enter to cycle; Delete to clear; F2 or a click for the
 * letter picker; Enter or a click on a task, a lead or a role to edit it; Alt+arrows to reorder;
 * Ctrl+Z / Ctrl+Shift+Z to undo and redo. Rule issues are listed above the grid and marked on
 * rows, headers and cells (linked with `aria-describedby`); changes, refusals and new issues are
 * announced. Headers stay in view while the matrix scrolls. Controlled (`value` +
 * `onValueChange`) or not (`defaultValue`). Unstyled: state is in `data-*` attributes; import
 * `@partnership-kit/react/styles.css` for the theme. Built on {@link useRaciMatrix}.
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
  const { organizations, showWorkload = true, showLegend = true, className } = props;
  const label = props['aria-label'];
  if (!label)
    warnOnce(
      'RaciMatrix needs an aria-label: screen readers announce it when focus enters the grid.',
    );
  const raci = useRaciMatrix(props);
  const { matrix, t, getters, focus, idPrefix } = raci;
  const toolbar = useToolbar(t('raci.toolbar'));
  const scrollerRef = useRef<HTMLDivElement>(null);
  const letterNames = useMemo(
    () => new Map(raciLegend(raci.locale).map((entry) => [entry.letter, entry.name])),
    [raci.locale],
  );

  const selectIssue = (issue: Issue) => {
    const row = matrix.tasks.findIndex((x) => x.id === issue.taskId) + 1;
    const roleCol =
      matrix.roles.findIndex((x) => x.id === (issue.cells?.[0]?.roleId ?? issue.roleId)) + 2;
    const leadIssue = issue.path.at(-1) === 'leadOrganizationId';
    if (row > 0) raci.setFocus({ row, col: roleCol > 1 ? roleCol : leadIssue ? 1 : 0 });
    else raci.setFocus({ row: 0, col: roleCol > 1 ? roleCol : 0 });
  };

  const editor = raci.editor;
  const editTarget = useMemo(() => {
    if (!editor) return null;
    const list = editor.kind === 'task' ? matrix.tasks : matrix.roles;
    const index = editor.id === undefined ? list.length : list.findIndex((x) => x.id === editor.id);
    const item = list[index];
    if (editor.id !== undefined && !item) return null;
    const name = item ? ('label' in item ? item.label : item.title) : {};
    const organizationId = item
      ? 'label' in item
        ? item.leadOrganizationId
        : item.organizationId
      : undefined;
    return {
      kind: editor.kind,
      id: editor.id,
      name,
      organizationId,
      index,
      count: list.length,
      focus: editor.kind === 'task' ? editor.focus : 'name',
    } as const;
  }, [editor, matrix.tasks, matrix.roles]);

  const saveEditor = (values: RaciEditValues) => {
    if (!editTarget) return;
    const named = { name: values.name.fr || values.name.en || '' };
    if (editTarget.kind === 'task') {
      if (editTarget.id === undefined) {
        const result = raci.dispatch(
          {
            type: 'taskAdd',
            label: values.name,
            ...(values.organizationId ? { leadOrganizationId: values.organizationId } : {}),
          },
          () => t('raci.announce.taskAdded', { task: named.name }),
        );
        if (!result.rejection) raci.setFocus({ row: matrix.tasks.length + 1, col: 0 });
      } else {
        raci.dispatch({ type: 'taskRename', taskId: editTarget.id, label: values.name });
        raci.dispatch({
          type: 'taskLeadSet',
          taskId: editTarget.id,
          organizationId: values.organizationId,
        });
        if (values.index !== editTarget.index)
          raci.dispatch({ type: 'taskMove', taskId: editTarget.id, toIndex: values.index });
        raci.setFocus({ row: values.index + 1, col: focus.col });
      }
    } else if (editTarget.id === undefined) {
      const result = raci.dispatch(
        {
          type: 'roleAdd',
          title: values.name,
          ...(values.organizationId ? { organizationId: values.organizationId } : {}),
        },
        () => t('raci.announce.roleAdded', { role: named.name }),
      );
      if (!result.rejection) raci.setFocus({ row: 0, col: matrix.roles.length + 2 });
    } else {
      raci.dispatch({ type: 'roleRename', roleId: editTarget.id, title: values.name });
      raci.dispatch({
        type: 'roleOrganizationSet',
        roleId: editTarget.id,
        organizationId: values.organizationId,
      });
      if (values.index !== editTarget.index)
        raci.dispatch({ type: 'roleMove', roleId: editTarget.id, toIndex: values.index });
      raci.setFocus({ row: focus.row, col: values.index + 2 });
    }
    raci.closeEditor();
  };
  const removeEdited = () => {
    if (!editTarget?.id) return;
    const name = editTarget.name.fr || editTarget.name.en || editTarget.id;
    if (editTarget.kind === 'task')
      raci.dispatch({ type: 'taskRemove', taskId: editTarget.id }, () =>
        t('raci.announce.taskRemoved', { task: name }),
      );
    else
      raci.dispatch({ type: 'roleRemove', roleId: editTarget.id }, () =>
        t('raci.announce.roleRemoved', { role: name }),
      );
    raci.setFocus({
      row: Math.max(0, Math.min(focus.row, matrix.tasks.length - 1)),
      col: Math.min(focus.col, matrix.roles.length),
    });
    raci.closeEditor();
  };

  const menu = raci.menu;
  const menuTask = menu ? matrix.tasks.find((x) => x.id === menu.taskId) : undefined;
  const menuLetters: readonly RaciLetter[] =
    menu && menuTask && Object.hasOwn(menuTask.cells, menu.roleId)
      ? (menuTask.cells[menu.roleId] ?? [])
      : [];
  const menuAnchor = menu
    ? (scrollerRef.current?.querySelector<HTMLElement>(
        `[data-row="${focus.row}"][data-col="${focus.col}"]`,
      ) ?? null)
    : null;
  const readOnly = raci.readOnly;
  const locked = raci.adopted;
  const blockedId = `${idPrefix}-adopt-blocked`;
  const lockedId = `${idPrefix}-locked`;

  return (
    <div
      data-pk=""
      data-pk-raci-matrix=""
      data-status={matrix.status}
      data-readonly={readOnly || undefined}
      className={className}
    >
      <div {...toolbar} data-part="toolbar">
        {readOnly ? null : (
          <>
            {props.history === false ? null : (
              <>
                <button
                  type="button"
                  onClick={raci.undo}
                  aria-disabled={!raci.canUndo || undefined}
                >
                  {t('raci.undo')}
                </button>
                <button
                  type="button"
                  onClick={raci.redo}
                  aria-disabled={!raci.canRedo || undefined}
                >
                  {t('raci.redo')}
                </button>
              </>
            )}
            <button
              type="button"
              data-variant="secondary"
              onClick={() =>
                locked
                  ? raci.announce(t('raci.adoptedLocked'))
                  : raci.openEditor({ kind: 'task', focus: 'name' })
              }
              aria-disabled={locked || undefined}
              aria-describedby={locked ? lockedId : undefined}
            >
              {t('raci.addTask')}
            </button>
            <button
              type="button"
              data-variant="secondary"
              onClick={() =>
                locked ? raci.announce(t('raci.adoptedLocked')) : raci.openEditor({ kind: 'role' })
              }
              aria-disabled={locked || undefined}
              aria-describedby={locked ? lockedId : undefined}
            >
              {t('raci.addRole')}
            </button>
            {locked ? (
              <button type="button" data-variant="primary" onClick={raci.reopen}>
                {t('raci.reopen')}
              </button>
            ) : (
              // RACI-6: conflicts are resolved before adoption; the reason is shown, not hidden.
              <button
                type="button"
                data-variant="primary"
                onClick={() =>
                  raci.adoptBlocked ? raci.announce(raci.adoptBlocked) : raci.adopt()
                }
                aria-disabled={raci.adoptBlocked ? true : undefined}
                aria-describedby={raci.adoptBlocked ? blockedId : undefined}
              >
                {t('raci.adopt')}
              </button>
            )}
          </>
        )}
        <button type="button" data-variant="secondary" onClick={raci.exportCsv}>
          {t('raci.exportCsv')}
        </button>
      </div>
      <p data-part="status" data-status={matrix.status}>
        {locked
          ? matrix.adoptedOn
            ? t('raci.status.adopted', { date: matrix.adoptedOn })
            : t('raci.status.adoptedUndated')
          : t('raci.status.draft')}
        {!readOnly && !locked && raci.adoptBlocked ? (
          <span id={blockedId} data-part="reason">
            {' '}
            {raci.adoptBlocked}
          </span>
        ) : null}
        {!readOnly && locked ? (
          <span id={lockedId} data-part="reason">
            {' '}
            {t('raci.adoptedLocked')}
          </span>
        ) : null}
      </p>
      {readOnly ? null : (
        <p id={`${idPrefix}-help`} data-part="help">
          {t('raci.help')}
        </p>
      )}
      <RaciIssueSummary
        issues={raci.issues}
        idPrefix={idPrefix}
        t={t}
        formatIssue={raci.formatIssue}
        onSelect={selectIssue}
      />
      <div data-part="layout">
        <div ref={scrollerRef} data-part="scroller">
          <table {...raci.getGridProps({ 'aria-label': label })}>
            <thead>
              {raci.grouped ? (
                <tr data-part="organization-row" aria-rowindex={1}>
                  <td colSpan={2} role="presentation" />
                  {raci.groups.map((group) => (
                    <th key={group.firstRoleId} scope="colgroup" colSpan={group.span}>
                      {group.name}
                    </th>
                  ))}
                </tr>
              ) : null}
              <tr aria-rowindex={raci.grouped ? 2 : 1}>
                {[0, 1].map((col) => {
                  const { children, ...header } = getters.getColumnHeaderProps(
                    col,
                    focus.row === 0 ? focus.col : -1,
                  );
                  return (
                    <th key={col} scope="col" {...header}>
                      {children}
                    </th>
                  );
                })}
                {matrix.roles.map((role, index) => {
                  const issues = raci.issuesOfRole(role.id);
                  const { children, ...header } = getters.getColumnHeaderProps(
                    index + 2,
                    focus.row === 0 ? focus.col : -1,
                    role,
                    issues,
                  );
                  return (
                    <th key={role.id} scope="col" {...header}>
                      {children}
                      {issues.length > 0 ? (
                        <span
                          data-part="issue-marker"
                          aria-hidden="true"
                          title={t('raci.issueMarker', { count: issues.length })}
                        >
                          !
                        </span>
                      ) : null}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {matrix.tasks.map((task, index) => {
                const row = raci.getRowState(index);
                return (
                  <RaciRow
                    key={task.id}
                    task={task}
                    index={index}
                    roles={matrix.roles}
                    focusedCol={row.focusedCol}
                    issues={row.issues}
                    cellIssues={row.cellIssues}
                    leadName={row.leadName}
                    getters={getters}
                    t={t}
                  />
                );
              })}
            </tbody>
          </table>
          {menu ? (
            <RaciLetterMenu
              anchor={menuAnchor}
              container={scrollerRef.current}
              label={t('raci.menu.label', {
                task: menuTask
                  ? menuTask.label[raci.lang] || menuTask.label.fr || menuTask.label.en || ''
                  : '',
                role: '',
              })}
              letters={menuLetters}
              letterNames={letterNames}
              t={t}
              onChoose={(letters) => raci.setLetters(menu.taskId, menu.roleId, letters)}
              onClose={raci.closeMenu}
            />
          ) : null}
        </div>
        {showLegend ? (
          <aside data-part="legend" aria-label={t('raci.legend')}>
            <RaciLegend locale={raci.locale} />
          </aside>
        ) : null}
      </div>
      <div aria-live="polite" role="status" data-part="announcer">
        {raci.announcement}
      </div>
      {showWorkload ? <RaciWorkload summary={raci.summary} t={t} /> : null}
      {readOnly || !editTarget ? null : (
        <Suspense fallback={null}>
          <RaciEditDialog
            target={editTarget}
            organizations={organizations}
            t={t}
            onClose={raci.closeEditor}
            onSave={saveEditor}
            onRemove={removeEdited}
            onFocusLost={() =>
              scrollerRef.current?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')
            }
          />
        </Suspense>
      )}
    </div>
  );
}

RaciMatrix.displayName = 'RaciMatrix';
