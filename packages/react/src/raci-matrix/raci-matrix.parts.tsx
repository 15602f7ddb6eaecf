import {
  type FormatIssueOptions,
  formatIssue,
  type Issue,
  type Locale,
  type RaciLetter,
  type RaciSummary,
  type RaciTask,
  type Role,
} from '@partnership-kit/core';
import { memo } from 'react';
import type { Translate } from '../i18n/useMessages';
import { issueListId } from './raci-matrix.utils';

interface RaciRowProps {
  readonly task: RaciTask;
  readonly rowIndex: number;
  readonly roles: readonly Role[];
  readonly cells: Readonly<Record<string, readonly RaciLetter[]>> | undefined;
  /** The focused column in this row, or -1: only the focused row gets a number, so others skip. */
  readonly focusedCol: number;
  readonly leadName: string;
  readonly taskIssues: readonly Issue[] | undefined;
  /** Roles whose cell in this row is at fault (two A, two R); same array while unchanged. */
  readonly invalidRoles: readonly string[] | undefined;
  readonly idPrefix: string;
  readonly locale: Locale;
  readonly t: Translate;
}

/** One task of the grid. Memoized: an edit re-renders only the row it touches. */
export const RaciRow = memo(function RaciRow({
  task,
  rowIndex,
  roles,
  cells,
  focusedCol,
  leadName,
  taskIssues,
  invalidRoles,
  idPrefix,
  locale,
  t,
}: RaciRowProps) {
  const issuesId = taskIssues?.length ? issueListId(idPrefix, 'task', task.id) : undefined;
  const severity = taskIssues?.some((i) => i.severity === 'error')
    ? 'error'
    : taskIssues?.length
      ? 'warning'
      : undefined;
  return (
    <tr data-task-id={task.id} data-invalid={severity}>
      <th
        scope="row"
        tabIndex={focusedCol === 0 ? 0 : -1}
        data-row={rowIndex}
        data-col={0}
        aria-describedby={issuesId}
      >
        {task.label || task.id}
        {issuesId ? (
          <span id={issuesId} data-part="issue-marker" data-severity={severity}>
            <span aria-hidden="true"> ⚠</span>
            <span data-part="visually-hidden">
              {taskIssues?.map((issue) => formatIssue(issue, locale)).join(' ')}
            </span>
          </span>
        ) : null}
      </th>
      <td tabIndex={focusedCol === 1 ? 0 : -1} data-row={rowIndex} data-col={1} data-part="lead">
        {leadName || t('raci.noLead')}
      </td>
      {roles.map((role, index) => {
        const col = index + 2;
        const letters = cells && Object.hasOwn(cells, role.id) ? (cells[role.id] ?? []) : [];
        const invalid = invalidRoles?.includes(role.id);
        return (
          <td
            key={role.id}
            tabIndex={focusedCol === col ? 0 : -1}
            data-row={rowIndex}
            data-col={col}
            data-role-id={role.id}
            data-letters={letters.join(' ') || undefined}
            data-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid && issuesId ? issuesId : undefined}
          >
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

/** The list of issues above the grid; each entry moves focus to where the problem is. */
export const RaciIssueSummary = memo(function RaciIssueSummary({
  issues,
  locale,
  t,
  onSelect,
  headingId,
  issueMessages,
}: {
  readonly issues: readonly Issue[];
  readonly locale: Locale;
  readonly t: Translate;
  readonly onSelect: (issue: Issue) => void;
  readonly headingId: string;
  readonly issueMessages: FormatIssueOptions['messages'];
}) {
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
        {issues.map((issue) => (
          <li
            key={`${issue.code}-${issue.taskId ?? ''}-${issue.roleId ?? ''}-${issue.path.join('.')}`}
            data-severity={issue.severity}
          >
            <button type="button" onClick={() => onSelect(issue)}>
              {formatIssue(issue, locale, issueMessages ? { messages: issueMessages } : {})}
            </button>
          </li>
        ))}
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
export const RaciWorkload = memo(
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

// Names survive minification, for React DevTools and render counts.
RaciRow.displayName = 'RaciRow';
RaciIssueSummary.displayName = 'RaciIssueSummary';
RaciWorkload.displayName = 'RaciWorkload';
