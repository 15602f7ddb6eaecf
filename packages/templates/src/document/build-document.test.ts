import { createPartnership } from '@partnership-kit/core';
import { describe, expect, it } from 'vitest';
import { caseStudy1, caseStudy2, oneLanguageSample } from '../samples';
import { buildDocument, missingFields } from './build-document';
import type { DocBlock, DocInline, PartnershipDocument } from './document.types';

const textOf = (items: readonly DocInline[]) =>
  items.map((i) => (i.kind === 'text' ? i.text : (i.value ?? `[${i.label}]`))).join('');
const blocksOf = (doc: PartnershipDocument, sectionId: string, part = 0) =>
  doc.sections.find((s) => s.id === sectionId)?.parts[part]?.blocks ?? [];
const paragraphs = (blocks: readonly DocBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [textOf(b.content)] : []));

describe('buildDocument', () => {
  describe('given case study 1 and the MOU', () => {
    const doc = buildDocument('mou', caseStudy1, { locale: 'en' });

    it('fills every field from the partnership, leaving nothing missing', () => {
      expect(doc.missing).toEqual([]);
      expect(paragraphs(blocksOf(doc, 'termination'))[0]).toContain('at least 60 days');
    });

    it('lists the parties by legal name and gives each its responsibilities and contacts by title', () => {
      const parties = blocksOf(doc, 'parties').find((b) => b.kind === 'list');
      expect(parties?.kind === 'list' && parties.items.map(textOf)).toEqual([
        'Northtown Community Living Inc.',
        'Lakeshore Employment Supports',
      ]);
      expect(paragraphs(blocksOf(doc, 'responsibilities'))).toContain(
        'Points of contact: Program Manager, Employment Supports',
      );
    });

    it('ends with a signature row per signatory, in the document language', () => {
      const table = blocksOf(doc, 'signatures').find((b) => b.kind === 'table');
      expect(table?.kind === 'table' && table.role).toBe('signatures');
      const rows = table?.kind === 'table' ? table.rows.map((row) => row.map(textOf)) : [];
      expect(rows.map((row) => row.slice(0, 2))).toEqual([
        ['Northtown Community Living Inc.', 'Rachel Tremblay, Executive Director'],
        ['Northtown Community Living Inc.', 'Martin Leblanc, Chair, Board of Directors'],
        ['Lakeshore Employment Supports', 'Samuel Okafor, Executive Director'],
      ]);
      const fr = buildDocument('mou', caseStudy1, { locale: 'fr' });
      const frTable = blocksOf(fr, 'signatures').find((b) => b.kind === 'table');
      expect(frTable?.kind === 'table' && textOf(frTable.rows[0]?.[1] ?? [])).toBe(
        'Rachel Tremblay, Directrice générale',
      );
    });
  });

  describe('given fr-en or en-fr', () => {
    it('puts a French and an English part in every section, French first', () => {
      const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' });
      expect(doc.locale).toBe('fr-en');
      expect(doc.title).toEqual([
        { lang: 'fr', text: 'Accord de partenariat' },
        { lang: 'en', text: 'Partnership agreement' },
      ]);
      expect(doc.sections.every((s) => s.parts.map((p) => p.lang).join() === 'fr,en')).toBe(true);
      const heading = (part: number) => {
        const first = blocksOf(doc, 'decision-making', part)[0];
        return first?.kind === 'heading' ? textOf(first.content) : undefined;
      };
      expect(heading(0)).toBe('Prise de décision');
      expect(heading(1)).toBe('Decision-making');
    });

    it('puts English first in en-fr', () => {
      const doc = buildDocument('mou', caseStudy1, { locale: 'en-fr' });
      expect(doc.sections.every((s) => s.parts.map((p) => p.lang).join() === 'en,fr')).toBe(true);
    });

    it('accepts full locale tags for one language', () => {
      expect(buildDocument('mou', caseStudy1, { locale: 'fr-CA' }).locale).toBe('fr');
      expect(buildDocument('mou', caseStudy1, { locale: 'en-US' }).locale).toBe('en');
    });
  });

  describe('given a partnership still empty', () => {
    const empty = createPartnership({ id: 'p', languages: ['fr', 'en'] });

    it('keeps every section, with visible placeholders where values are missing', () => {
      const doc = buildDocument('mou', empty, { locale: 'en' });
      expect(doc.sections.map((s) => s.id)).toEqual([
        'parties',
        'purpose',
        'background',
        'responsibilities',
        'term',
        'termination',
        'conflict-resolution',
        'signatures',
      ]);
      expect(paragraphs(blocksOf(doc, 'purpose'))).toEqual(['[purpose of the partnership]']);
    });

    it('lists each missing value once, labelled in both languages, with its section', () => {
      const missing = missingFields('mou', empty);
      expect(missing.map((m) => m.fieldId)).toEqual([
        'organization.legalName',
        'partnership.purpose',
        'organization.mission',
        'partnership.why',
        'organization.responsibilities',
        'organization.pointsOfContact',
        'agreement.termYears',
        'agreement.noticeDays',
        'clause.termination',
        'clause.conflictResolution',
        'signature.signatory',
        'signature.date',
      ]);
      expect(missing.every((m) => m.kind === 'value')).toBe(true);
      expect(missing[1]).toEqual({
        fieldId: 'partnership.purpose',
        sectionId: 'purpose',
        kind: 'value',
        label: { fr: 'but du partenariat', en: 'purpose of the partnership' },
      });
    });
  });

  describe('given a one-language partnership', () => {
    it('needs no translation in its own language and lists every one missing in the other', () => {
      const translations = (locale: string) =>
        missingFields('mou', oneLanguageSample, locale).filter((m) => m.kind === 'translation');
      expect(translations('en')).toEqual([]);
      expect(translations('fr').length).toBeGreaterThan(5);
      expect(translations('fr').every((m) => m.language === 'fr')).toBe(true);
    });
  });

  describe('clauses (AGR-5)', () => {
    const agreement = caseStudy2.agreement as NonNullable<typeof caseStudy2.agreement>;
    const decisionMaking = (clauses: typeof agreement.clauses) =>
      paragraphs(
        blocksOf(
          buildDocument(
            'partnership-agreement',
            { ...caseStudy2, agreement: { ...agreement, clauses } },
            { locale: 'en' },
          ),
          'decision-making',
        ),
      );

    it("print the partners' wording, never the guide's suggestion", () => {
      expect(
        decisionMaking({ ...agreement.clauses, decisionMaking: { en: 'Two thirds decide.' } }),
      ).toEqual(['Two thirds decide.']);
    });

    it('leave a placeholder, listed as missing, when the agreement needs one the partners have not written', () => {
      const { decisionMaking: _dropped, ...rest } = agreement.clauses;
      expect(decisionMaking(rest)).toEqual(['[decision-making]']);
      const missing = missingFields('partnership-agreement', {
        ...caseStudy2,
        agreement: { ...agreement, clauses: rest },
      });
      expect(missing.map((m) => m.fieldId)).toContain('clause.decisionMaking');
    });
  });

  it('adds the guidance for whoever fills the document in only on request', () => {
    const guidance = (includeGuidance: boolean) =>
      buildDocument('mou', caseStudy1, { locale: 'fr', includeGuidance }).sections.flatMap((s) =>
        s.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'paragraph' && b.guidance)),
      );
    expect(guidance(false)).toEqual([]);
    expect(guidance(true).length).toBeGreaterThan(3);
  });

  it('shows the RACI matrix and the financial commitments of the agreement as tables', () => {
    const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
    const raci = blocksOf(doc, 'roles').find((b) => b.kind === 'table');
    const header = raci?.kind === 'table' ? raci.header.map(textOf) : [];
    expect(header.slice(0, 2)).toEqual(['Tâche', 'Organisme chef de file']);
    expect(header.slice(2)).toEqual(caseStudy2.raci.roles.map((role) => role.title.fr));
    const financial = blocksOf(doc, 'financial').find((b) => b.kind === 'table');
    expect(financial?.kind === 'table' && financial.rows.length).toBe(
      caseStudy2.resources.filter((r) => r.kind === 'financial').length,
    );
  });
});
