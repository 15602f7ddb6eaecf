import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipArb } from '../../test/arbitraries';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { createPartnership } from './partnership.create';
import { PARTNERSHIP_MIGRATIONS } from './partnership.migrations';
import { parsePartnership, serializePartnership } from './partnership.parse';
import { CURRENT_SCHEMA_VERSION, PartnershipSchema } from './partnership.schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parsePartnership', () => {
  describe('given the version-2 fixture (case study 1, in French and English)', () => {
    it('loads it as saved, without migrating', () => {
      expect(parsePartnership(JSON.parse(fixture('partnership.v2.json')))).toEqual({
        ok: true,
        value: caseStudyPartnership(),
      });
    });

    it('writes it back to the very same text', () => {
      const text = fixture('partnership.v2.json');
      const result = parsePartnership(JSON.parse(text));
      expect(result.ok && `${serializePartnership(result.value)}\n`).toBe(text);
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
      doc.raci.tasks[3].cells['job-coach'] = ['C', 'C'];
      doc.nickname = 'TT';
      doc.raci.tasks[0].id = ' padded';
      doc.startedOn = '2300-01-01';
      doc.purpose.de = 'Zweck';
      const result = parsePartnership(doc);
      expect(result.ok).toBe(false);
      const found = !result.ok ? result.issues.map((i) => [i.code, i.path.join('.')]) : [];
      expect(found).toEqual(
        expect.arrayContaining([
          ['SCHEMA_REQUIRED', 'organizations.0.legalName'],
          ['SCHEMA_INVALID_VALUE', 'organizations.1.sector'],
          ['SCHEMA_INVALID_DATE', 'raci.adoptedOn'],
          ['RACI_CELL_DUPLICATE_LETTER', 'raci.tasks.3.cells.job-coach'],
          ['SCHEMA_UNKNOWN_KEYS', ''],
          ['SCHEMA_UNKNOWN_KEYS', 'purpose'],
          ['SCHEMA_INVALID_ID', 'raci.tasks.0.id'],
          ['SCHEMA_DATE_OUT_OF_RANGE', 'startedOn'],
        ]),
      );
    });

    it('refuses duplicate organization ids, task ids and item ids, at the second one (G1 item 14)', () => {
      const doc = JSON.parse(serializePartnership(caseStudyPartnership()));
      doc.organizations[1].id = doc.organizations[0].id;
      doc.raci.tasks[1].id = doc.raci.tasks[0].id;
      doc.swot.threats[0].id = doc.swot.strengths[0].id;
      const result = parsePartnership(doc);
      expect(
        !result.ok && result.issues.map((i) => [i.code, i.path.join('.'), i.params.id]),
      ).toEqual(
        expect.arrayContaining([
          ['ORGANIZATION_DUPLICATE_ID', 'organizations.1.id', 'agency-a'],
          ['RACI_DUPLICATE_TASK_ID', 'raci.tasks.1.id', 'intake-forms'],
          ['SCHEMA_DUPLICATE_ID', 'swot.threats.0.id', 's-1'],
        ]),
      );
    });

    it('refuses a primary language the partnership does not declare, and a language declared twice', () => {
      const doc = JSON.parse(serializePartnership(createPartnership()));
      expect(parsePartnership({ ...doc, languages: ['fr'], primaryLanguage: 'en' })).toMatchObject({
        ok: false,
        issues: [{ code: 'PARTNERSHIP_PRIMARY_LANGUAGE_UNDECLARED', path: ['primaryLanguage'] }],
      });
      expect(parsePartnership({ ...doc, languages: ['fr', 'fr'] })).toMatchObject({
        ok: false,
        issues: [{ code: 'PARTNERSHIP_LANGUAGE_REPEATED', path: ['languages'] }],
      });
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
    it('reads back exactly what serializePartnership wrote, for any document', () => {
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
    }, 120_000);

    it('writes the same text whatever order the keys were in', () => {
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
    }, 60_000);
  });
});

describe('serializePartnership', () => {
  it('sorts keys and indents, so saved files diff cleanly', () => {
    const text = serializePartnership(createPartnership({ id: 'p-1', name: { en: 'Demo' } }));
    expect(text.startsWith('{\n  "agreementFacts": {},\n')).toBe(true);
    expect(text).toContain(`\n  "schemaVersion": ${CURRENT_SCHEMA_VERSION},\n`);
  });
});
