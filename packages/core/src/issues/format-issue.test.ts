import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssuePath } from './format-issue';
import type { Issue } from './issue';
import { ISSUE_MESSAGES } from './issue.messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const multipleA: Issue = {
  code: 'RACI_MULTIPLE_ACCOUNTABLE',
  ruleId: 'RACI-6',
  severity: 'error',
  path: ['cells', 'job-search'],
  params: { task: 'Job search', count: 2, roles: 'Program manager, Director' },
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
        '2 rôles assument la responsabilité (A) de la tâche « Job search » (Program manager, Director) : un seul le peut.',
      ],
      [
        'fr-CA',
        '2 rôles assument la responsabilité (A) de la tâche « Job search » (Program manager, Director) : un seul le peut.',
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
        'organizations[0].legalName : valeur obligatoire manquante.',
      );
    });
  });

  describe('given message overrides', () => {
    it('uses an app text for one language and keeps the built-in one for the other', () => {
      const messages = { RACI_MULTIPLE_ACCOUNTABLE: { fr: 'Qui tranche pour « {task} » ?' } };
      expect(formatIssue(multipleA, 'fr', { messages })).toBe('Qui tranche pour « Job search » ?');
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

  it('keeps a placeholder it has no value for, rather than printing "undefined"', () => {
    const issue: Issue = { code: 'RACI_TASK_NO_LEAD', severity: 'error', path: [], params: {} };
    expect(formatIssue(issue, 'en')).toBe('Task “{task}” has no lead organization.');
  });
});

describe('formatIssuePath', () => {
  it('writes dotted names, indexes and quoted keys', () => {
    expect(formatIssuePath(['raci', 'cells', 'task-1', 'role 2'])).toBe(
      'raci.cells["task-1"]["role 2"]',
    );
    expect(formatIssuePath([], 'en-CA')).toBe('document');
  });
});
