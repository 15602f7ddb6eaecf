import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssuePath } from './format-issue';
import type { Issue } from './issue';
import { ISSUE_MESSAGES } from './issue.messages';

/** The names a message template uses: `{name}`, and the argument of plural, select and date groups, with the placeholders inside their branches. */
function placeholders(template: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < template.length; i += 1) {
    if (template[i] === '{' && depth++ === 0) start = i + 1;
    else if (template[i] === '}' && --depth === 0) {
      const group = template.slice(start, i);
      const [name = '', kind] = group.split(',').map((part) => part.trim());
      names.push(name);
      if (kind === 'plural' || kind === 'select') {
        for (const branch of group.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g))
          names.push(...placeholders(branch[1] ?? ''));
      }
    }
  }
  return [...new Set(names)].sort();
}

const multipleA: Issue = {
  code: 'RACI_MULTIPLE_ACCOUNTABLE',
  ruleId: 'RACI-6',
  severity: 'error',
  path: ['cells', 'job-search'],
  params: {
    task: { fr: 'Recherche d’emploi', en: 'Job search' },
    count: 2,
    roles: 'Program manager, Director',
  },
  taskId: 'job-search',
};

describe('ISSUE_MESSAGES', () => {
  it.each(Object.entries(ISSUE_MESSAGES))(
    '%s has both languages with the same placeholders',
    (_code, text) => {
      expect(text.fr.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.fr).not.toBe(text.en);
      expect(placeholders(text.fr)).toEqual(placeholders(text.en));
    },
  );

  it('uses stable upper-case codes', () => {
    for (const code of Object.keys(ISSUE_MESSAGES)) expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
  });
});

describe('formatIssue', () => {
  describe('given French or English in any form', () => {
    it.each([
      [
        'fr',
        '2 rôles assument la responsabilité (A) de la tâche «\u00a0Recherche d’emploi\u00a0» (Program manager, Director)\u00a0: un seul le peut.',
      ],
      [
        'fr-CA',
        '2 rôles assument la responsabilité (A) de la tâche «\u00a0Recherche d’emploi\u00a0» (Program manager, Director)\u00a0: un seul le peut.',
      ],
      [
        'en',
        '2 roles are Accountable (A) for task “Job search” (Program manager, Director): only one may be.',
      ],
      [
        'en-US',
        '2 roles are Accountable (A) for task “Job search” (Program manager, Director): only one may be.',
      ],
    ])('renders %s', (locale, expected) => {
      expect(formatIssue(multipleA, locale)).toBe(expected);
    });

    it('follows a list of preferences and falls back to French for other languages', () => {
      expect(formatIssue(multipleA, ['es', 'en-GB'])).toMatch(/^2 roles/);
      expect(formatIssue(multipleA, 'de-DE')).toMatch(/^2 rôles/);
    });
  });

  describe('given an issue with a path', () => {
    it('fills {path} from the issue', () => {
      const issue: Issue = {
        code: 'SCHEMA_REQUIRED',
        severity: 'error',
        path: ['organizations', 0, 'legalName'],
        params: {},
      };
      expect(formatIssue(issue, 'en')).toBe(
        'organizations[0].legalName: a required value is missing.',
      );
      expect(formatIssue(issue, 'fr')).toBe(
        'organizations[0].legalName\u00a0: valeur obligatoire manquante.',
      );
    });
  });

  describe('given message overrides', () => {
    it('uses an app text for one language and keeps the built-in one for the other', () => {
      const messages = { RACI_MULTIPLE_ACCOUNTABLE: { fr: 'Qui tranche pour « {task} » ?' } };
      expect(formatIssue(multipleA, 'fr', { messages })).toBe(
        'Qui tranche pour «\u00a0Recherche d’emploi\u00a0»?',
      );
      expect(formatIssue(multipleA, 'en', { messages })).toMatch(/^2 roles/);
    });

    it('calls a function override with the issue and the resolved locale', () => {
      const text = formatIssue(multipleA, 'en-US', {
        messages: { RACI_MULTIPLE_ACCOUNTABLE: (issue, locale) => `${locale}:${issue.taskId}` },
      });
      expect(text).toBe('en-CA:job-search');
    });

    it("words an app's own codes, and shows an unknown code as itself", () => {
      const own: Issue = { code: 'PORTAL_QUOTA', severity: 'warning', path: [], params: { n: 3 } };
      expect(formatIssue(own, 'en', { messages: { PORTAL_QUOTA: { en: '{n} left' } } })).toBe(
        '3 left',
      );
      expect(formatIssue(own, 'en')).toBe('PORTAL_QUOTA');
    });
  });

  it('shows a bilingual value in the message’s language, the other one when it is missing', () => {
    const issue: Issue = {
      ...multipleA,
      params: { ...multipleA.params, task: { en: 'Job search' } },
    };
    expect(formatIssue(issue, 'fr')).toContain('«\u00a0Job search\u00a0»');
  });

  it('caps what it echoes: a hostile 10 MB key or value never becomes a 10 MB message (G1 item 16)', () => {
    const huge = 'k'.repeat(10_000_000);
    const issue: Issue = {
      code: 'SCHEMA_UNKNOWN_KEYS',
      severity: 'error',
      path: [huge, huge],
      params: { keys: huge },
    };
    expect(formatIssue(issue, 'en').length).toBeLessThan(600);
    expect(
      formatIssue({ code: huge, severity: 'error', path: [], params: {} }, 'fr').length,
    ).toBeLessThanOrEqual(200);
  });

  it('writes dates in words and plurals with each language’s rules', () => {
    const overdue: Issue = {
      code: 'REVIEW_OVERDUE',
      ruleId: 'REV-2',
      severity: 'error',
      path: [],
      params: { due: '2027-01-08', days: 1 },
    };
    expect(formatIssue(overdue, 'fr')).toBe(
      'L’examen officiel prévu le 8 janvier 2027 est en retard de 1 jour\u00a0: il en faut au moins deux par année.',
    );
    expect(formatIssue({ ...overdue, params: { due: '2027-01-08', days: 205 } }, 'en')).toBe(
      'The formal review due on January 8, 2027 is 205 days late: at least two a year are needed.',
    );
  });

  it('keeps a placeholder it has no value for, rather than printing "undefined"', () => {
    const issue: Issue = { code: 'RACI_TASK_NO_LEAD', severity: 'error', path: [], params: {} };
    expect(formatIssue(issue, 'en')).toBe('Task “{task}” has no lead organization.');
  });
});

describe('formatIssuePath', () => {
  it('writes dotted names, indexes and quoted keys', () => {
    expect(formatIssuePath(['raci', 'tasks', 0, 'cells', 'role 2'])).toBe(
      'raci.tasks[0].cells["role 2"]',
    );
    expect(formatIssuePath([], 'en-CA')).toBe('document');
  });
});
