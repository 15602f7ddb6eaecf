import { createPartnership } from '@partnership-kit/core';
import { describe, expect, it } from 'vitest';
import { caseStudy1, caseStudy2 } from '../samples';
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
      expect(paragraphs(blocksOf(doc, 'term'))[0]).toBe(
        'This memorandum is in force for 2 year(s) from the date of the last signature.',
      );
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
      expect(paragraphs(blocksOf(doc, 'responsibilities'))).toContain(
        'Responsibilities: Discovery and planning with the client; Job coaching; Job development and coaching',
      );
    });

    it('ends with a signature row per party', () => {
      const table = blocksOf(doc, 'signatures').find((b) => b.kind === 'table');
      expect(table?.kind === 'table' && table.role).toBe('signatures');
      expect(table?.kind === 'table' && table.rows.map((row) => row.map(textOf))).toEqual([
        [
          'Northtown Community Living Inc.',
          'Rachel Tremblay, Executive Director',
          '',
          '2026-01-12',
        ],
        ['Lakeshore Employment Supports', 'Samuel Okafor, Director', '', '2026-01-20'],
      ]);
    });
  });

  describe('given fr-en', () => {
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

    it('accepts full locale tags for one language', () => {
      expect(buildDocument('mou', caseStudy1, { locale: 'fr-CA' }).locale).toBe('fr');
      expect(buildDocument('mou', caseStudy1, { locale: 'en-US' }).locale).toBe('en');
    });
  });

  describe('given a partnership still empty', () => {
    const empty = createPartnership({ id: 'p' });

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

    it('lists each missing field once, labelled in both languages, with its section', () => {
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
        'signature.signatory',
        'signature.date',
      ]);
      expect(missing[1]).toEqual({
        fieldId: 'partnership.purpose',
        sectionId: 'purpose',
        label: { fr: 'but du partenariat', en: 'purpose of the partnership' },
      });
    });
  });

  describe('clauses the partners may word themselves', () => {
    it("use the partners' wording when written, else the guide's example (never a placeholder)", () => {
      const example = paragraphs(
        blocksOf(
          buildDocument('partnership-agreement', caseStudy2, { locale: 'en' }),
          'decision-making',
        ),
      );
      expect(example[0]).toMatch(/^The steering committee seeks consensus/);
      const own = {
        ...caseStudy2,
        agreement: {
          ...(caseStudy2.agreement as NonNullable<typeof caseStudy2.agreement>),
          wording: { decisionMaking: 'Two thirds decide.' },
        },
      };
      expect(
        paragraphs(
          blocksOf(
            buildDocument('partnership-agreement', own, { locale: 'en' }),
            'decision-making',
          ),
        ),
      ).toEqual(['Two thirds decide.']);
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

  it('shows the RACI matrix and the commitments of the agreement as tables', () => {
    const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
    const raci = blocksOf(doc, 'roles').find((b) => b.kind === 'table');
    expect(raci?.kind === 'table' && raci.header).toEqual([
      'Tâche',
      'Organisation responsable',
      'Spécialiste de l’emploi',
      'Formateur',
      'Gestionnaire de programme',
      'Coordonnatrice des services',
    ]);
    const financial = blocksOf(doc, 'financial').find((b) => b.kind === 'table');
    expect(
      financial?.kind === 'table' && financial.rows.map((row) => textOf(row[2] ?? [])),
    ).toEqual([
      '40 000 $ par année pour les stages en milieu de travail',
      '25 000 $ pour les certifications (SIMDUT, premiers soins)',
    ]);
  });
});
