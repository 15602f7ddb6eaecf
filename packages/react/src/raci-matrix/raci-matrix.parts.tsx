import type { Issue, RaciTask, Role } from '@partnership-kit/core';
import type { RaciSummary } from '@partnership-kit/core/raci';
import { memo } from 'react';
import type { RaciTranslate as Translate } from './raci.messages';
import { issueElementId, type RaciGetters, type RaciRowState } from './raci-matrix.getters';

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
            {letters.length > 0 ? (
              letters.join('/')
            ) : (
              <span data-part="visually-hidden">{t('raci.cellEmpty')}</span>
            )}
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
  t,
  formatIssue,
  onSelect,
}: {
  readonly issues: readonly Issue[];
  readonly idPrefix: string;
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
          const id = issueElementId(idPrefix, issue);
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
