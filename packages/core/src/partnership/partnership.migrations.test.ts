import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSE_SUGGESTIONS } from '../agreement/agreement.clauses';
import { parsePartnership, serializePartnership } from './partnership.parse';
import { CURRENT_SCHEMA_VERSION } from './partnership.schema';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

/** Every string and number in a JSON value, wherever it sits. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [value];
}

describe('migrating a version-1 document (the first release; texts in one language)', () => {
  const v1 = fixture('partnership.v1.json');

  it('needs to be told the language of its texts, and says so instead of guessing', () => {
    expect(parsePartnership(v1)).toEqual({
      ok: false,
      issues: [
        {
          code: 'PARTNERSHIP_LEGACY_LANGUAGE_REQUIRED',
          severity: 'error',
          path: [],
          params: { version: 1 },
        },
      ],
    });
  });

  for (const legacyLanguage of ['en', 'fr'] as const) {
    describe(`with legacyLanguage: '${legacyLanguage}'`, () => {
      const result = parsePartnership(v1, { legacyLanguage });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      const value = result.value;

      it('migrates it, says from which version, and declares the partnership in that language', () => {
        expect(result.migratedFrom).toBe(1);
        expect(value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        expect(value).toMatchObject({
          languages: [legacyLanguage],
          primaryLanguage: legacyLanguage,
        });
      });

      it('loses no value on the way: every string and number is still there', () => {
        // Booleans of the old clause flags are replaced by the clauses themselves (AGR-5).
        const kept = leaves(v1).filter(
          (leaf) => typeof leaf === 'string' || typeof leaf === 'number',
        );
        const migrated = leaves(value);
        expect(kept.filter((leaf) => !migrated.includes(leaf))).toEqual([]);
      });

      it('puts each old string into that language only', () => {
        expect(value.name).toEqual({ [legacyLanguage]: v1.name });
        expect(value.raci.tasks[0]?.label).toEqual({ [legacyLanguage]: v1.raci.tasks[0].label });
        expect(value.organizations[0]?.pointsOfContact[0]?.title).toEqual({
          [legacyLanguage]: 'Executive director',
        });
      });

      it('moves each row of cells onto its task', () => {
        expect(value.raci.tasks.map((t) => t.cells)).toEqual(
          v1.raci.tasks.map((t: { id: string }) => v1.raci.cells[t.id] ?? {}),
        );
      });

      it('keeps the clauses version 1 printed, in both languages where they were the guide’s wording', () => {
        expect(value.agreement?.clauses.conflictResolution).toEqual(
          CLAUSE_SUGGESTIONS.conflictResolution.mou,
        );
        expect(value.agreement?.clauses.termination).toEqual(CLAUSE_SUGGESTIONS.termination.mou);
      });

      it('turns signatures into signatories with ids', () => {
        expect(value.agreement?.signatories[0]).toEqual({
          id: 'signatory-1',
          organizationId: 'agency-a',
          name: 'R. Tremblay',
          title: { [legacyLanguage]: 'Executive director' },
          signedOn: '2026-01-12',
        });
      });

      it('writes a current document that loads again unchanged', () => {
        expect(parsePartnership(JSON.parse(serializePartnership(value)))).toEqual({
          ok: true,
          value,
        });
      });
    });
  }

  it('keeps cells of tasks that no longer exist under extensions rather than dropping them', () => {
    const broken = structuredClone(v1);
    broken.raci.cells.ghost = { 'job-coach': ['R'] };
    const result = parsePartnership(broken, { legacyLanguage: 'en' });
    expect(result.ok && result.value.extensions?.migratedRaciCellsWithoutTask).toEqual({
      ghost: { 'job-coach': ['R'] },
    });
  });

  it('reports a broken version-1 document with paths in its own layout', () => {
    const broken = structuredClone(v1);
    broken.raci.cells['job-search']['job-coach'] = ['C', 'C'];
    broken.agreement.signatures[0].signedOn = '2300-01-01';
    const result = parsePartnership(broken, { legacyLanguage: 'en' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([['RACI_CELL_DUPLICATE_LETTER', 'raci.cells.job-search.job-coach']]),
    );
    const late = structuredClone(v1);
    late.agreement.signatures[0].signedOn = '2300-01-01';
    const lateResult = parsePartnership(late, { legacyLanguage: 'en' });
    expect(!lateResult.ok && lateResult.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['SCHEMA_DATE_OUT_OF_RANGE', 'agreement.signatures.0.signedOn'],
    ]);
  });
});

describe('migrating a version-0 document (the 2025 prototype)', () => {
  const v0 = fixture('partnership.v0.json');
  const result = parsePartnership(v0, { legacyLanguage: 'en' });

  it('migrates it and says from which version', () => {
    expect(result.ok).toBe(true);
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('loses no value on the way', () => {
    if (!result.ok) throw new Error('v0 fixture did not parse');
    const migrated = leaves(result.value);
    // Enumerations are renamed (kind DS → sector, stage → status); cells are split into letters.
    const renamed = new Set([
      'DS',
      'ODSP-ES',
      'OTHER',
      'establishing',
      'R',
      'A',
      'C',
      'I',
      'A/R',
      '',
    ]);
    const kept = leaves(v0).filter((value) => !renamed.has(value as string));
    expect(kept.filter((value) => !migrated.includes(value))).toEqual([]);
  });

  it('maps partners, stage, cells and adoption to the new shape', () => {
    if (!result.ok) throw new Error('v0 fixture did not parse');
    const { value } = result;
    expect(value.name).toEqual({ en: 'Inclusive employment program' });
    expect(value.status).toBe('establishing');
    expect(value.organizations.map((o) => [o.id, o.sector])).toEqual([
      ['agency-a', 'developmental-services'],
      ['agency-b', 'odsp-employment-supports'],
      ['college', 'other'],
    ]);
    expect(value.organizations[0]?.pointsOfContact).toEqual([
      { id: 'agency-a-contact', title: { en: 'Executive director' } },
    ]);
    expect(value.raci.tasks[1]?.cells).toEqual({ coach: ['R', 'A'], intake: ['C'], ed: ['I'] });
    expect(value.raci.tasks[2]).toEqual({
      id: 'job-coaching',
      label: { en: 'Job coaching' },
      cells: { coach: ['R'], manager: ['A'] },
    });
    expect(value.raci).toMatchObject({ status: 'adopted', adoptedOn: '2025-10-02' });
    expect(value.swot.strengths.map((s) => s.text)).toEqual([
      { en: 'Shared job coaches in both towns' },
      { en: 'Employer breakfasts' },
    ]);
  });

  it('reports a broken version-0 document with paths in its own layout, whichever step finds it (G1 item 16)', () => {
    const broken = structuredClone(v0);
    broken.raci.tasks[0].assignments.intake = 'X';
    expect(parsePartnership(broken, { legacyLanguage: 'en' })).toMatchObject({
      ok: false,
      issues: [{ path: ['raci', 'tasks', 0, 'assignments', 'intake'], severity: 'error' }],
    });
    // Version 0 had no length limit on names; the current schema has: the path is still version 0's.
    const long = structuredClone(v0);
    long.title = 'x'.repeat(30_000); // refused by the version-1 step
    const result = parsePartnership(long, { legacyLanguage: 'fr' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['SCHEMA_TOO_BIG', 'title'],
    ]);
    const label = structuredClone(v0);
    label.raci.tasks[1].name = 'y'.repeat(600); // refused only by the current schema, two steps later
    const labelResult = parsePartnership(label, { legacyLanguage: 'fr' });
    expect(!labelResult.ok && labelResult.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['SCHEMA_TOO_BIG', 'raci.tasks.1.name'],
    ]);
  });
});
