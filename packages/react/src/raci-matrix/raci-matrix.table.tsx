import type { RaciLetter } from '@partnership-kit/core';
import { raciLegend } from '@partnership-kit/templates';
import { lazy, type ReactNode, type RefObject, Suspense, useMemo } from 'react';
import { RaciRow } from './raci-matrix.parts';
import { ROW_HEIGHT, useRowWindow } from './raci-matrix.window';
import type { useRaciMatrix } from './useRaciMatrix';

type Raci = ReturnType<typeof useRaciMatrix>;

const loadLetterMenu = () => import('./RaciLetterMenu');
// The letter picker is fetched as soon as the pointer or the focus reaches the grid, so it is
// there by the time someone opens it, and costs nothing on a page where nobody edits.
const RaciLetterMenu = /* @__PURE__ */ lazy(() =>
  loadLetterMenu().then((module) => ({ default: module.RaciLetterMenu })),
);
const preloadLetterMenu = () => void loadLetterMenu().catch(() => undefined);

/** The header rows: organizations over their roles (when roles have one), then the columns. */
function RaciHead({ raci }: { readonly raci: Raci }) {
  const { matrix, getters, focus, t } = raci;
  const focusedCol = focus.row === 0 ? focus.col : -1;
  return (
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
          const { children, ...header } = getters.getColumnHeaderProps(col, focusedCol);
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
            focusedCol,
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
  );
}

/** Rows that stand for the rows not rendered, so the scrollbar and the layout stay true. */
function Spacer({ rows, columns }: { readonly rows: number; readonly columns: number }) {
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a spacer stands for rows not rendered; there is nothing in it to read or reach.
    <tr role="none" data-part="spacer">
      <td
        role="none"
        colSpan={columns}
        style={{ height: rows * ROW_HEIGHT, padding: 0, border: 0 }}
      />
    </tr>
  );
}

/**
 * The grid itself. Beyond 80 tasks only the rows in view (and the focused one) are rendered:
 * every row keeps its `aria-rowindex` and the grid its `aria-rowcount`, so screen readers and
 * the keyboard see the whole matrix, while an edit lays out a few dozen rows, not a thousand.
 */
export function RaciTable({
  raci,
  label,
  scrollerRef,
}: {
  readonly raci: Raci;
  readonly label: string;
  readonly scrollerRef: RefObject<HTMLDivElement | null>;
}) {
  const { matrix, getters, t, focus, menu } = raci;
  const rows = useRowWindow(
    scrollerRef,
    matrix.tasks.length,
    focus.row > 0 ? focus.row - 1 : undefined,
  );
  const columns = matrix.roles.length + 2;
  const row = (index: number) => {
    const state = raci.getRowState(index);
    return (
      <RaciRow
        key={state.task.id}
        task={state.task}
        index={index}
        roles={matrix.roles}
        focusedCol={state.focusedCol}
        issues={state.issues}
        cellIssues={state.cellIssues}
        leadName={state.leadName}
        getters={getters}
        t={t}
      />
    );
  };
  // One flat, keyed list: a row keeps its DOM (and its focus) when it moves from "pinned"
  // to the window as the grid scrolls.
  const body: ReactNode[] = [];
  const spacer = (key: string, count: number) => {
    if (count > 0) body.push(<Spacer key={key} rows={count} columns={columns} />);
  };
  const { pinned } = rows;
  if (pinned !== undefined && pinned < rows.start) {
    spacer('before-pinned', pinned);
    body.push(row(pinned));
    spacer('before', rows.start - pinned - 1);
  } else spacer('before', rows.start);
  for (let index = rows.start; index < rows.end; index += 1) body.push(row(index));
  if (pinned !== undefined && pinned >= rows.end) {
    spacer('after', pinned - rows.end);
    body.push(row(pinned));
    spacer('after-pinned', matrix.tasks.length - pinned - 1);
  } else spacer('after', matrix.tasks.length - rows.end);
  const letterNames = useMemo(
    () => new Map(raciLegend(raci.locale).map((entry) => [entry.letter, entry.name])),
    [raci.locale],
  );
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
  return (
    <div
      ref={scrollerRef}
      data-part="scroller"
      onPointerEnter={preloadLetterMenu}
      onFocusCapture={preloadLetterMenu}
    >
      <table
        {...raci.getGridProps({ 'aria-label': label })}
        data-windowed={rows.windowed || undefined}
      >
        <RaciHead raci={raci} />
        <tbody>{body}</tbody>
      </table>
      {menu ? (
        <Suspense fallback={null}>
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
        </Suspense>
      ) : null}
    </div>
  );
}
