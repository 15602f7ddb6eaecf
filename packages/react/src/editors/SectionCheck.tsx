import type { Language } from '@partnership-kit/core';
import { ErrorSummary, type ErrorSummaryEntry } from '../fields/ErrorSummary';
import type { Translate } from '../i18n/useMessages';
import type { EditorMessageKey } from './editor.messages';
import { fieldId } from './field-ids';
import type { FieldMessage } from './useEditorChecks';
import type { SectionCheckState } from './useSectionCheck';

/**
 * The element a summary entry should focus: the control itself, the missing side of a bilingual
 * text, its first side, or — for an issue about something without a control of its own (a
 * duplicate id) — the closest item that has one. Read from the page once it has rendered.
 */
function targetOf(entry: FieldMessage, languages: readonly Language[]): string {
  for (let path = entry.path; path.length > 0; path = path.slice(0, -1)) {
    const id = fieldId(path);
    const candidates = [
      entry.language ? `${id}-${entry.language}` : undefined,
      id,
      ...languages.map((lang) => `${id}-${lang}`),
    ];
    const found = candidates.find((c) => c !== undefined && document.getElementById(c));
    if (found) return found;
  }
  return entry.fieldId;
}

/**
 * The GCDS-style summary of what to fix in an editor, once "Check this section" was pressed: at
 * the top of the section, focused, each entry a link to its control, in the order of the
 * controls. It follows the fixes as they are made and goes away when nothing is left.
 */
export function CheckSummary({
  check,
  messages,
  languages,
  t,
}: {
  readonly check: SectionCheckState;
  readonly messages: readonly FieldMessage[];
  readonly languages: readonly Language[];
  readonly t: Translate<EditorMessageKey>;
}) {
  if (!check.checked) return null;
  const seen = new Set<string>();
  const errors: ErrorSummaryEntry[] = [];
  for (const entry of messages) {
    const target = targetOf(entry, languages);
    const key = `${target}\u0000${entry.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ fieldId: target, message: entry.message });
  }
  // In the order of the fields on the page, as a reader goes through the form.
  errors.sort((a, b) => {
    const x = document.getElementById(a.fieldId);
    const y = document.getElementById(b.fieldId);
    if (!x || !y || x === y) return (x ? 0 : 1) - (y ? 0 : 1);
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  return (
    <ErrorSummary
      ref={check.summaryRef}
      errors={errors}
      title={t('errors.title', { count: errors.length })}
    />
  );
}

/** The "Check this section" button, and the status that says when there is nothing to fix. */
export function CheckButton({
  check,
  messages,
  t,
}: {
  readonly check: SectionCheckState;
  readonly messages: readonly FieldMessage[];
  readonly t: Translate<EditorMessageKey>;
}) {
  return (
    <div data-part="check">
      <button type="button" data-variant="secondary" onClick={check.run}>
        {t('editor.check')}
      </button>
      {/* Always in the page, so that its text is announced when it appears. */}
      <p role="status" data-part="checked">
        {check.checked && messages.length === 0 ? t('editor.checked') : ''}
      </p>
    </div>
  );
}
