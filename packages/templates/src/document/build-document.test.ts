import {
  type AgreementKind,
  CLAUSE_IDS,
  type ClauseId,
  createPartnership,
  type Partnership,
} from '@partnership-kit/core';
import {
  CLAUSE_NAMES,
  clauseContextOf,
  clauseRequirement,
  clauseSuggestion,
} from '@partnership-kit/core/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { renderText } from '../render/render-text';
import { caseStudy1, caseStudy2, oneLanguageSample } from '../samples';
import { buildDocument, type DocumentTemplateId, missingFields } from './build-document';
import type { DocBlock, DocContent, DocVariants, PartnershipDocument } from './document.types';

const textOf = (items: DocContent) =>
  items.map((i) => (i.kind === 'text' ? i.text : (i.value ?? `[${i.label}]`))).join('');
const variantsText = (v: DocVariants) => v.map((x) => textOf(x.content)).join(' / ');
const section = (doc: PartnershipDocument, id: string) => doc.sections.find((s) => s.id === id);
const blocksOf = (doc: PartnershipDocument, id: string, part = 0) =>
  section(doc, id)?.parts[part]?.blocks ?? [];
const paragraphs = (blocks: readonly DocBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [textOf(b.content)] : []));
const listItems = (blocks: readonly DocBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'list' ? b.items.map(textOf) : []));
const headings = (doc: PartnershipDocument, part = 0) =>
  doc.sections.map((s) => {
    const first = s.parts[part]?.blocks[0];
    return first?.kind === 'heading' ? textOf(first.content) : '';
  });
const signatureBlock = (doc: PartnershipDocument) => {
  const block = section(doc, 'signatures')?.shared?.[0];
  if (block?.kind !== 'signatures') throw new Error('no signature block');
  return block;
};
const agreementOf = (p: Partnership) => p.agreement as NonNullable<Partnership['agreement']>;
const withAgreement = (
  p: Partnership,
  changes: Partial<NonNullable<Partnership['agreement']>>,
) => ({
  ...p,
  agreement: { ...agreementOf(p), ...changes },
});
const NBSP = '\u00a0';

describe('buildDocument', () => {
  describe('given case study 1 and the MOU (Resource 5)', () => {
    const en = buildDocument('mou', caseStudy1, { locale: 'en' });
    const fr = buildDocument('mou', caseStudy1, { locale: 'fr' });

    it('fills every field from the partnership, in every language, leaving nothing missing', () => {
      for (const locale of ['fr', 'en', 'fr-en', 'en-fr']) {
        expect(buildDocument('mou', caseStudy1, { locale }).missing).toEqual([]);
      }
    });

    it('numbers the body sections, leaves the signatures unnumbered and letters the annex', () => {
      expect(headings(en)).toEqual([
        '1. Parties',
        '2. Nature of this memorandum',
        '3. Purpose',
        '4. Background',
        '5. Responsibilities and points of contact',
        '6. Term and renewal',
        '7. Termination',
        '8. Conflict resolution',
        '9. Confidentiality and consent',
        '10. Amendments',
        '11. Language versions',
        'Signatures',
        'Annex A — RACI matrix',
      ]);
      expect(en.name).toEqual([
        {
          lang: 'en',
          content: [expect.objectContaining({ value: 'Two Towns Inclusive Employment' })],
        },
      ]);
    });

    it('names the parties by legal name with the service or program concerned', () => {
      expect(listItems(blocksOf(en, 'parties'))).toEqual([
        'Northtown Community Living Inc. — Community Employment Program',
        'Lakeshore Employment Supports — ODSP Employment Supports',
      ]);
      expect(paragraphs(blocksOf(en, 'parties'))[0]).toBe(
        'The following organizations enter into this memorandum of understanding:',
      );
    });

    it('says what an MOU is: equal partners in good faith, not a contract for payment (AGR-4)', () => {
      const [nature] = paragraphs(blocksOf(en, 'nature'));
      expect(nature).toContain('equal partners who work together in good faith');
      expect(nature).toContain('not a contract under which one party pays another');
      expect(nature).toContain('nor a funding agreement between a donor and a recipient');
      expect(nature).toContain('does not replace a legally binding contract');
      expect(paragraphs(blocksOf(fr, 'nature'))[0]).toContain(
        'Il ne remplace pas un contrat ayant force obligatoire.',
      );
    });

    it('gives each party the provisions the partners wrote — what, by whom, for whom, when — and its contacts by title', () => {
      const items = listItems(blocksOf(en, 'responsibilities'));
      expect(items).toContain(
        'Reports: A report on placements and job coaching\nBy: Manager, Community Employment\nFor: The working group\nWhen: Every quarter',
      );
      expect(items).toHaveLength(agreementOf(caseStudy1).provisions.length);
      expect(paragraphs(blocksOf(en, 'responsibilities'))).toContain(
        'Points of contact: Program Manager, Employment Supports',
      );
      // The RACI tasks are the annex, not the clause.
      const clause = JSON.stringify(blocksOf(en, 'responsibilities'));
      for (const task of caseStudy1.raci.tasks) expect(clause).not.toContain(task.label.en);
      expect(paragraphs(blocksOf(en, 'responsibilities')).at(-1)).toMatch(
        /^The RACI matrix in Annex A/,
      );
    });

    it('runs the term from the last signature, in words and figures, never "(s)"', () => {
      expect(paragraphs(blocksOf(en, 'term'))[0]).toBe(
        'This memorandum takes effect on the date of the last signature and remains in force for two (2) years.',
      );
      expect(paragraphs(blocksOf(fr, 'term'))[0]).toBe(
        'Le présent protocole prend effet à la date de la dernière signature et demeure en vigueur pendant deux (2) ans.',
      );
      const one = buildDocument('mou', withAgreement(caseStudy1, { termYears: 1 }), {
        locale: 'fr',
      });
      expect(paragraphs(blocksOf(one, 'term'))[0]).toMatch(/pendant un \(1\) an\.$/);
    });

    it('runs the term from an effective date, written out, when the partners set one', () => {
      const dated = withAgreement(caseStudy1, { effectiveOn: '2027-04-01' });
      expect(paragraphs(blocksOf(buildDocument('mou', dated, { locale: 'fr' }), 'term'))[0]).toBe(
        'Le présent protocole prend effet le 1er avril 2027 et demeure en vigueur pendant deux (2) ans.',
      );
      expect(paragraphs(blocksOf(buildDocument('mou', dated, { locale: 'en' }), 'term'))[0]).toBe(
        'This memorandum takes effect on April 1, 2027, and remains in force for two (2) years.',
      );
    });

    it.each([
      [
        'meet-to-decide',
        'About six months before it expires, the parties meet to decide whether to renew it',
      ],
      [
        'automatic',
        'At the end of its term, this memorandum renews automatically for the same term',
      ],
      [
        'none',
        'This memorandum ends when its term expires; the parties may then enter into a new one.',
      ],
    ] as const)('says what happens at the end of the term (%s, REV-4)', (renewal, wording) => {
      const doc = buildDocument('mou', withAgreement(caseStudy1, { renewal }), { locale: 'en' });
      expect(paragraphs(blocksOf(doc, 'term'))[1]).toContain(wording);
    });

    it('lets any party terminate on written notice to all other parties, then prints the clause held', () => {
      expect(paragraphs(blocksOf(en, 'termination'))).toEqual([
        'Any party may terminate this memorandum at any time by giving written notice of at least sixty (60) days to all other parties.',
        agreementOf(caseStudy1).clauses.termination?.en,
      ]);
      expect(paragraphs(blocksOf(fr, 'termination'))[0]).toBe(
        'Toute partie peut mettre fin au présent protocole en tout temps, moyennant un préavis écrit d’au moins soixante (60) jours donné aux autres parties.',
      );
    });

    it('ends with one signature line per authorized signatory, grouped by party, dates written out', () => {
      const block = signatureBlock(en);
      expect(block.groups.map((g) => textOf(g.organization))).toEqual([
        'Northtown Community Living Inc.',
        'Lakeshore Employment Supports',
      ]);
      const lines = block.groups[0]?.signatories[0]?.lines ?? [];
      expect(
        lines.map((l) => `${l.segments.map(variantsText).join('')}${l.rule ? '___' : ''}`),
      ).toEqual([
        'Signature: ___',
        'Name and title: Rachel Tremblay, Executive Director',
        'Date: January 12, 2026',
      ]);
      expect(block.groups.flatMap((g) => g.signatories)).toHaveLength(3);
      expect(block.groups[0]?.byline).toBeUndefined();
      const frLines = signatureBlock(fr).groups[0]?.signatories[0]?.lines ?? [];
      expect(frLines.map((l) => l.segments.map(variantsText).join(''))).toEqual([
        `Signature${NBSP}: `,
        `Nom et titre${NBSP}: Rachel Tremblay, Directrice générale`,
        `Date${NBSP}: 12 janvier 2026`,
      ]);
    });

    it('leaves a line to write the date on when a signatory has not signed yet — nothing is missing', () => {
      const unsigned = withAgreement(caseStudy1, {
        signatories: agreementOf(caseStudy1).signatories.map(({ signedOn: _, ...s }) => s),
      });
      const doc = buildDocument('mou', unsigned, { locale: 'en' });
      expect(doc.missing).toEqual([]);
      const date = signatureBlock(doc).groups[0]?.signatories[0]?.lines[2];
      expect(date?.rule).toBe(true);
      expect(date?.segments.map(variantsText).join('')).toBe('Date: ');
    });
  });

  describe('given case study 2 and the partnership agreement (Resource 6)', () => {
    const en = buildDocument('partnership-agreement', caseStudy2, { locale: 'en' });

    it('holds every section of an agreement, numbered, then the signatures and five lettered annexes', () => {
      expect(headings(en)).toEqual([
        '1. Parties',
        '2. Term and effective date',
        '3. Outcomes, goals and objectives',
        '4. Partnership values',
        '5. Governance',
        '6. Roles and responsibilities',
        '7. Resource commitments',
        '8. Financial commitments',
        '9. Liability and insurance',
        '10. Confidentiality and consent',
        '11. Evaluation',
        '12. Conflict resolution',
        '13. Withdrawal of a partner',
        '14. Termination',
        '15. Amendments',
        '16. Governing law',
        '17. Language versions',
        '18. Active offer of French-language services',
        'Signatures',
        'Annex A — RACI matrix',
        'Annex B — Work plan',
        'Annex C — Budget',
        'Annex D — Evaluation plan',
        'Annex E — Terms of reference of the steering committee',
      ]);
      expect(en.missing).toEqual([]);
    });

    it('takes effect on its effective date for its term', () => {
      expect(paragraphs(blocksOf(en, 'term'))[0]).toBe(
        'This agreement takes effect on April 1, 2026, and remains in force for three (3) years.',
      );
    });

    it('names the steering committee by title, its chair, and how it decides', () => {
      const blocks = blocksOf(en, 'governance');
      expect(listItems(blocks)[0]).toBe('Executive Director — Services d’emploi (chair)');
      expect(listItems(blocks)).toHaveLength(7);
      expect(
        blocks.some((b) => b.kind === 'heading' && textOf(b.content) === 'Decision-making'),
      ).toBe(true);
      expect(paragraphs(blocks)).toContain(agreementOf(caseStudy2).clauses.decisionMaking?.en);
      expect(paragraphs(blocks)).toContain(
        'The steering committee’s terms of reference are set out in Annex E.',
      );
    });

    it('has each organization sign "by its authorized signatories", two lines for the lead ones', () => {
      const block = signatureBlock(en);
      expect(block.groups).toHaveLength(caseStudy2.organizations.length);
      expect(
        block.groups.every(
          (g) => g.byline && variantsText(g.byline) === 'By its authorized signatories',
        ),
      ).toBe(true);
      expect(block.groups[0]?.signatories).toHaveLength(2);
    });

    it('points to the budget annex for each contribution, and says how funds flow, are reported and returned', () => {
      const blocks = blocksOf(en, 'financial');
      expect(paragraphs(blocks)[0]).toBe(
        'Each partner’s financial contribution is set out in the budget in Annex C.',
      );
      const subheadings = blocks.flatMap((b) =>
        b.kind === 'heading' && b.level === 3 ? [textOf(b.content)] : [],
      );
      expect(subheadings).toEqual(['How funds flow', 'Financial reporting', 'Unspent funds']);
    });

    it('makes the budget annex a table of contributions with their amounts and the total in place', () => {
      const table = blocksOf(en, 'annex-budget').find((b) => b.kind === 'table');
      if (table?.kind !== 'table') throw new Error('no budget table');
      expect(table.header.map(textOf)).toEqual(['Organization', 'Contribution', 'Amount']);
      expect(table.rows[0]?.map(textOf)).toEqual([
        'Services d’emploi',
        'Paid work placements (yearly amount)',
        '$40,000',
      ]);
      expect(table.rows.at(-1)?.map(textOf)).toEqual([
        'Total of the contributions in place',
        '',
        '$73,000',
      ]);
      const fr = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
      const frTable = blocksOf(fr, 'annex-budget').find((b) => b.kind === 'table');
      expect(frTable?.kind === 'table' && textOf(frTable.rows[0]?.[2] ?? [])).toBe(
        `40${NBSP}000${NBSP}$`,
      );
    });

    it('makes the RACI matrix an annex table: tasks in order, their lead organization, a column per role', () => {
      const fr = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
      const raci = blocksOf(fr, 'annex-raci').find((b) => b.kind === 'table');
      if (raci?.kind !== 'table') throw new Error('no RACI table');
      expect(raci.header.map(textOf).slice(0, 2)).toEqual(['Tâche', 'Organisme chef de file']);
      expect(raci.header.map(textOf).slice(2)).toEqual(
        caseStudy2.raci.roles.map((r) => r.title.fr),
      );
      expect(raci.rows.map((row) => textOf(row[0] ?? []))).toEqual(
        caseStudy2.raci.tasks.map((t) => t.label.fr),
      );
      expect(paragraphs(blocksOf(fr, 'annex-raci'))[0]).toBe('Matrice adoptée le 2 mars 2026.');
    });

    it('lets one partner withdraw on notice without ending the partnership', () => {
      expect(paragraphs(blocksOf(en, 'withdrawal'))).toEqual([
        'A partner may withdraw from the partnership by giving written notice of at least ninety (90) days to the steering committee and the other partners.',
        agreementOf(caseStudy2).clauses.withdrawal?.en,
      ]);
    });

    it('drops an annex the partners do not have, and re-letters the others', () => {
      const { annexes: _, ...rest } = agreementOf(caseStudy2);
      const doc = buildDocument(
        'partnership-agreement',
        { ...caseStudy2, agreement: rest },
        { locale: 'en' },
      );
      expect(headings(doc).filter((h) => h.startsWith('Annex'))).toEqual([
        'Annex A — RACI matrix',
        'Annex B — Budget',
        'Annex C — Terms of reference of the steering committee',
      ]);
      expect(paragraphs(blocksOf(doc, 'outcomes')).join()).not.toContain('work plan');
      expect(paragraphs(blocksOf(doc, 'financial'))[0]).toContain('Annex B');
    });
  });

  describe('clauses (AGR-5): printed as the partners hold them, and only then', () => {
    const samples: Record<AgreementKind, [DocumentTemplateId, Partnership]> = {
      mou: ['mou', caseStudy1],
      'partnership-agreement': ['partnership-agreement', caseStudy2],
    };
    // Each clause of each kind of document, with what the document requires of it.
    const cases = (['mou', 'partnership-agreement'] as const).flatMap((kind) =>
      CLAUSE_IDS.map((clause) => {
        const [templateId, sample] = samples[kind];
        const requirement = clauseRequirement(clause, clauseContextOf(sample));
        return { kind, clause, templateId, sample, requirement };
      }),
    );
    type Case = (typeof cases)[number];
    const named = (c: Case) => [`${c.kind} — ${c.clause}`, c] as const;
    const held = (clause: ClauseId) => ({
      fr: `Texte convenu ${clause}.`,
      en: `Agreed text ${clause}.`,
    });
    const text = ({ templateId, sample, clause }: Case, holds: boolean) => {
      const { [clause]: _dropped, ...others } = agreementOf(sample).clauses;
      const clauses = holds ? { ...others, [clause]: held(clause) } : others;
      const p = withAgreement(sample, { clauses });
      return {
        text: renderText(buildDocument(templateId, p, { locale: 'fr-en' })),
        missing: missingFields(templateId, p).map((m) => m.fieldId),
      };
    };
    const placeholder = (clause: ClauseId) => `[${CLAUSE_NAMES[clause].en.toLowerCase()}]`;
    const applicable = cases.filter((c) => c.requirement !== 'not-applicable').map(named);

    it.each(applicable)('%s: held, prints in both languages under its own name', (_, c) => {
      const { text: out } = text(c, true);
      expect(out).toContain(held(c.clause).en);
      expect(out).toContain(held(c.clause).fr);
      expect(out).toContain(CLAUSE_NAMES[c.clause].en);
      expect(out).toContain(CLAUSE_NAMES[c.clause].fr);
    });

    it.each(applicable)(
      "%s: not held, never prints the guide's suggestion as if agreed",
      (_, c) => {
        const suggestion = clauseSuggestion(c.clause, c.kind)?.en ?? 'no suggestion';
        expect(text(c, false).text).not.toContain(suggestion);
      },
    );

    it.each(cases.filter((c) => c.requirement === 'required').map(named))(
      '%s: required, a placeholder listed as missing while not held',
      (_, c) => {
        const { text: out, missing } = text(c, false);
        expect(out).toContain(placeholder(c.clause));
        expect(missing).toContain(`clause.${c.clause}`);
      },
    );

    it.each(cases.filter((c) => c.requirement === 'optional').map(named))(
      '%s: optional, nothing at all while not held',
      (_, c) => {
        const { text: out, missing } = text(c, false);
        expect(out).not.toContain(placeholder(c.clause));
        expect(missing).not.toContain(`clause.${c.clause}`);
      },
    );

    it.each(cases.filter((c) => c.requirement === 'not-applicable').map(named))(
      '%s: has no place in this kind of document, even when held',
      (_, c) => {
        expect(text(c, true).text).not.toContain(held(c.clause).en);
      },
    );

    it("print the partners' wording, never the guide's suggestion", () => {
      const doc = buildDocument(
        'partnership-agreement',
        withAgreement(caseStudy2, {
          clauses: {
            ...agreementOf(caseStudy2).clauses,
            decisionMaking: { en: 'Two thirds decide.' },
          },
        }),
        { locale: 'en' },
      );
      expect(paragraphs(blocksOf(doc, 'governance'))).toContain('Two thirds decide.');
    });

    it('offer the guide’s wording only as guidance, labelled as such', () => {
      const { conflictResolution: _, ...rest } = agreementOf(caseStudy1).clauses;
      const doc = buildDocument('mou', withAgreement(caseStudy1, { clauses: rest }), {
        locale: 'en',
        includeGuidance: true,
      });
      const advice = blocksOf(doc, 'conflict-resolution').filter(
        (b) => b.kind === 'paragraph' && b.guidance,
      );
      expect(advice.map((b) => (b.kind === 'paragraph' ? textOf(b.content) : ''))).toEqual([
        `Guidance: Wording the guide suggests: ${clauseSuggestion('conflictResolution', 'mou')?.en}`,
      ]);
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
      expect(headings(doc, 0)[4]).toBe('5. Gouvernance');
      expect(headings(doc, 1)[4]).toBe('5. Governance');
    });

    it('puts English first in en-fr, the signature block too', () => {
      const doc = buildDocument('mou', caseStudy1, { locale: 'en-fr' });
      expect(doc.sections.every((s) => s.parts.map((p) => p.lang).join() === 'en,fr')).toBe(true);
      const name = signatureBlock(doc).groups[0]?.signatories[0]?.lines[1];
      expect(name?.segments.map(variantsText).join('')).toBe(
        'Name and title / Nom et titre: Rachel Tremblay, Executive Director / Directrice générale',
      );
    });

    it('writes the signature block once, in both languages, each text tagged with its own', () => {
      const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' });
      const signatures = section(doc, 'signatures');
      expect(signatures?.shared).toHaveLength(1);
      expect(signatures?.parts.every((p) => p.blocks.every((b) => b.kind !== 'signatures'))).toBe(
        true,
      );
      const group = signatureBlock(doc).groups[0];
      expect(group?.byline?.map((v) => v.lang)).toEqual(['fr', 'en']);
      const date = group?.signatories[0]?.lines[2];
      expect(date?.segments.map(variantsText).join('')).toBe(
        `Date${NBSP}: 10 mars 2026 / March 10, 2026`,
      );
    });

    it('accepts full locale tags for one language', () => {
      expect(buildDocument('mou', caseStudy1, { locale: 'fr-CA' }).locale).toBe('fr');
      expect(buildDocument('mou', caseStudy1, { locale: 'en-US' }).locale).toBe('en');
    });
  });

  describe('typography: one function for template and typed text (Canadian usage)', () => {
    const outputs = (['mou', 'partnership-agreement'] as const).flatMap((id) =>
      (['fr', 'en', 'fr-en'] as const).map((locale) =>
        renderText(buildDocument(id, id === 'mou' ? caseStudy1 : caseStudy2, { locale })),
      ),
    );

    it('never writes "(s)" nor an ISO date in a document', () => {
      for (const text of outputs) {
        expect(text).not.toMatch(/\(s\)/);
        expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      }
    });

    it('puts a no-break space before every French colon and none before ; ? !', () => {
      const fr = renderText(buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' }));
      expect(fr).not.toMatch(/[^\u00a0\n]:\s/);
      expect(fr).not.toMatch(/\s[;?!]/);
      expect(fr).toContain(`«${NBSP}partenaires${NBSP}»`);
    });

    it('writes any term and notice as words then figures, singular or plural as the language wants', {
      timeout: HEAVY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 50 }),
          fc.integer({ min: 1, max: 3650 }),
          (years, days) => {
            const p = withAgreement(caseStudy1, { termYears: years, noticeDays: days });
            const fr = buildDocument('mou', p, { locale: 'fr' });
            const en = buildDocument('mou', p, { locale: 'en' });
            const frTerm = paragraphs(blocksOf(fr, 'term'))[0] ?? '';
            const enNotice = paragraphs(blocksOf(en, 'termination'))[0] ?? '';
            expect(frTerm).toMatch(
              new RegExp(`[a-zé -]+ \\(${years}\\) ${years === 1 ? 'an' : 'ans'}\\.$`),
            );
            expect(enNotice).toMatch(
              new RegExp(
                `at least [a-z -]+ \\(${days.toLocaleString('en-CA')}\\) ${days === 1 ? 'day' : 'days'} to`,
              ),
            );
          },
        ),
        { numRuns: 60 },
      );
    });

    it('never changes what people typed beyond spacing', () => {
      const typed = "l'organisme « A » : oui ; 10:30 https://x.ca";
      const doc = buildDocument(
        'mou',
        { ...caseStudy1, purpose: { fr: typed, en: typed } },
        { locale: 'fr' },
      );
      expect(paragraphs(blocksOf(doc, 'purpose'))[0]).toBe(
        `l'organisme «${NBSP}A${NBSP}»${NBSP}: oui; 10:30 https://x.ca`,
      );
    });
  });

  describe('given a partnership still empty', () => {
    const empty = createPartnership({ id: 'p', languages: ['fr', 'en'] });

    it('keeps every section it needs, with visible placeholders where values are missing', () => {
      const doc = buildDocument('mou', empty, { locale: 'en' });
      expect(doc.sections.map((s) => s.id)).toEqual([
        'parties',
        'nature',
        'purpose',
        'background',
        'responsibilities',
        'term',
        'termination',
        'conflict-resolution',
        'confidentiality',
        'language-versions',
        'signatures',
      ]);
      expect(paragraphs(blocksOf(doc, 'purpose'))).toEqual(['[purpose of the partnership]']);
      expect(variantsText(doc.name)).toBe('[partnership name]');
    });

    it('lists each missing value once, labelled in both languages, with its section', () => {
      const missing = missingFields('mou', empty);
      expect(missing.map((m) => m.fieldId)).toEqual([
        'partnership.name',
        'organization.legalName',
        'partnership.purpose',
        'organization.mission',
        'partnership.why',
        'organization.provisions',
        'organization.pointsOfContact',
        'agreement.termYears',
        'agreement.noticeDays',
        'clause.termination',
        'clause.conflictResolution',
        'clause.confidentiality',
        'clause.languageVersions',
        'signature.signatory',
      ]);
      expect(missing.every((m) => m.kind === 'value')).toBe(true);
      expect(missing[2]).toEqual({
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

    it('does not ask for a language-versions clause', () => {
      expect(missingFields('mou', oneLanguageSample).map((m) => m.fieldId)).not.toContain(
        'clause.languageVersions',
      );
    });
  });

  it('adds the guidance for whoever fills the document in only on request, labelled as guidance', () => {
    const guidance = (includeGuidance: boolean) =>
      buildDocument('mou', caseStudy1, { locale: 'fr', includeGuidance }).sections.flatMap((s) =>
        s.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'paragraph' && b.guidance)),
      );
    expect(guidance(false)).toEqual([]);
    expect(guidance(true).length).toBeGreaterThan(3);
    expect(
      guidance(true).every(
        (b) => b.kind === 'paragraph' && textOf(b.content).startsWith(`Conseil${NBSP}: `),
      ),
    ).toBe(true);
  });
});
