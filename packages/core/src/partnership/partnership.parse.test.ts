import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { createPartnership } from './partnership.create';
import { PARTNERSHIP_MIGRATIONS } from './partnership.migrations';
import { parsePartnership, serializePartnership } from './partnership.parse';
import { CURRENT_SCHEMA_VERSION, PartnershipSchema } from './partnership.schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Every string and number in a JSON value, wherever it sits. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [value];
}

describe('parsePartnership', () => {
  describe('given the version-1 fixture (case study 1)', () => {
    it('loads it as saved, without migrating', () => {
      const result = parsePartnership(JSON.parse(fixture('partnership.v1.json')));
      expect(result).toEqual({ ok: true, value: caseStudyPartnership() });
    });

    it('writes it back to the very same text', () => {
      const text = fixture('partnership.v1.json');
      const result = parsePartnership(JSON.parse(text));
      expect(result.ok && `${serializePartnership(result.value)}\n`).toBe(text);
    });
  });

  describe('given the version-0 fixture of the 2025 prototype', () => {
    const v0 = JSON.parse(fixture('partnership.v0.json'));
    const result = parsePartnership(v0);

    it('migrates it and says from which version', () => {
      expect(result.ok).toBe(true);
      expect(result.ok && result.migratedFrom).toBe(0);
      expect(result.ok && result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    });

    it('loses no value on the way', () => {
      if (!result.ok) throw new Error('v0 fixture did not parse');
      const migrated = leaves(result.value);
      // Enumerations are renamed (kind DS → sector, stage → status); cells are split below.
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
      expect(value.name).toBe('Inclusive employment program');
      expect(value.status).toBe('establishing');
      expect(value.organizations.map((o) => [o.id, o.sector])).toEqual([
        ['agency-a', 'developmental-services'],
        ['agency-b', 'odsp-employment-supports'],
        ['college', 'other'],
      ]);
      expect(value.organizations[0]?.pointsOfContact).toEqual([
        { id: 'agency-a-contact', title: 'Executive director' },
      ]);
      expect(value.raci.cells.discovery).toEqual({ coach: ['R', 'A'], intake: ['C'], ed: ['I'] });
      expect(value.raci.tasks[2]).toEqual({ id: 'job-coaching', label: 'Job coaching' });
      expect(value.raci).toMatchObject({ status: 'adopted', adoptedOn: '2025-10-02' });
      expect(value.swot.strengths.map((s) => s.text)).toEqual([
        'Shared job coaches in both towns',
        'Employer breakfasts',
      ]);
    });

    it('reports a broken version-0 document with paths in its own shape', () => {
      const broken = structuredClone(v0);
      broken.raci.tasks[0].assignments.intake = 'X';
      const failed = parsePartnership(broken);
      expect(failed).toMatchObject({
        ok: false,
        issues: [{ path: ['raci', 'tasks', 0, 'assignments', 'intake'], severity: 'error' }],
      });
    });
  });

  it('has one migration for every version before the current one', () => {
    expect(PARTNERSHIP_MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, version) => version),
    );
  });

  describe('given a document newer than the library', () => {
    it('refuses it with PARTNERSHIP_VERSION_UNSUPPORTED instead of loading part of it', () => {
      const newer = {
        ...createPartnership(),
        schemaVersion: CURRENT_SCHEMA_VERSION + 1,
        futureField: true,
      };
      expect(parsePartnership(newer)).toEqual({
        ok: false,
        issues: [
          {
            code: 'PARTNERSHIP_VERSION_UNSUPPORTED',
            severity: 'error',
            path: ['schemaVersion'],
            params: { version: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION },
          },
        ],
      });
    });
  });

  describe('given something that is not a document', () => {
    it.each([null, 42, 'text', [], true])('answers %j with PARTNERSHIP_NOT_AN_OBJECT', (input) => {
      expect(parsePartnership(input)).toMatchObject({
        ok: false,
        issues: [{ code: 'PARTNERSHIP_NOT_AN_OBJECT', path: [] }],
      });
    });

    it('reports a missing or invalid version', () => {
      expect(parsePartnership({ name: 'x' })).toMatchObject({
        issues: [{ code: 'PARTNERSHIP_VERSION_MISSING' }],
      });
      expect(parsePartnership({ schemaVersion: 1.5 })).toMatchObject({
        issues: [{ code: 'PARTNERSHIP_VERSION_INVALID', params: { version: 1.5 } }],
      });
      expect(parsePartnership({ schemaVersion: '1' })).toMatchObject({
        issues: [{ code: 'PARTNERSHIP_VERSION_INVALID', params: { version: '"1"' } }],
      });
    });
  });

  describe('given a current document with mistakes', () => {
    it('reports each with its path and a stable code, and unknown fields instead of dropping them', () => {
      const doc = JSON.parse(serializePartnership(caseStudyPartnership()));
      delete doc.organizations[0].legalName;
      doc.organizations[1].sector = 'hospital';
      doc.raci.adoptedOn = '2026-02-30';
      doc.raci.cells['job-search']['job-coach'] = ['C', 'C'];
      doc.nickname = 'TT';
      doc.raci.tasks[0].id = ' padded';
      const result = parsePartnership(doc);
      expect(result.ok).toBe(false);
      const found = !result.ok ? result.issues.map((i) => [i.code, i.path.join('.')]) : [];
      expect(found).toEqual(
        expect.arrayContaining([
          ['SCHEMA_REQUIRED', 'organizations.0.legalName'],
          ['SCHEMA_INVALID_VALUE', 'organizations.1.sector'],
          ['SCHEMA_INVALID_DATE', 'raci.adoptedOn'],
          ['RACI_CELL_DUPLICATE_LETTER', 'raci.cells.job-search.job-coach'],
          ['SCHEMA_UNKNOWN_KEYS', ''],
          ['SCHEMA_INVALID_ID', 'raci.tasks.0.id'],
        ]),
      );
    });

    it('refuses keys that plain objects would lose, such as __proto__', () => {
      const text = serializePartnership(caseStudyPartnership()).replace(
        '"portalRecordId"',
        '"__proto__"',
      );
      expect(parsePartnership(JSON.parse(text))).toEqual({
        ok: false,
        issues: [
          {
            code: 'SCHEMA_INVALID_ID',
            severity: 'error',
            path: ['extensions', '__proto__'],
            params: {},
          },
        ],
      });
    });
  });

  describe('round trip', () => {
    it('reads back exactly what serializePartnership wrote, for any document', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(partnershipArb, (partnership) => {
          expect(PartnershipSchema.safeParse(partnership).success).toBe(true);
          expect(parsePartnership(JSON.parse(serializePartnership(partnership)))).toEqual({
            ok: true,
            value: partnership,
          });
        }),
        { numRuns: 1000 },
      );
    });

    it('writes the same text whatever order the keys were in', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(partnershipArb, (partnership) => {
          const reversed = JSON.parse(JSON.stringify(partnership), (_key, value) =>
            value && typeof value === 'object' && !Array.isArray(value)
              ? Object.fromEntries(Object.entries(value).reverse())
              : value,
          );
          expect(serializePartnership(reversed)).toBe(serializePartnership(partnership));
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('serializePartnership', () => {
  it('sorts keys and indents, so saved files diff cleanly', () => {
    const text = serializePartnership(createPartnership({ id: 'p-1', name: 'Demo' }));
    expect(text.startsWith('{\n  "agreementFacts": {},\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,\n');
  });
});
