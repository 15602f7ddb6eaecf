import { ErrorSummary } from '../fields/ErrorSummary';
import type { Translate } from '../i18n/useMessages';
import type { EditorMessageKey } from './editor.messages';
import type { IssueCheck } from './useIssueCheck';

/** The error summary of a {@link useIssueCheck}, at the top of the section. */
export function IssueCheckSummary({
  check,
  t,
}: {
  readonly check: IssueCheck;
  readonly t: Translate<EditorMessageKey>;
}) {
  return (
    <ErrorSummary
      ref={check.summaryRef}
      errors={check.entries}
      title={t('errors.title', { count: check.entries.length })}
    />
  );
}

/** The "Check this section" button of a {@link useIssueCheck}, with its status. */
export function IssueCheckButton({
  check,
  t,
}: {
  readonly check: IssueCheck;
  readonly t: Translate<EditorMessageKey>;
}) {
  return (
    <div data-part="form-actions">
      <button type="button" data-variant="secondary" onClick={check.check}>
        {t('editor.check')}
      </button>
      <p role="status" data-part="check-status">
        {check.checked && check.entries.length === 0
          ? // A second press says it again: the same text would not be announced twice.
            `${t('editor.checked')}${check.presses % 2 === 0 ? '\u00a0' : ''}`
          : ''}
      </p>
    </div>
  );
}
