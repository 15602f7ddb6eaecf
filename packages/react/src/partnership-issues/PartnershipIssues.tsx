import { countIssues, type Issue, type IssuePath, type Partnership } from '@partnership-kit/core';
import { lintPartnership } from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { GUIDE_MESSAGES } from '../guide/guide.messages';
import type { MessageOptions } from '../i18n/useMessages';
import { useMessages } from '../i18n/useMessages';
import { localToday } from '../utils/format-date';
import { IssueList } from './IssueList';

/** Props of {@link PartnershipIssues}. */
export interface PartnershipIssuesProps extends MessageOptions {
  readonly partnership: Partnership;
  /** The day overdue items are judged on, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
  /** Called with the path of the issue the user picks, e.g. to open the right step. */
  readonly onNavigate?: (path: IssuePath, issue: Issue) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

/**
 * Everything `lintPartnership` finds in a partnership — references that point nowhere, RACI
 * rules, missing clauses, overdue reviews and action items, leadership approvals, missing
 * translations — counted by severity, each entry taking the user to where to fix it.
 *
 * @example
 * ```tsx
 * <PartnershipIssues partnership={partnership} onNavigate={(path) => router.push(`/partnership#${path[0]}`)} />
 * ```
 */
export function PartnershipIssues({
  partnership,
  today,
  onNavigate,
  headingLevel = 2,
  ...options
}: PartnershipIssuesProps) {
  const { t } = useMessages(GUIDE_MESSAGES, options);
  const day = today ?? localToday();
  const issues = useMemo(() => lintPartnership(partnership, { today: day }), [partnership, day]);
  const counts = countIssues(issues);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      data-pk=""
      data-pk-partnership-issues=""
      aria-labelledby={headingId}
      data-state={issues.length === 0 ? 'clear' : 'issues'}
    >
      <Heading id={headingId}>{t('issues.title')}</Heading>
      {issues.length === 0 ? (
        <p>{t('issues.none')}</p>
      ) : (
        <>
          <p data-part="counts">{t('issues.count', counts)}</p>
          <IssueList issues={issues} onNavigate={onNavigate} locale={options.locale} />
        </>
      )}
    </section>
  );
}
