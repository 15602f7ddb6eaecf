import { pickLanguage, REVIEW_ANSWERS, type ReviewRecord } from '@partnership-kit/core';
import { type ReviewAction, reviewReducer } from '@partnership-kit/core/editing';
import { REVIEW_CHECKLIST, summarizeReview } from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { GUIDE_MESSAGES, type GuideTranslate } from '../guide/guide.messages';
import { useControllableReducer } from '../hooks/useControllableReducer';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { localToday } from '../utils/format-date';

/** Props of {@link ReviewChecklist}. */
export interface ReviewChecklistProps extends MessageOptions {
  readonly value?: ReviewRecord;
  readonly defaultValue?: ReviewRecord;
  readonly onValueChange?: (record: ReviewRecord) => void;
  readonly headingLevel?: 2 | 3 | 4;
}

/**
 * The formal review (REV-2, REV-3): when and by whom, an answer to every question of the five
 * areas (yes, partly, no, not applicable), notes in the partnership's languages, and each area's
 * status as answers come in — red on a no, amber on a partly, green when all is well, and
 * "not started" or "incomplete" while questions wait for an answer (an empty review is not a
 * warning). Built on core's `reviewReducer`.
 *
 * @example
 * ```tsx
 * <ReviewChecklist defaultValue={{ id: 'rev-2', date: '2027-01-15', reviewer: 'external', answers: {} }} onValueChange={save} />
 * ```
 */
export function ReviewChecklist(props: ReviewChecklistProps) {
  const { headingLevel = 2 } = props;
  const { t, locale } = useMessages(GUIDE_MESSAGES, props);
  const [record, dispatch] = useControllableReducer<ReviewRecord, ReviewAction>(reviewReducer, {
    value: props.value,
    defaultValue: () =>
      props.defaultValue ?? {
        id: 'review-1',
        date: localToday(),
        reviewer: 'external',
        answers: {},
      },
    onValueChange: props.onValueChange,
    name: 'ReviewChecklist',
  });
  const summary = useMemo(() => summarizeReview(record), [record]);
  const base = useId().replace(/:/g, '');
  const Heading = `h${headingLevel}` as const;
  const AreaHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  return (
    <section
      data-pk=""
      data-pk-review=""
      data-status={summary.status}
      aria-labelledby={`${base}-h`}
    >
      <Heading id={`${base}-h`}>{t('review.title')}</Heading>
      <DateField
        label={t('review.date')}
        value={record.date}
        onValueChange={(date) => date && dispatch({ type: 'dateSet', date })}
        locale={props.locale}
      />
      <div data-part="field">
        <label htmlFor={`${base}-reviewer`}>{t('review.reviewer')}</label>
        <select
          id={`${base}-reviewer`}
          value={record.reviewer}
          onChange={(e) =>
            dispatch({ type: 'reviewerSet', reviewer: e.target.value as ReviewRecord['reviewer'] })
          }
        >
          <option value="external">{t('review.reviewer.external')}</option>
          <option value="internal">{t('review.reviewer.internal')}</option>
        </select>
      </div>
      <p role="status" data-part="overall" data-status={summary.status}>
        {t('review.overall', { status: t(`review.status.${summary.status}`) })}
      </p>
      {REVIEW_CHECKLIST.map((area, index) => {
        const areaSummary = summary.areas[index];
        const status = areaSummary?.status ?? 'unanswered';
        return (
          <section
            key={area.id}
            data-area={area.id}
            data-status={status}
            aria-label={pickLanguage(area.title, locale)}
          >
            <AreaHeading>
              {pickLanguage(area.title, locale)}{' '}
              <span data-part="tag" data-status={status}>
                {t(`review.status.${status}`)}
              </span>
            </AreaHeading>
            {area.questions.map((question) => (
              <Question
                key={question.id}
                label={pickLanguage(question.text, locale)}
                value={
                  Object.hasOwn(record.answers, question.id)
                    ? record.answers[question.id]
                    : undefined
                }
                onChange={(answer) =>
                  dispatch({ type: 'answerSet', questionId: question.id, answer })
                }
                t={t}
              />
            ))}
          </section>
        );
      })}
      <BilingualTextField
        label={t('review.notes')}
        multiline
        value={record.notes ?? {}}
        onValueChange={(notes) => dispatch({ type: 'notesSet', notes })}
        locale={props.locale}
      />
    </section>
  );
}

function Question({
  label,
  value,
  onChange,
  t,
}: {
  label: string;
  value: ReviewRecord['answers'][string] | undefined;
  onChange: (answer: (typeof REVIEW_ANSWERS)[number]) => void;
  t: GuideTranslate;
}) {
  const name = useId();
  return (
    <fieldset data-part="question" data-answer={value}>
      <legend>{label}</legend>
      <div data-part="radios">
        {REVIEW_ANSWERS.map((answer) => (
          <label key={answer} data-part="radio">
            <input
              type="radio"
              name={name}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />{' '}
            {t(`review.answer.${answer}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
