import { type FocusEventHandler, type ReactNode, useEffect, useState } from 'react';

// Plain controls of the partnership editors, each with its label, hint and message tied to it
// (`aria-describedby`) and the id an error summary links to. Bilingual texts and dates have
// their own fields (BilingualTextField, DateField).

const describedBy = (...ids: (string | undefined | false)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} data-part="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-part="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Props of {@link TextInputField}. */
export interface TextInputFieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string | undefined;
  /** Every keystroke; the field keeps showing what was typed until `value` changes. */
  readonly onValueChange: (text: string) => void;
  readonly type?: 'text' | 'email' | 'tel';
  readonly inputMode?: 'numeric' | 'decimal';
  readonly maxLength?: number;
  readonly readOnly?: boolean;
  readonly required?: boolean;
  readonly requiredLabel?: string;
  readonly autoComplete?: string;
  readonly onFocus?: FocusEventHandler<HTMLInputElement>;
  /**
   * Whether what is typed stands for the saved value, so it stays as typed ("40 000" for an
   * amount saved as 40000); by default, the same text (empty for an absent value).
   */
  readonly sameAs?: (typed: string, value: string | undefined) => boolean;
  /** Shown after the input (a formatted amount). */
  readonly children?: ReactNode;
}

/**
 * A one-line text input for a value that is not translated (a legal name, an e-mail, an
 * amount). What the person types stays on screen even when the editor does not save it (an
 * empty legal name, a refused change), with the reason beside it, until the saved value changes.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { id, value, error } = props;
  const [draft, setDraft] = useState<string | null>(null);
  // A saved value that changes to something else than what is typed (an undo, another editor)
  // replaces it; a value that is what is typed keeps the person's own spelling of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the saved value changes
  useEffect(() => {
    const same = props.sameAs ?? ((typed: string, saved?: string) => typed === (saved ?? ''));
    setDraft((typed) => (typed !== null && same(typed, value) ? typed : null));
  }, [value]);
  return (
    <div data-part="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>
        {props.label}
        {props.required && props.requiredLabel ? (
          <>
            {' '}
            <span data-part="required">({props.requiredLabel})</span>
          </>
        ) : null}
      </label>
      <Messages id={id} hint={props.hint} error={error} />
      <input
        id={id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={draft ?? value ?? ''}
        maxLength={props.maxLength}
        readOnly={props.readOnly}
        required={props.required}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          props.hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
        )}
        onFocus={props.onFocus}
        onChange={(event) => {
          setDraft(event.target.value);
          props.onValueChange(event.target.value);
        }}
      />
      {props.children}
    </div>
  );
}

/** One choice of a select, radio or checkbox group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  /** The language of the label when it is a text people wrote in the other language. */
  readonly lang?: string | undefined;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly options: readonly FieldOption[];
  readonly onValueChange: (value: string) => void;
  readonly disabled?: boolean;
}

/** A select with its label, hint and message. */
export function SelectField(props: SelectFieldProps) {
  const { id, error } = props;
  return (
    <div data-part="field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{props.label}</label>
      <Messages id={id} hint={props.hint} error={error} />
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          props.hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
        )}
        onChange={(event) => props.onValueChange(event.target.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Props of {@link ChoiceGroup}. */
export interface ChoiceGroupProps {
  /** The id of the first choice (an error summary links to it); the others add `-2`, `-3`… */
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly options: readonly FieldOption[];
  /** Radios: one value; checkboxes: any number. */
  readonly kind: 'radio' | 'checkbox';
  readonly selected: readonly string[];
  readonly onToggle: (value: string, checked: boolean) => void;
  readonly disabled?: boolean;
  /** Said when there is nothing to choose from. */
  readonly empty?: ReactNode;
}

/** Radios or checkboxes in a fieldset, each choice a 44 px target with its label. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { id, error } = props;
  const hintId = props.hint !== undefined ? `${id}-hint` : undefined;
  return (
    <fieldset
      data-part="choices"
      data-invalid={error ? true : undefined}
      aria-describedby={describedBy(hintId, error && `${id}-error`)}
    >
      <legend>{props.legend}</legend>
      <Messages id={id} hint={props.hint} error={error} />
      {props.options.length === 0 ? <p data-part="empty">{props.empty}</p> : null}
      <div data-part={props.kind === 'radio' ? 'radios' : 'checkboxes'}>
        {props.options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <label key={option.value} htmlFor={inputId} data-part={props.kind}>
              <input
                id={inputId}
                type={props.kind}
                name={props.kind === 'radio' ? id : undefined}
                value={option.value}
                checked={props.selected.includes(option.value)}
                disabled={props.disabled}
                onChange={(event) => props.onToggle(option.value, event.target.checked)}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
