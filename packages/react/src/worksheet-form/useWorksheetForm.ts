import {
  hasText,
  isEmptyText,
  nextId,
  type WorksheetAnswer,
  type WorksheetResponse,
} from '@partnership-kit/core';
import { applyWorksheetAction, type WorksheetAction } from '@partnership-kit/core/editing';
import type { Worksheet } from '@partnership-kit/templates';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { useControllableReducer } from '../hooks/useControllableReducer';
import { formatActionIssue } from '../i18n/issue-formatters';
import {
  type MessageOptions,
  useContentLanguages,
  useFormatIssue,
  useMessages,
} from '../i18n/useMessages';
import { useWorksheetDraft } from './useWorksheetDraft';
import { WORKSHEET_MESSAGES, type WorksheetTranslate } from './worksheet.messages';
import type { WorksheetDraftStorage } from './worksheet-draft';

/** Options of {@link useWorksheetForm}. */
export interface UseWorksheetFormOptions extends MessageOptions {
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
  /** The languages answers are written in; the provider's `contentLanguages` by default. */
  readonly languages?: readonly ('fr' | 'en')[];
}

/** One problem of the form, with the id of the field that fixes it. */
export interface WorksheetFieldError {
  readonly fieldId: string;
  readonly message: string;
}

const EMPTY_ANSWER: WorksheetAnswer = { answer: {}, nextSteps: [] };

/** What a response still lacks: each required answer missing a language, each step without text. */
function worksheetErrors(
  questions: readonly { readonly id: string }[],
  answerOf: (id: string) => WorksheetAnswer,
  context: {
    readonly isRequired: (id: string) => boolean;
    readonly languages: readonly ('fr' | 'en')[];
    readonly fieldId: (questionId: string, part?: string) => string;
    readonly firstInput: (id: string) => string;
    readonly t: WorksheetTranslate;
  },
): WorksheetFieldError[] {
  const { isRequired, languages, fieldId, firstInput, t } = context;
  return questions.flatMap((question, index) => {
    const answer = answerOf(question.id);
    const found: WorksheetFieldError[] = [];
    if (isRequired(question.id) && !languages.every((l) => hasText(answer.answer[l]))) {
      found.push({
        fieldId: firstInput(fieldId(question.id)),
        message: t('worksheet.error.required', { n: index + 1 }),
      });
    }
    answer.nextSteps.forEach((step, s) => {
      if (isEmptyText(step.text)) {
        found.push({
          fieldId: firstInput(fieldId(question.id, `step-${step.id}`)),
          message: t('worksheet.error.stepText', { step: s + 1, n: index + 1 }),
        });
      }
    });
    return found;
  });
}

/**
 * The behaviour of a worksheet form without its markup: the response (controlled or not)
 * through core's `worksheetReducer`, progress, required questions, validation that shows on
 * submit and then follows each fix, drafts kept in storage and offered back, autosave after a
 * pause, where focus goes when a step is added or removed, and announcements.
 *
 * @example
 * ```tsx
 * const form = useWorksheetForm({ worksheet: SELF_REFLECTION_WORKSHEET, onSubmit: save });
 * form.dispatch({ type: 'answerSet', questionId: 'services-delivered-well', answer: { en: 'Job development' } });
 * ```
 */
export function useWorksheetForm(options: UseWorksheetFormOptions) {
  const { worksheet, onSubmit, required = 'all' } = options;
  const { t, locale, lang } = useMessages(WORKSHEET_MESSAGES, options);
  const formatIssue = useFormatIssue(formatActionIssue, options.locale);
  const languages = useContentLanguages(options.languages);
  const [announcement, announce] = useAnnouncer();
  const [response, , set] = useControllableReducer<WorksheetResponse, never>((state) => state, {
    value: options.value,
    defaultValue: () =>
      options.defaultValue ?? {
        worksheetId: worksheet.id,
        worksheetVersion: worksheet.version,
        ...(options.organizationId ? { organizationId: options.organizationId } : {}),
        answers: {},
      },
    onValueChange: options.onValueChange,
    name: 'WorksheetForm',
  });
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const prefix = `pk-ws-${useId().replace(/:/g, '')}`;
  const questions = useMemo(
    () => worksheet.sections.flatMap((section) => section.questions),
    [worksheet],
  );

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);
  const drafts = useWorksheetDraft(options, response, set);

  const answerOf = (id: string) =>
    Object.hasOwn(response.answers, id) ? (response.answers[id] ?? EMPTY_ANSWER) : EMPTY_ANSWER;
  const dispatch = (action: WorksheetAction) => {
    setSaved(false);
    let accepted = true;
    set((current) => {
      const result = applyWorksheetAction(current, action);
      if (result.rejection) {
        accepted = false;
        announce(formatIssue(result.rejection));
      }
      return result.value;
    });
    return accepted;
  };
  const isRequired = (id: string) =>
    required === 'all' || (Array.isArray(required) && required.includes(id));
  const answered = questions.filter((q) => !isEmptyText(answerOf(q.id).answer)).length;
  const fieldId = (questionId: string, part = 'answer') =>
    `${prefix}-${part}-${encodeURIComponent(questionId)}`;
  /** The first input of a bilingual field: the one an error summary links to. */
  const firstInput = (id: string) => `${id}-${languages[0] ?? 'fr'}`;

  const errors = submitted
    ? worksheetErrors(questions, answerOf, { isRequired, languages, fieldId, firstInput, t })
    : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const missing =
      worksheetErrors(questions, answerOf, { isRequired, languages, fieldId, firstInput, t })
        .length > 0;
    if (missing) {
      setSaved(false);
      // GCDS / GOV.UK pattern: focus the summary so screen readers read what to fix.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    drafts.clear();
    setSaved(true);
    onSubmit?.(response);
  };
  const addStep = (questionId: string) => {
    const steps = answerOf(questionId).nextSteps;
    const id = nextId(
      'step',
      steps.map((s) => s.id),
    );
    if (!dispatch({ type: 'nextStepAdd', questionId, id })) return;
    announce(t('worksheet.announce.stepAdded', { step: steps.length + 1 }));
    setFocusId(firstInput(fieldId(questionId, `step-${id}`)));
  };
  const removeStep = (questionId: string, stepId: string) => {
    const steps = answerOf(questionId).nextSteps;
    const index = steps.findIndex((s) => s.id === stepId);
    if (!dispatch({ type: 'nextStepRemove', questionId, stepId })) return;
    announce(t('worksheet.announce.stepRemoved', { step: index + 1 }));
    const previous = steps[index - 1] ?? steps[index + 1];
    setFocusId(
      previous
        ? firstInput(fieldId(questionId, `step-${previous.id}`))
        : `${fieldId(questionId)}-add-step`,
    );
  };
  return {
    worksheet,
    response,
    dispatch,
    t,
    locale,
    lang,
    languages,
    questions,
    answerOf,
    answered,
    isRequired,
    fieldId,
    errors,
    errorFor: (id: string) => errors.find((error) => error.fieldId === firstInput(id)),
    submit,
    saved,
    addStep,
    removeStep,
    draft: drafts.draft,
    restoreDraft: drafts.restore,
    discardDraft: drafts.discard,
    summaryRef,
    prefix,
    announcement,
  };
}
