/** The hint, message and note of a plain control, with the ids {@link describedBy} names. */
export function FieldTexts({
  id,
  hint,
  message,
  note,
}: {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly message?: string | undefined;
  readonly note?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} data-part="hint">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} data-part="field-error">
          {message}
        </p>
      ) : null}
      {note ? (
        <p id={`${id}-note`} data-part="field-note">
          {note}
        </p>
      ) : null}
    </>
  );
}
