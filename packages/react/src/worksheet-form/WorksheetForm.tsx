import {
  localize,
  type NextStep,
  nextId,
  type WorksheetAnswer,
  type WorksheetResponse,
} from '@partnership-kit/core';
import type { Worksheet } from '@partnership-kit/templates';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageOverrides } from '../i18n/messages';
import { type Translate, useMessages } from '../i18n/useMessages';
import {
  defaultDraftStorage,
  readDraft,
  type WorksheetDraftStorage,
  writeDraft,
} from './worksheet-draft';

/** Props of {@link WorksheetForm}. */
export interface WorksheetFormProps {
  /** The worksheet to fill: one of `@partnership-kit/templates` or an app's own. */
  readonly worksheet: Worksheet;
  readonly value?: WorksheetResponse;
  readonly defaultValue?: WorksheetResponse;
  readonly onValueChange?: (response: WorksheetResponse) => void;
  /** Called with a valid response on submit; the draft is then cleared. */
  readonly onSubmit?: (response: WorksheetResponse) => void;
  /** Called after the user stops typing for `autosaveDelay` ms. */
  readonly onAutosave?: (response: WorksheetResponse) => void;
  /** Milliseconds of quiet before autosave and the draft are written. Default 1000. */
  readonly autosaveDelay?: number;
  /** Where drafts are kept; `null` keeps none. Default: localStorage. */
  readonly draftStorage?: WorksheetDraftStorage | null;
  /** The draft's key. Default: the worksheet's id, version and organization. */
  readonly draftKey?: string;
  /** Which questions must be answered to submit. Default: all. */
  readonly required?: 'all' | 'none' | readonly string[];
  /** The organization a new response is for. */
  readonly organizationId?: string;
  readonly headingLevel?: 2 | 3;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

interface FieldError {
  readonly fieldId: string;
  readonly message: string;
}

const EMPTY_ANSWER: WorksheetAnswer = { answer: '', nextSteps: [] };

/**
 * A worksheet of the guide — the self-reflection worksheet, the conversation guide, or an app's
 * own — as an accessible form: an answer per question and, where the worksheet asks for them,
 * next steps (what, who, by when, done); progress as questions are answered; on submit, an error
 * summary at the top (focused, each entry a link to its field) with `aria-invalid` and
 * `aria-describedby` on the fields; autosave after a pause; a draft kept in localStorage (or the
 * store the app passes) that can be restored; a print button.
 *
 * @example
 * ```tsx
 * import { SELF_REFLECTION_WORKSHEET } from '@partnership-kit/templates';
 * <WorksheetForm worksheet={SELF_REFLECTION_WORKSHEET} organizationId="agency-a" onSubmit={save} onAutosave={saveDraft} />
 * ```
 */
export function WorksheetForm(props: WorksheetFormProps) {
  const {
    worksheet,
    onSubmit,
    onAutosave,
    autosaveDelay = 1000,
    headingLevel = 2,
    required = 'all',
  } = props;
  const { t, locale } = useMessages(props);
  const storage = props.draftStorage === undefined ? defaultDraftStorage() : props.draftStorage;
  const draftKey =
    props.draftKey ??
    `partnership-kit:worksheet:${worksheet.id}:v${worksheet.version}:${props.organizationId ?? ''}`;
  const [response, setResponse] = useControllableState<WorksheetResponse>({
    value: props.value,
    defaultValue: () =>
      props.defaultValue ?? {
        worksheetId: worksheet.id,
        worksheetVersion: worksheet.version,
        ...(props.organizationId ? { organizationId: props.organizationId } : {}),
        answers: {},
      },
    onChange: props.onValueChange,
    name: 'WorksheetForm',
  });
  const [draft, setDraft] = useState<WorksheetResponse | undefined>(undefined);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const prefix = useId().replace(/:/g, '');
  const questions = useMemo(
    () => worksheet.sections.flatMap((section) => section.questions),
    [worksheet],
  );

  // Offer a draft left by an earlier visit, unless it is what the form already shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount and when the key changes.
  useEffect(() => {
    const found = readDraft(storage, draftKey);
    if (found && JSON.stringify(found.answers) !== JSON.stringify(response.answers))
      setDraft(found);
  }, [draftKey]);

  // Autosave: after a pause in typing, write the draft and tell the app.
  const firstRender = useRef(true);
  const latestAutosave = useRef(onAutosave);
  latestAutosave.current = onAutosave;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of the response.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(() => {
      writeDraft(storage, draftKey, response);
      latestAutosave.current?.(response);
    }, autosaveDelay);
    return () => clearTimeout(timer);
  }, [response]);

  const answerOf = (id: string) =>
    Object.hasOwn(response.answers, id) ? (response.answers[id] ?? EMPTY_ANSWER) : EMPTY_ANSWER;
  const setAnswer = (id: string, answer: WorksheetAnswer) => {
    setSaved(false);
    setResponse({ ...response, answers: { ...response.answers, [id]: answer } });
  };
  const isRequired = (id: string) =>
    required === 'all' || (Array.isArray(required) && required.includes(id));
  const answered = questions.filter((q) => answerOf(q.id).answer.trim() !== '').length;
  const fieldId = (questionId: string, part = 'answer') =>
    `${prefix}-${part}-${encodeURIComponent(questionId)}`;

  const validate = (): FieldError[] =>
    questions.flatMap((question, index) => {
      const answer = answerOf(question.id);
      const found: FieldError[] = [];
      if (isRequired(question.id) && answer.answer.trim() === '') {
        found.push({
          fieldId: fieldId(question.id),
          message: t('worksheet.error.required', { n: index + 1 }),
        });
      }
      answer.nextSteps.forEach((step, s) => {
        if (step.text.trim() === '') {
          found.push({
            fieldId: fieldId(question.id, `step-${step.id}`),
            message: t('worksheet.error.stepText', { step: s + 1, n: index + 1 }),
          });
        }
      });
      return found;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.length > 0) {
      setSaved(false);
      // GCDS / GOV.UK pattern: focus the summary so screen readers read what to fix.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    writeDraft(storage, draftKey, null);
    setSaved(true);
    onSubmit?.(response);
  };

  const errorFor = (id: string) => errors.find((error) => error.fieldId === id);
  const Heading = `h${headingLevel}` as const;
  const SectionHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  let number = 0;
  return (
    <form data-pk-worksheet="" data-worksheet={worksheet.id} onSubmit={submit} noValidate>
      <Heading>{localize(worksheet.title, locale)}</Heading>
      <p data-part="intro">{localize(worksheet.intro, locale)}</p>
      {draft ? (
        <div data-part="draft" role="status">
          <p>{t('worksheet.draft.found')}</p>
          <button
            type="button"
            onClick={() => {
              setResponse(draft);
              setDraft(undefined);
            }}
          >
            {t('worksheet.draft.restore')}
          </button>
          <button
            type="button"
            onClick={() => {
              writeDraft(storage, draftKey, null);
              setDraft(undefined);
            }}
          >
            {t('worksheet.draft.discard')}
          </button>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <section
          ref={summaryRef}
          tabIndex={-1}
          data-part="error-summary"
          aria-labelledby={`${prefix}-errors`}
        >
          <p id={`${prefix}-errors`}>{t('worksheet.errors.title', { count: errors.length })}</p>
          <ul>
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a
                  href={`#${error.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(error.fieldId)?.focus();
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p data-part="progress" aria-live="polite">
        {t('worksheet.progress', { answered, total: questions.length })}
      </p>
      {worksheet.sections.map((section) => (
        <section
          key={section.id}
          data-section={section.id}
          aria-label={localize(section.title, locale)}
        >
          {worksheet.sections.length > 1 ? (
            <SectionHeading>{localize(section.title, locale)}</SectionHeading>
          ) : null}
          {section.questions.map((question) => {
            number += 1;
            const answer = answerOf(question.id);
            const id = fieldId(question.id);
            const error = errorFor(id);
            return (
              <fieldset key={question.id} data-question={question.id}>
                <legend>
                  {number}. {localize(question.text, locale)}
                </legend>
                <label htmlFor={id}>{t('worksheet.answer')}</label>
                {error ? (
                  <p id={`${id}-error`} data-part="field-error">
                    {error.message}
                  </p>
                ) : null}
                <textarea
                  id={id}
                  value={answer.answer}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) =>
                    setAnswer(question.id, { ...answer, answer: event.target.value })
                  }
                />
                {worksheet.asksNextSteps ? (
                  <NextSteps
                    questionId={question.id}
                    steps={answer.nextSteps}
                    fieldId={(stepId) => fieldId(question.id, `step-${stepId}`)}
                    errorFor={errorFor}
                    onChange={(nextSteps) => setAnswer(question.id, { ...answer, nextSteps })}
                    t={t}
                  />
                ) : null}
              </fieldset>
            );
          })}
        </section>
      ))}
      <div data-part="form-actions">
        <button type="submit">{t('worksheet.submit')}</button>
        <button type="button" onClick={() => window.print()}>
          {t('worksheet.print')}
        </button>
        <span role="status">{saved ? t('worksheet.saved') : ''}</span>
      </div>
    </form>
  );
}

function NextSteps({
  questionId,
  steps,
  fieldId,
  errorFor,
  onChange,
  t,
}: {
  readonly questionId: string;
  readonly steps: readonly NextStep[];
  readonly fieldId: (stepId: string) => string;
  readonly errorFor: (id: string) => FieldError | undefined;
  readonly onChange: (steps: NextStep[]) => void;
  readonly t: Translate;
}) {
  const update = (index: number, changes: Partial<NextStep>) =>
    onChange(steps.map((step, i) => (i === index ? ({ ...step, ...changes } as NextStep) : step)));
  return (
    <div data-part="next-steps" data-question={questionId}>
      <p>{t('worksheet.nextSteps')}</p>
      {steps.map((step, index) => {
        const id = fieldId(step.id);
        const error = errorFor(id);
        return (
          <div key={step.id} data-part="next-step" data-done={step.done || undefined}>
            <label htmlFor={id}>{`${t('worksheet.nextStep.text')} ${index + 1}`}</label>
            <input
              id={id}
              value={step.text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => update(index, { text: event.target.value })}
            />
            {error ? (
              <span id={`${id}-error`} data-part="field-error">
                {error.message}
              </span>
            ) : null}
            <label htmlFor={`${id}-owner`}>{t('worksheet.nextStep.owner')}</label>
            <input
              id={`${id}-owner`}
              value={step.owner ?? ''}
              onChange={(event) => update(index, { owner: event.target.value })}
            />
            <label htmlFor={`${id}-due`}>{t('worksheet.nextStep.due')}</label>
            <input
              id={`${id}-due`}
              type="date"
              value={step.dueDate ?? ''}
              onChange={(event) =>
                update(
                  index,
                  event.target.value ? { dueDate: event.target.value } : { dueDate: undefined },
                )
              }
            />
            <label>
              <input
                type="checkbox"
                checked={step.done}
                onChange={(event) => update(index, { done: event.target.checked })}
              />{' '}
              {t('worksheet.nextStep.done')}
            </label>
            <button type="button" onClick={() => onChange(steps.filter((_, i) => i !== index))}>
              {t('worksheet.nextStep.remove', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...steps,
            {
              id: nextId(
                'step',
                steps.map((s) => s.id),
              ),
              text: '',
              done: false,
            },
          ])
        }
      >
        {t('worksheet.nextStep.add')}
      </button>
    </div>
  );
}
