import { forwardRef, useId } from 'react';

/** One entry of an {@link ErrorSummary}: what to fix, and the id of the field that fixes it. */
export interface ErrorSummaryEntry {
  readonly fieldId: string;
  readonly message: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  readonly errors: readonly ErrorSummaryEntry[];
  /** The heading: "There are 2 problems to fix". */
  readonly title: string;
}

/**
 * The list of what to fix at the top of a form, as the Canada.ca (GCDS) and GOV.UK design
 * systems show it: a titled box the form focuses on submit, each entry a link that moves focus
 * to the field. Renders nothing when there is nothing to fix.
 *
 * @example
 * ```tsx
 * <ErrorSummary ref={summaryRef} errors={errors} title={t('errors.title', { count: errors.length })} />
 * ```
 */
export const ErrorSummary = /* @__PURE__ */ forwardRef<HTMLElement, ErrorSummaryProps>(
  function ErrorSummary({ errors, title }, ref) {
    const titleId = `pk-errors-${useId().replace(/:/g, '')}`;
    if (errors.length === 0) return null;
    return (
      <section
        ref={ref}
        tabIndex={-1}
        data-pk=""
        data-pk-error-summary=""
        data-part="error-summary"
        aria-labelledby={titleId}
      >
        <h2 id={titleId} data-part="error-summary-title">
          {title}
        </h2>
        <ul>
          {errors.map((error) => (
            <li key={`${error.fieldId}-${error.message}`}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(error.fieldId);
                  field?.scrollIntoView?.({ block: 'center' });
                  field?.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </section>
    );
  },
);
