import { type NextStep, pickLanguage } from '@partnership-kit/core';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { ErrorSummary } from '../fields/ErrorSummary';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { type UseWorksheetFormOptions, useWorksheetForm } from './useWorksheetForm';

export type { WorksheetFieldError } from './useWorksheetForm';

/** Props of {@link WorksheetForm}. */
export interface WorksheetFormProps extends UseWorksheetFormOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly className?: string;
}

type Form = ReturnType<typeof useWorksheetForm>;

/**
 * A worksheet of the guide — the self-reflection worksheet, the conversation guide, or an app's
 * own — as an accessible form: each question a group whose answer is written in the
 * partnership's languages, with, where the worksheet asks for them, numbered next steps (what,
 * who, by when, done); progress as questions are answered; required questions marked; on
 * submit, an error summary at the top (focused, each entry a link to its field) that follows
 * each fix; autosave after a pause; a draft kept in localStorage (or the app's store) that can be
 * restored; a print button. Built on {@link useWorksheetForm}.
 *
 * @example
 * ```tsx
 * import { SELF_REFLECTION_WORKSHEET } from '@partnership-kit/templates';
 * <WorksheetForm worksheet={SELF_REFLECTION_WORKSHEET} organizationId="agency-a" onSubmit={save} onAutosave={saveDraft} />
 * ```
 */
export function WorksheetForm(props: WorksheetFormProps) {
  const { headingLevel = 2, className } = props;
  const form = useWorksheetForm(props);
  const { t, worksheet, locale } = form;
  const Heading = `h${headingLevel}` as const;
  const SectionHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const anyRequired = form.questions.some((q) => form.isRequired(q.id));
  let number = 0;
  return (
    <form
      data-pk=""
      data-pk-worksheet=""
      data-worksheet={worksheet.id}
      onSubmit={form.submit}
      noValidate
      className={className}
    >
      <Heading id={`${form.prefix}-title`}>{pickLanguage(worksheet.title, locale)}</Heading>
      <p data-part="intro">{pickLanguage(worksheet.intro, locale)}</p>
      {form.draft ? (
        <div data-part="draft" role="status">
          <p>{t('worksheet.draft.found')}</p>
          <button type="button" data-variant="primary" onClick={form.restoreDraft}>
            {t('worksheet.draft.restore')}
          </button>
          <button type="button" data-variant="secondary" onClick={form.discardDraft}>
            {t('worksheet.draft.discard')}
          </button>
        </div>
      ) : null}
      <ErrorSummary
        ref={form.summaryRef}
        errors={form.errors}
        title={t('errors.title', { count: form.errors.length })}
      />
      {anyRequired ? <p data-part="required-note">{t('worksheet.required')}</p> : null}
      <p data-part="progress" aria-live="polite">
        {t('worksheet.progress', { answered: form.answered, total: form.questions.length })}
      </p>
      {worksheet.sections.map((section) => (
        // A section is a landmark only when there are several, named with the worksheet's title
        // too: two worksheets on one page never make two regions of the same name.
        <section
          key={section.id}
          data-section={section.id}
          aria-labelledby={
            worksheet.sections.length > 1
              ? `${form.prefix}-title ${form.prefix}-section-${section.id}`
              : undefined
          }
        >
          {worksheet.sections.length > 1 ? (
            <SectionHeading id={`${form.prefix}-section-${section.id}`}>
              {pickLanguage(section.title, locale)}
            </SectionHeading>
          ) : null}
          {section.questions.map((question) => {
            number += 1;
            const n = number;
            const answer = form.answerOf(question.id);
            const id = form.fieldId(question.id);
            const error = form.errorFor(id);
            return (
              <fieldset key={question.id} data-question={question.id}>
                <legend>
                  {n}. {pickLanguage(question.text, locale)}
                </legend>
                <BilingualTextField
                  id={id}
                  label={t('worksheet.answer', { n })}
                  value={answer.answer}
                  onValueChange={(next) =>
                    form.dispatch({ type: 'answerSet', questionId: question.id, answer: next })
                  }
                  languages={form.languages}
                  multiline
                  required={form.isRequired(question.id)}
                  error={error?.message}
                />
                {worksheet.asksNextSteps ? (
                  <NextSteps form={form} questionId={question.id} n={n} steps={answer.nextSteps} />
                ) : null}
              </fieldset>
            );
          })}
        </section>
      ))}
      <div data-part="form-actions">
        <button type="submit" data-variant="primary">
          {t('worksheet.submit')}
        </button>
        <button type="button" data-variant="secondary" onClick={() => window.print()}>
          {t('worksheet.print')}
        </button>
        <output data-part="saved">{form.saved ? t('worksheet.saved') : ''}</output>
      </div>
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {form.announcement}
      </div>
    </form>
  );
}

function NextSteps({
  form,
  questionId,
  n,
  steps,
}: {
  form: Form;
  questionId: string;
  n: number;
  steps: readonly NextStep[];
}) {
  const { t } = form;
  const edit = (stepId: string, changes: Partial<Omit<NextStep, 'id'>>) =>
    form.dispatch({ type: 'nextStepEdit', questionId, stepId, changes });
  return (
    <fieldset data-part="next-steps" data-question={questionId}>
      <legend data-part="next-steps-title">{t('worksheet.nextSteps', { n })}</legend>
      {steps.length === 0 ? <p data-part="empty">{t('worksheet.noSteps')}</p> : null}
      <ol>
        {steps.map((step, index) => {
          const id = form.fieldId(questionId, `step-${step.id}`);
          const error = form.errorFor(id);
          const s = index + 1;
          return (
            <li key={step.id} data-part="next-step" data-done={step.done || undefined}>
              <BilingualTextField
                id={id}
                label={t('worksheet.nextStep.text', { step: s })}
                value={step.text}
                onValueChange={(text) => edit(step.id, { text })}
                languages={form.languages}
                error={error?.message}
              />
              <div data-part="field">
                <label htmlFor={`${id}-owner`}>{t('worksheet.nextStep.owner', { step: s })}</label>
                <input
                  id={`${id}-owner`}
                  value={step.owner ?? ''}
                  maxLength={500}
                  onChange={(event) =>
                    edit(step.id, {
                      owner: event.target.value === '' ? undefined : event.target.value,
                    })
                  }
                />
              </div>
              <DateField
                id={`${id}-due`}
                label={t('worksheet.nextStep.due', { step: s })}
                value={step.dueDate}
                onValueChange={(dueDate) => edit(step.id, { dueDate })}
                locale={form.locale}
              />
              <label data-part="checkbox">
                <input
                  type="checkbox"
                  checked={step.done}
                  onChange={(event) => edit(step.id, { done: event.target.checked })}
                />{' '}
                {t('worksheet.nextStep.done', { step: s })}
              </label>
              <button
                type="button"
                data-variant="danger"
                onClick={() => form.removeStep(questionId, step.id)}
              >
                {t('worksheet.nextStep.remove', { step: s, n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${form.fieldId(questionId)}-add-step`}
        data-variant="secondary"
        onClick={() => form.addStep(questionId)}
      >
        {t('worksheet.nextStep.add', { n })}
      </button>
    </fieldset>
  );
}
