import type { RaciLetter } from '@partnership-kit/core';
import { raciLegend } from '@partnership-kit/templates';
import { lazy, type ReactNode, type RefObject, Suspense, useMemo } from 'react';
import { RaciHead, RaciRow, Spacer } from './raci-matrix.parts';
import { useRowWindow } from './raci-matrix.window';
import type { useRaciMatrix } from './useRaciMatrix';

type Raci = ReturnType<typeof useRaciMatrix>;

const loadLetterMenu = () => import('./RaciLetterMenu');
// The letter picker is fetched as soon as the pointer or the focus reaches the grid, so it is
// there by the time someone opens it, and costs nothing on a page where nobody edits.
const RaciLetterMenu = /* @__PURE__ */ lazy(() =>
  loadLetterMenu().then((module) => ({ default: module.RaciLetterMenu })),
);
const preloadLetterMenu = () => void loadLetterMenu().catch(() => undefined);

/**
 * The grid itself, rendered as part of `RaciMatrix`'s own render (a hook returning elements, not
 * a child component, so that an edit re-renders the matrix and the edited row only). Beyond 80
 * tasks only the rows in view (and the focused one) are rendered: every row keeps its
 * `aria-rowindex` and the grid its `aria-rowcount`, so screen readers and the keyboard see the
 * whole matrix, while an edit lays out a few dozen rows, not a thousand.
 *
 * @example
 * ```tsx
 * const table = useRaciTable(raci, 'Roles', scrollerRef);
 * return <div data-part="layout">{table}</div>;
 * ```
 */
export function useRaciTable(
  raci: Raci,
  label: string,
  scrollerRef: RefObject<HTMLDivElement | null>,
): ReactNode {
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
        <RaciHead
          roles={matrix.roles}
          getters={getters}
          t={t}
          grouped={raci.grouped}
          groups={raci.groups}
          issuesOfRole={raci.issuesOfRole}
          focusedCol={focus.row === 0 ? focus.col : -1}
        />
        <tbody>{body}</tbody>
      </table>
      {menu ? (
        <Suspense fallback={null}>
          <RaciLetterMenu
            anchor={menuAnchor}
            label={t('raci.menu.label', {
              task: menuTask
                ? menuTask.label[raci.lang] || menuTask.label.fr || menuTask.label.en || ''
                : '',
              role: '',
            })}
            letters={menuLetters}
            letterNames={letterNames}
            messageOptions={raci.messageOptions}
            onChoose={(letters) => raci.setLetters(menu.taskId, menu.roleId, letters)}
            onClose={raci.closeMenu}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
