// Type-checked by scripts/check-packages.mjs (tsconfig.json): core's subpath entries, ESM.
import type { Partnership } from '@partnership-kit/core';
import { applyPartnershipAction } from '@partnership-kit/core/editing';
import { formatMessage } from '@partnership-kit/core/format';
import { createIssueFormatter, DOCUMENT_ISSUE_MESSAGES } from '@partnership-kit/core/issues';
import { applyRaciAction } from '@partnership-kit/core/raci';
import { lintPartnership } from '@partnership-kit/core/rules';

/** Core's subpath entries, typed from a plain TypeScript project. */
export function summary(partnership: Partnership): string {
  const renamed = applyPartnershipAction(partnership, {
    type: 'set',
    path: ['name', 'en'],
    value: 'Inclusive employment',
  });
  const issues = lintPartnership(renamed.value, { today: '2026-11-27' });
  const format = createIssueFormatter(DOCUMENT_ISSUE_MESSAGES);
  const first = issues[0];
  const raci = applyRaciAction(renamed.value.raci, {
    type: 'taskAdd',
    label: { fr: 'Accueil', en: 'Intake' },
  });
  return [
    formatMessage(
      '{count, plural, one {# issue} other {# issues}}',
      { count: issues.length },
      'en',
    ),
    first ? format(first, 'en-CA') : '',
    String(raci.value.tasks.length),
  ].join(' ');
}
