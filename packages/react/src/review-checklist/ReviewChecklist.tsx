import {
  localize,
  REVIEW_ANSWERS,
  REVIEW_CHECKLIST,
  type ReviewRecord,
  summarizeReview,
} from '@partnership-kit/core';
import { useId, useMemo } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageOverrides } from '../i18n/messages';
import { type Translate, useMessages } from '../i18n/useMessages';
import { localToday } from '../utils/format-date';

/** Props of {@link ReviewChecklist}. */
export interface ReviewChecklistProps {
  readonly value?: ReviewRecord;
  readonly defaultValue?: ReviewRecord;
  readonly onValueChange?: (record: ReviewRecord) => void;
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

/**
 * The formal review (REV-2, REV-3): when and by whom, an answer to every question of the five
 * areas (yes, partly, no, not applicable), notes, and each area's status — green, amber or red —
 * as answers come in.
 *
 * @example
 * ```tsx
 * <ReviewChecklist defaultValue={{ id: 'rev-2', date: '2027-01-15', reviewer: 'external', answers: {} }} onValueChange={save} />
 * ```
 */
export function ReviewChecklist(props: ReviewChecklistProps) {
  const { headingLevel = 2 } = props;
  const { t, locale } = useMessages(props);
  const [record, setRecord] = useControllableState<ReviewRecord>({
    value: props.value,
    defaultValue: () =>
      props.defaultValue ?? {
        id: 'review-1',
        date: localToday(),
        reviewer: 'external',
        answers: {},
      },
    onChange: props.onValueChange,
    name: 'ReviewChecklist',
  });
  const summary = useMemo(() => summarizeReview(record), [record]);
  const ids = { heading: useId(), date: useId(), reviewer: useId(), notes: useId() };
  const Heading = `h${headingLevel}` as const;
  const AreaHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <section data-pk-review="" data-status={summary.status} aria-labelledby={ids.heading}>
      <Heading id={ids.heading}>{t('review.title')}</Heading>
      <p>
        <label htmlFor={ids.date}>{t('review.date')}</label>{' '}
        <input
          id={ids.date}
          type="date"
          value={record.date}
          onChange={(e) => e.target.value && setRecord({ ...record, date: e.target.value })}
        />
      </p>
      <p>
        <label htmlFor={ids.reviewer}>{t('review.reviewer')}</label>{' '}
        <select
          id={ids.reviewer}
          value={record.reviewer}
          onChange={(e) =>
            setRecord({ ...record, reviewer: e.target.value as ReviewRecord['reviewer'] })
          }
        >
          <option value="external">{t('review.reviewer.external')}</option>
          <option value="internal">{t('review.reviewer.internal')}</option>
        </select>
      </p>
      <p role="status" data-part="overall">
        {t('review.overall', { status: t(`review.status.${summary.status}`) })}
      </p>
      {REVIEW_CHECKLIST.map((area, index) => {
        const areaSummary = summary.areas[index];
        return (
          <section
            key={area.id}
            data-area={area.id}
            data-status={areaSummary?.status}
            aria-label={localize(area.title, locale)}
          >
            <AreaHeading>
              {localize(area.title, locale)}{' '}
              <span data-part="status">
                ({t(`review.status.${areaSummary?.status ?? 'amber'}`)})
              </span>
            </AreaHeading>
            {area.questions.map((question) => (
              <Question
                key={question.id}
                label={localize(question.text, locale)}
                value={
                  Object.hasOwn(record.answers, question.id)
                    ? record.answers[question.id]
                    : undefined
                }
                onChange={(answer) =>
                  setRecord({ ...record, answers: { ...record.answers, [question.id]: answer } })
                }
                t={t}
              />
            ))}
          </section>
        );
      })}
      <p>
        <label htmlFor={ids.notes}>{t('review.notes')}</label>
        <textarea
          id={ids.notes}
          value={record.notes ?? ''}
          onChange={(e) => setRecord({ ...record, notes: e.target.value })}
        />
      </p>
    </section>
  );
}

function Question({
  label,
  value,
  onChange,
  t,
}: {
  readonly label: string;
  readonly value: ReviewRecord['answers'][string] | undefined;
  readonly onChange: (answer: (typeof REVIEW_ANSWERS)[number]) => void;
  readonly t: Translate;
}) {
  const name = useId();
  return (
    <fieldset data-part="question" data-answer={value}>
      <legend>{label}</legend>
      {REVIEW_ANSWERS.map((answer) => (
        <label key={answer}>
          <input
            type="radio"
            name={name}
            checked={value === answer}
            onChange={() => onChange(answer)}
          />{' '}
          {t(`review.answer.${answer}`)}
        </label>
      ))}
    </fieldset>
  );
}
