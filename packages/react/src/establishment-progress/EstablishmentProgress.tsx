import type { Issue, IssuePath, Partnership } from '@partnership-kit/core';
import { establishmentProgress } from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { GUIDE_MESSAGES } from '../guide/guide.messages';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';

/** Props of {@link EstablishmentProgress}. */
export interface EstablishmentProgressProps extends MessageOptions {
  readonly partnership: Partnership;
  /** Called with the path of what is missing, e.g. to open the right form. */
  readonly onNavigate?: (path: IssuePath, issue: Issue) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

/**
 * The guide's five establishment steps (EST-1..5) as a task list: each step's status as a tag
 * and what still keeps it from done, with links to fix it.
 *
 * @example
 * ```tsx
 * <EstablishmentProgress partnership={partnership} onNavigate={openEditorAt} />
 * ```
 */
export function EstablishmentProgress({
  partnership,
  onNavigate,
  headingLevel = 2,
  ...options
}: EstablishmentProgressProps) {
  const { t } = useMessages(GUIDE_MESSAGES, options);
  const steps = useMemo(() => establishmentProgress(partnership), [partnership]);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const StepHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const done = steps.filter((s) => s.status === 'done').length;
  return (
    <section data-pk="" data-pk-establishment="" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('progress.title')}</Heading>
      <p data-part="summary">{t('progress.summary', { done })}</p>
      <ol data-part="task-list">
        {steps.map((step) => (
          <li key={step.step} data-step={step.step} data-status={step.status}>
            <StepHeading>
              {t(`progress.${step.step}`)}{' '}
              <span data-part="tag" data-status={step.status}>
                {t(`progress.status.${step.status}`)}
              </span>
            </StepHeading>
            {step.issues.length > 0 ? (
              <IssueList issues={step.issues} onNavigate={onNavigate} locale={options.locale} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
