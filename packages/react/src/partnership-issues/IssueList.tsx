import type { Issue, IssuePath } from '@partnership-kit/core';
import { formatIssue as formatAnyIssue } from '@partnership-kit/core/issues';
import { COMMON_MESSAGES } from '../i18n/messages';
import { useFormatIssue, useMessages } from '../i18n/useMessages';

/** Props of {@link IssueList}. */
export interface IssueListProps {
  readonly issues: readonly Issue[];
  /** Called with an issue's path when its entry is chosen: take the user where to fix it. */
  readonly onNavigate?: ((path: IssuePath, issue: Issue) => void) | undefined;
  readonly locale?: string | undefined;
}

/**
 * A list of issues in the reader's language (with the app's rewording), each with its severity
 * in words; with `onNavigate`, each entry is a button that takes the user to the place to fix.
 *
 * @example
 * ```tsx
 * <IssueList issues={issues} onNavigate={(path) => openAt(path)} />
 * ```
 */
export function IssueList({ issues, onNavigate, locale }: IssueListProps) {
  const { t } = useMessages(COMMON_MESSAGES, { locale });
  const formatIssue = useFormatIssue(formatAnyIssue, locale);
  return (
    <ul data-part="issue-list">
      {issues.map((issue) => {
        const text = formatIssue(issue);
        const key = `${issue.code}-${issue.path.join('.')}-${issue.organizationId ?? ''}`;
        const severity = <span data-part="severity">{t(`severity.${issue.severity}`)}</span>;
        return (
          <li key={key} data-severity={issue.severity} data-code={issue.code}>
            {onNavigate ? (
              <button
                type="button"
                data-variant="link"
                onClick={() => onNavigate(issue.path, issue)}
              >
                {severity} {text}
              </button>
            ) : (
              <>
                {severity} {text}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
