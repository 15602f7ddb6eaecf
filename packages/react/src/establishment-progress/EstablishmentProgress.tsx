import {
  establishmentProgress,
  type Issue,
  type IssuePath,
  type Partnership,
} from '@partnership-kit/core';
import { useId, useMemo } from 'react';
import type { MessageOverrides } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';
import { IssueList } from '../partnership-issues/IssueList';

/** Props of {@link EstablishmentProgress}. */
export interface EstablishmentProgressProps {
  readonly partnership: Partnership;
  /** Called with the path of what is missing, e.g. to open the right form. */
  readonly onNavigate?: (path: IssuePath, issue: Issue) => void;
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

/**
 * The guide's five establishment steps (EST-1..5) as a task list: each step's status and what
 * still keeps it from done, with links to fix it.
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
  locale,
  messages,
}: EstablishmentProgressProps) {
  const { t } = useMessages({ locale, messages });
  const steps = useMemo(() => establishmentProgress(partnership), [partnership]);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const StepHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const done = steps.filter((s) => s.status === 'done').length;
  return (
    <section data-pk-establishment="" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('progress.title')}</Heading>
      <p data-part="summary">{t('progress.summary', { done })}</p>
      <ol>
        {steps.map((step) => (
          <li key={step.step} data-step={step.step} data-status={step.status}>
            <StepHeading>
              {t(`progress.${step.step}`)}{' '}
              <span data-part="status">({t(`progress.status.${step.status}`)})</span>
            </StepHeading>
            {step.issues.length > 0 ? (
              <IssueList issues={step.issues} onNavigate={onNavigate} locale={locale} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
