import { formatIssue, type Issue, type IssuePath } from '@partnership-kit/core';
import { useMessages } from '../i18n/useMessages';

/** Props of {@link IssueList}. */
export interface IssueListProps {
  readonly issues: readonly Issue[];
  /** Called with an issue's path when its entry is chosen: take the user where to fix it. */
  readonly onNavigate?: ((path: IssuePath, issue: Issue) => void) | undefined;
  readonly locale?: string | undefined;
}

/**
 * A list of issues in the reader's language, each with its severity; with `onNavigate`, each
 * entry is a button that takes the user to the place to fix.
 */
export function IssueList({ issues, onNavigate, locale }: IssueListProps) {
  const { t, locale: resolved, issueMessages } = useMessages({ locale });
  const options = issueMessages ? { messages: issueMessages } : {};
  return (
    <ul data-part="issue-list">
      {issues.map((issue) => {
        const text = formatIssue(issue, resolved, options);
        const key = `${issue.code}-${issue.path.join('.')}-${issue.organizationId ?? ''}`;
        return (
          <li key={key} data-severity={issue.severity} data-code={issue.code}>
            <span data-part="severity">{t(`issues.severity.${issue.severity}`)} </span>
            {onNavigate ? (
              <button type="button" onClick={() => onNavigate(issue.path, issue)}>
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
