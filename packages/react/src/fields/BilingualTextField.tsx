import { hasText, type Language, type LocalizedText, otherLanguage } from '@partnership-kit/core';
import { type ReactNode, useId } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { COMMON_MESSAGES, type MessageOverrides } from '../i18n/messages';
import { type Translate, useContentLanguages, useMessages } from '../i18n/useMessages';
import { useTranslationRequest } from './useTranslationRequest';

/** Asks a portal's translation service for a text in the other language; the kit ships none. */
export type RequestTranslation = (text: string, from: Language, to: Language) => Promise<string>;

/** Props of {@link BilingualTextField}. */
export interface BilingualTextFieldProps {
  /** What the text is, in the interface's language. */
  readonly label: ReactNode;
  /** Advice under the label. */
  readonly hint?: ReactNode;
  readonly value?: LocalizedText;
  readonly defaultValue?: LocalizedText;
  readonly onValueChange?: (value: LocalizedText) => void;
  /** The languages to write it in; the partnership's (`contentLanguages` of the provider) by default. */
  readonly languages?: readonly Language[];
  /** A text area rather than a one-line input. */
  readonly multiline?: boolean;
  readonly rows?: number;
  /** Marks the field required (a text in every language); the form checks it. */
  readonly required?: boolean;
  /** An error to show and announce with the field (on every input). */
  readonly error?: ReactNode;
  readonly maxLength?: number;
  /** Base id: the inputs are `${id}-fr` and `${id}-en` (links from an error summary go to the first). */
  readonly id?: string;
  readonly disabled?: boolean;
  readonly readOnly?: boolean;
  /** A portal's translation service: a button on an empty side offers a translation of the other. */
  readonly onRequestTranslation?: RequestTranslation;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
  readonly className?: string;
}

const TAGS: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA' };

/**
 * A text people write for the partnership's documents, in French and English side by side —
 * one input per language the partnership declares, each with its own `lang` so spell-checkers
 * and screen readers use the right language. The label and hint are in the interface's
 * language; a side left empty while the other is written is marked "translation missing". With
 * `onRequestTranslation`, an empty side offers a suggested translation of the other, which the
 * person reviews. Controlled (`value` + `onValueChange`) or not (`defaultValue`).
 *
 * @example
 * ```tsx
 * <BilingualTextField
 *   label="Task name"
 *   value={task.label}
 *   onValueChange={(label) => dispatch({ type: 'taskRename', taskId: task.id, label })}
 *   required
 * />
 * ```
 */
export function BilingualTextField(props: BilingualTextFieldProps) {
  const {
    label,
    hint,
    multiline = false,
    required = false,
    error,
    maxLength,
    disabled,
    readOnly,
  } = props;
  const { t } = useMessages(COMMON_MESSAGES, props);
  const languages = useContentLanguages(props.languages);
  const [value, setValue] = useControllableState<LocalizedText>({
    value: props.value,
    defaultValue: () => props.defaultValue ?? {},
    onChange: props.onValueChange,
    name: 'BilingualTextField',
  });
  const generated = useId().replace(/:/g, '');
  const base = props.id ?? `pk-field-${generated}`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const single = languages.length === 1;
  const { translating, failed, translate } = useTranslationRequest(
    value,
    setValue,
    props.onRequestTranslation,
  );

  const messages = (
    <>
      {hint ? (
        <p id={hintId} data-part="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} data-part="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
  const side = (lang: Language, intro?: ReactNode) => {
    const id = `${base}-${lang}`;
    const missing = !single && !hasText(value[lang]) && hasText(value[otherLanguage(lang)]);
    const describedBy =
      [hintId, errorId, missing ? `${id}-missing` : undefined].filter(Boolean).join(' ') ||
      undefined;
    const common = {
      id,
      lang: TAGS[lang],
      spellCheck: true,
      value: value[lang] ?? '',
      maxLength,
      disabled,
      readOnly,
      required,
      'aria-describedby': describedBy,
      'aria-invalid': error ? true : undefined,
      onChange: (event: { target: { value: string } }) =>
        setValue({ ...value, [lang]: event.target.value }),
    };
    return (
      <div key={lang} data-part="side" data-lang={lang} data-missing={missing || undefined}>
        <label htmlFor={id}>
          {single ? label : t(`field.language.${lang}`)}
          {single && required ? <RequiredMark t={t} /> : null}
        </label>
        {intro}
        {missing ? (
          <span id={`${id}-missing`} data-part="missing-translation">
            {t('field.missingTranslation')}
          </span>
        ) : null}
        {multiline ? (
          <textarea rows={props.rows ?? 3} {...common} />
        ) : (
          <input type="text" {...common} />
        )}
        {props.onRequestTranslation && missing && !readOnly && !disabled ? (
          <button
            type="button"
            data-variant="secondary"
            onClick={() => translate(lang)}
            disabled={translating !== null}
          >
            {translating === lang
              ? t('field.translating')
              : t('field.translate', { from: otherLanguage(lang) })}
          </button>
        ) : null}
        {failed === lang ? (
          <p data-part="field-error" role="alert">
            {t('field.translationFailed')}
          </p>
        ) : null}
      </div>
    );
  };

  if (single) {
    return (
      <div
        data-pk=""
        data-pk-bilingual-field=""
        data-languages={languages.join(' ')}
        data-invalid={error ? true : undefined}
        className={props.className}
      >
        {side(languages[0] as Language, messages)}
      </div>
    );
  }
  return (
    <fieldset
      data-pk=""
      data-pk-bilingual-field=""
      data-languages={languages.join(' ')}
      data-invalid={error ? true : undefined}
      className={props.className}
    >
      <legend>
        {label}
        {required ? <RequiredMark t={t} /> : null}
      </legend>
      {messages}
      <div data-part="sides">{languages.map((lang) => side(lang))}</div>
    </fieldset>
  );
}

/** " (required)": the space outside the mark, so the mark's styling never eats it. */
function RequiredMark({ t }: { readonly t: Translate<'field.required'> }) {
  return (
    <>
      {' '}
      <span data-part="required">({t('field.required')})</span>
    </>
  );
}
