import { useEffect, useState } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { describedBy } from '../editors/useEditorFeedback';

/** Props of {@link WholeNumberField}. */
export interface WholeNumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** A problem to show and announce with the field (`aria-invalid`). */
  readonly message?: string | undefined;
  /** Advice to show with the field. */
  readonly note?: string | undefined;
  readonly value: number | undefined;
  /** Called with the number typed, or undefined once the field is emptied. */
  readonly onValueChange: (value: number | undefined) => void;
  readonly readOnly?: boolean;
  /** Characters the field takes (4 by default). */
  readonly maxLength?: number;
}

/**
 * A count (years, days, months) as a text input with a numeric keyboard — the GOV.UK and GCDS
 * advice over `type="number"`, whose spinner and scroll wheel change values by accident. Only
 * digits are kept; the value is reported as soon as it is a number, so the reducer can accept it
 * or say why not (the editor shows that beside the field), and what was typed stays on screen.
 *
 * @example
 * ```tsx
 * <WholeNumberField id="notice" label="Notice (days)" value={terms.noticeDays} onValueChange={setNotice} />
 * ```
 */
export function WholeNumberField(props: WholeNumberFieldProps) {
  const { id, label, hint, message, note, value, onValueChange, readOnly } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  // A value set from elsewhere (undo, another editor) replaces what is typed.
  useEffect(
    () =>
      setText((current) =>
        (current === '' ? undefined : Number(current)) === value
          ? current
          : value === undefined
            ? ''
            : String(value),
      ),
    [value],
  );
  return (
    <div data-part="field" data-invalid={message ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <FieldTexts id={id} hint={hint} message={message} note={note} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        data-part="number"
        size={5}
        maxLength={props.maxLength ?? 4}
        value={text}
        readOnly={readOnly}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, { hint, message, note })}
        onChange={(event) => {
          const digits = event.target.value.replace(/\D/g, '');
          setText(digits);
          onValueChange(digits === '' ? undefined : Number(digits));
        }}
      />
    </div>
  );
}
