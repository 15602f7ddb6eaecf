import { isCalendarDate } from '@partnership-kit/core';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { COMMON_MESSAGES } from '../i18n/messages';
import { type MessageOptions, useMessages } from '../i18n/useMessages';

/** Props of {@link DateField}. */
export interface DateFieldProps extends MessageOptions {
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** `YYYY-MM-DD`, or undefined when empty. */
  readonly value: string | undefined;
  /** Called with a real calendar date, or undefined once the field is emptied. */
  readonly onValueChange: (value: string | undefined) => void;
  readonly required?: boolean;
  readonly error?: ReactNode;
  /** Id of the day input (an error summary links to it). */
  readonly id?: string;
  readonly disabled?: boolean;
}

const MONTHS = /* @__PURE__ */ (() => Array.from({ length: 12 }, (_, i) => i + 1))();

function partsOf(value: string | undefined) {
  if (!value || !isCalendarDate(value)) return { day: '', month: '', year: '' };
  return {
    day: String(Number(value.slice(8, 10))),
    month: String(Number(value.slice(5, 7))),
    year: value.slice(0, 4),
  };
}

/**
 * A calendar date as day, month and year (the GCDS and GOV.UK date-input pattern), in the
 * interface's language: the month is named ("mars", "March"), never a browser's mm/dd/yyyy that
 * disagrees with the page. It reports a value only once the three parts make a real date.
 *
 * @example
 * ```tsx
 * <DateField label="Due date" value={step.dueDate} onValueChange={(dueDate) => update({ dueDate })} />
 * ```
 */
export function DateField({
  label,
  hint,
  value,
  onValueChange,
  required,
  error,
  disabled,
  ...props
}: DateFieldProps) {
  const { t, locale } = useMessages(COMMON_MESSAGES, props);
  const generated = useId().replace(/:/g, '');
  const base = props.id ?? `pk-date-${generated}`;
  const [parts, setParts] = useState(() => partsOf(value));
  // A value set from outside replaces what is typed.
  useEffect(
    () => setParts((current) => (value === compose(current) ? current : partsOf(value))),
    [value],
  );
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const update = (change: Partial<typeof parts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    const composed = compose(next);
    if (composed !== undefined) onValueChange(composed);
    else if (next.day === '' && next.month === '' && next.year === '') onValueChange(undefined);
  };
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  return (
    <fieldset
      data-pk=""
      data-pk-date-field=""
      data-invalid={invalid}
      aria-describedby={describedBy}
    >
      <legend>
        {label}
        {required ? (
          <>
            {' '}
            <span data-part="required">({t('field.required')})</span>
          </>
        ) : null}
      </legend>
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
      <div data-part="date-parts">
        <span data-part="date-day">
          <label htmlFor={base}>{t('date.day')}</label>
          <input
            id={base}
            inputMode="numeric"
            autoComplete="off"
            size={2}
            maxLength={2}
            value={parts.day}
            disabled={disabled}
            aria-invalid={invalid}
            onChange={(event) => update({ day: event.target.value.replace(/\D/g, '') })}
          />
        </span>
        <span data-part="date-month">
          <label htmlFor={`${base}-month`}>{t('date.month')}</label>
          <select
            id={`${base}-month`}
            value={parts.month}
            disabled={disabled}
            aria-invalid={invalid}
            onChange={(event) => update({ month: event.target.value })}
          >
            <option value="">—</option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName.format(new Date(Date.UTC(2000, month - 1, 1)))}
              </option>
            ))}
          </select>
        </span>
        <span data-part="date-year">
          <label htmlFor={`${base}-year`}>{t('date.year')}</label>
          <input
            id={`${base}-year`}
            inputMode="numeric"
            autoComplete="off"
            size={4}
            maxLength={4}
            value={parts.year}
            disabled={disabled}
            aria-invalid={invalid}
            onChange={(event) => update({ year: event.target.value.replace(/\D/g, '') })}
          />
        </span>
      </div>
    </fieldset>
  );
}

/** `YYYY-MM-DD` when the parts make a real date in 1900–2199, else undefined. */
function compose({
  day,
  month,
  year,
}: {
  day: string;
  month: string;
  year: string;
}): string | undefined {
  if (year.length !== 4 || day === '' || month === '') return undefined;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const y = Number(year);
  return isCalendarDate(text) && y >= 1900 && y <= 2199 ? text : undefined;
}
