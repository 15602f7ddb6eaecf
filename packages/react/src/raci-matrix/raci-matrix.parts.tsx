import type { Issue, RaciTask, Role } from '@partnership-kit/core';
import type { RaciSummary } from '@partnership-kit/core/raci';
import { memo, useEffect, useRef } from 'react';
import type { RaciTranslate as Translate } from './raci.messages';
import type { RaciGetters, RaciRowState } from './raci-matrix.getters';
import { ROW_HEIGHT } from './raci-matrix.window';
import type { useRaciMatrix } from './useRaciMatrix';

interface RaciRowProps {
  readonly task: RaciTask;
  readonly index: number;
  readonly roles: readonly Role[];
  readonly focusedCol: number;
  readonly issues: readonly Issue[];
  readonly cellIssues: ReadonlyMap<string, readonly Issue[]>;
  readonly leadName: string;
  readonly getters: RaciGetters;
  readonly t: Translate;
}

/**
 * One task of the grid. Memoized on what it shows: an edit re-renders the row it touches (its
 * task object changed) and nothing else.
 */
export const RaciRow = /* @__PURE__ */ memo(function RaciRow({
  roles,
  getters,
  t,
  ...state
}: RaciRowProps) {
  const row: RaciRowState = state;
  const { children: name, ...header } = getters.getRowHeaderProps(row);
  const { children: lead, ...leadCell } = getters.getLeadCellProps(row);
  return (
    <tr {...getters.getRowProps(row)}>
      <th scope="row" {...header}>
        {name}
        {row.issues.length > 0 ? (
          <span
            data-part="issue-marker"
            aria-hidden="true"
            title={t('raci.issueMarker', { count: row.issues.length })}
          >
            !
          </span>
        ) : null}
      </th>
      <td {...leadCell}>{lead}</td>
      {roles.map((role, index) => {
        const { letters, ...cell } = getters.getCellProps(row, role, index);
        return (
          <td key={role.id} {...cell}>
            <span data-part="letters">
              {letters.length > 0 ? (
                letters.join('/')
              ) : (
                <span data-part="visually-hidden">{t('raci.cellEmpty')}</span>
              )}
            </span>
          </td>
        );
      })}
    </tr>
  );
});

/** The issues above the grid, each one visible text the cells point at, and a button that goes there. */
export const RaciIssueSummary = /* @__PURE__ */ memo(function RaciIssueSummary({
  issues,
  idPrefix,
  getIssueProps,
  t,
  formatIssue,
  onSelect,
}: {
  readonly issues: readonly Issue[];
  readonly idPrefix: string;
  readonly getIssueProps: RaciGetters['getIssueProps'];
  readonly t: Translate;
  readonly formatIssue: (issue: Issue) => string;
  readonly onSelect: (issue: Issue) => void;
}) {
  const headingId = `${idPrefix}-issues`;
  if (issues.length === 0) {
    return (
      <p data-part="issues" data-state="valid">
        {t('raci.issues.none')}
      </p>
    );
  }
  return (
    <section data-part="issues" data-state="invalid" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('raci.issues.title', { count: issues.length })}</h3>
      <ul>
        {issues.map((issue) => {
          const { id } = getIssueProps(issue);
          return (
            <li key={id} data-severity={issue.severity}>
              <button type="button" id={id} onClick={() => onSelect(issue)}>
                <span data-part="severity">{t(`severity.${issue.severity}`)}</span>{' '}
                {formatIssue(issue)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
});

/** Each organization's share: tasks led and R/A held by its roles (summarizeRaci). */
function Workload({ summary, t }: { readonly summary: RaciSummary; readonly t: Translate }) {
  if (summary.organizations.length === 0) return null;
  return (
    <table data-part="workload">
      <caption>{t('raci.workload')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('raci.workload.organization')}</th>
          <th scope="col">{t('raci.workload.tasksLed')}</th>
          <th scope="col">{t('raci.workload.responsible')}</th>
          <th scope="col">{t('raci.workload.accountable')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.organizations.map((o) => (
          <tr key={o.organizationId}>
            <th scope="row">{o.name}</th>
            <td>{o.tasksLed.length}</td>
            <td>{o.responsible}</td>
            <td>{o.accountable}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Same figures, same table: the workload only re-renders when a count changes. */
export const RaciWorkload = /* @__PURE__ */ memo(
  Workload,
  (before, after) =>
    before.t === after.t &&
    before.summary.organizations.length === after.summary.organizations.length &&
    before.summary.organizations.every((o, i) => {
      const other = after.summary.organizations[i];
      return (
        other !== undefined &&
        o.organizationId === other.organizationId &&
        o.name === other.name &&
        o.tasksLed.length === other.tasksLed.length &&
        o.responsible === other.responsible &&
        o.accountable === other.accountable
      );
    }),
);

type Raci = ReturnType<typeof useRaciMatrix>;

type RaciHeadProps = Pick<Raci, 'getters' | 't' | 'grouped' | 'groups' | 'issuesOfRole'> & {
  readonly roles: Raci['matrix']['roles'];
  /** The focused column when focus is in the header row, else -1 (so an edit below skips it). */
  readonly focusedCol: number;
};

/** The header rows: organizations over their roles (when roles have one), then the columns. */
export const RaciHead = /* @__PURE__ */ memo(function RaciHead(raci: RaciHeadProps) {
  const { roles, getters, focusedCol, t } = raci;
  const organizationRow = useOrganizationRowHeight(raci.grouped);
  return (
    <thead>
      {raci.grouped ? (
        <tr data-part="organization-row" aria-rowindex={1} ref={organizationRow}>
          {/* Two cells, not one spanning both: the first stays with the task column when the grid scrolls sideways. */}
          <td role="presentation" data-part="corner" />
          <td role="presentation" />
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
        {roles.map((role, index) => {
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
});

/** Rows that stand for the rows not rendered, so the scrollbar and the layout stay true. */
export const Spacer = /* @__PURE__ */ memo(function Spacer({
  rows,
  columns,
}: {
  readonly rows: number;
  readonly columns: number;
}) {
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
});

/**
 * Keeps `--pk-raci-organization-row` on the grid at the organization row's height, so the column
 * headers stick right under it whether names take one line or two. A ResizeObserver, not a
 * measure per render: an edit never forces a layout.
 */
function useOrganizationRowHeight(grouped: boolean) {
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    const element = row.current;
    if (!grouped || !element || typeof ResizeObserver === 'undefined') return;
    const grid = element.closest<HTMLElement>('[role="grid"]');
    const observer = new ResizeObserver(() =>
      grid?.style.setProperty('--pk-raci-organization-row', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [grouped]);
  return row;
}
