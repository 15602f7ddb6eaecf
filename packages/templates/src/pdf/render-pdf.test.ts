import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import {
  elements,
  fontsOf,
  infoOf,
  type PageNode,
  pageElements,
  pageText,
  pageTextOf,
  readWithPdfjs,
  type StructNode,
  structTree,
  textOf,
} from '../../test/pdf-reader';
import { buildDocument } from '../document/build-document';
import type { DocumentLocale, PartnershipDocument } from '../document/document.types';
import { contentText } from '../render/clean-text';
import { renderText } from '../render/render-text';
import { caseStudy1, caseStudy2, oneLanguageSample } from '../samples';
import { renderPdf, renderPdfBlob } from './render-pdf';

type Kind = 'mou' | 'partnership-agreement';
const SAMPLES = { mou: caseStudy1, 'partnership-agreement': caseStudy2 } as const;

// Renders are shared by the tests of this file (each under its own budget): a sample in one
// locale is written once.
const rendered = new Map<string, Promise<Uint8Array>>();
function pdfOf(kind: Kind, locale: DocumentLocale): Promise<Uint8Array> {
  const key = `${kind}.${locale}`;
  let bytes = rendered.get(key);
  if (!bytes) {
    bytes = renderPdf(buildDocument(kind, SAMPLES[kind], { locale }));
    rendered.set(key, bytes);
  }
  return bytes;
}

/** The document without its tables: renderText writes those as `column : value` lines. */
function withoutTables(doc: PartnershipDocument): PartnershipDocument {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      parts: s.parts.map((p) => ({ ...p, blocks: p.blocks.filter((b) => b.kind !== 'table') })),
      shared: s.shared?.filter((b) => b.kind !== 'table'),
    })),
  };
}

/**
 * Words as a reader compares them: compatibility forms folded (NFKC turns the no-break spaces of
 * French typography into spaces), lower case (the text export capitalizes the title), split at
 * white space, a line's final hyphen joined to the next line's word; punctuation stays on its
 * word, so « : » and "’" must match too.
 */
const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('fr-CA')
    // A compound cut after its hyphen at the end of a line ("Port-" / "Laurier") is one word.
    .replace(/(?<=\S-)\s+/g, '')
    .split(/\s+/)
    .filter(Boolean);

/**
 * What renderText prints, less what only plain text has: the lines under headings, the list
 * dashes and the underscores to sign on (the PDF draws a bullet, a bold heading and a rule).
 */
const expectedWords = (doc: PartnershipDocument) =>
  words(
    renderText(withoutTables(doc))
      .replace(/^[=-]{3,}$/gm, '')
      .replace(/^ {2}- /gm, '')
      .replace(/_{30}/g, ''),
  );

const notRead = (node: { role: string }) => node.role === 'Table' || node.role === 'Lbl';

/** The words of poppler's whole structure tree, tables and list bullets (Lbl) left out. */
const treeWords = (tree: StructNode) => words(textOf(tree, notRead));

/** The words of pdf.js's page trees, page after page, tables and bullets left out. */
const pageWords = (pages: readonly PageNode[]) =>
  words(pages.map((page) => pageTextOf(page, notRead)).join(' '));

const roles = (tree: StructNode) => new Set(elements(tree).map((node) => node.role));

describe('renderPdf', () => {
  it('writes a tagged PDF on Letter pages, identified as PDF/UA-1 and PDF/A-2a', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const bytes = await pdfOf('mou', 'fr');
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.7');
    const info = infoOf(bytes);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    expect(info.Title).toBe('Protocole d’entente');
    const pdf = await readWithPdfjs(bytes);
    expect(pdf.info.Language).toBe('fr-CA');
    expect(pdf.viewerPreferences).toMatchObject({ DisplayDocTitle: true });
    expect(pdf.xmp).toMatchObject({
      'pdfuaid:part': '1',
      'pdfaid:part': '2',
      'pdfaid:conformance': 'A',
      'dc:title': 'Protocole d’entente',
    });
    const plain = await readWithPdfjs(
      await renderPdf(buildDocument('mou', caseStudy1, { locale: 'en' }), { pdfA: false }),
    );
    expect(plain.xmp['pdfuaid:part']).toBe('1');
    expect(plain.xmp['pdfaid:part']).toBeUndefined();
  });

  it('tags the title, sections, headings, paragraphs, lists, tables and signatures', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const tree = structTree(await pdfOf('partnership-agreement', 'fr'));
    const [document] = tree.children as StructNode[];
    expect(document?.role).toBe('Document');
    expect((document?.children[0] as StructNode | undefined)?.role).toBe('H1');
    for (const role of ['Sect', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody'])
      expect(roles(tree)).toContain(role);
    for (const role of ['Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Div'])
      expect(roles(tree)).toContain(role);
    // Header cells are marked, with their scope.
    const headers = elements(tree).filter((node) => node.role === 'TH');
    expect(headers.length).toBeGreaterThan(8);
    expect(headers.every((th) => th.attributes.Scope === 'Column')).toBe(true);
    // The signature block: a Div per organization, its name first, then a Div per signatory.
    const sects = (document?.children ?? []).filter(
      (c): c is StructNode => typeof c !== 'string' && c.role === 'Sect',
    );
    const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
    expect(sects).toHaveLength(doc.sections.length);
    const index = doc.sections.findIndex((s) => s.role === 'signatures');
    const block = sects[index]?.children.find(
      (c): c is StructNode => typeof c !== 'string' && c.role === 'Div',
    );
    const groups = (block?.children ?? []) as StructNode[];
    expect(groups).toHaveLength(caseStudy2.organizations.length);
    expect(groups.map((g) => g.children.map((c) => (c as StructNode).role))).toContainEqual([
      'P',
      'P',
      'Div',
      'Div',
    ]);
  });

  it.each([
    ['mou', 'fr'],
    ['mou', 'en'],
    ['partnership-agreement', 'fr'],
    ['partnership-agreement', 'en'],
  ] as const)(
    'reads like renderText, word for word, in one language (%s, %s)',
    {
      timeout: HEAVY_TEST_MS,
    },
    async (kind, locale) => {
      // One language flows page after page: the pages' trees, in page order, are the reading order.
      const { pages } = await readWithPdfjs(await pdfOf(kind, locale));
      expect(pageWords(pages)).toEqual(
        expectedWords(buildDocument(kind, SAMPLES[kind], { locale })),
      );
    },
  );

  it('holds every table cell in its TH or TD, row by row', { timeout: HEAVY_TEST_MS }, async () => {
    const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'en' });
    const tables = doc.sections.flatMap((s) =>
      s.parts.flatMap((p) => p.blocks.filter((b) => b.kind === 'table')),
    );
    const { pages } = await readWithPdfjs(await pdfOf('partnership-agreement', 'en'));
    // Each of these tables fits a page: its rows are all in that page's tree.
    const found = pages.flatMap((page) => pageElements(page).filter((n) => n.role === 'Table'));
    expect(found).toHaveLength(tables.length);
    found.forEach((table, i) => {
      const expected = tables[i] as Extract<(typeof tables)[number], { kind: 'table' }>;
      // pdf.js leaves out of a page's tree the cells with nothing on it (an empty RACI cell).
      const rows = pageElements(table)
        .filter((node) => node.role === 'TR')
        .map((tr) => tr.children.map((cell) => words(pageTextOf(cell as PageNode)).join(' ')));
      expect(rows).toEqual(
        [expected.header, ...expected.rows].map((row) =>
          row.map((cell) => words(contentText(cell)).join(' ')).filter((text) => text !== ''),
        ),
      );
    });
    // poppler's whole tree has every cell, empty or not: as many in each row as columns.
    const cells = elements(structTree(await pdfOf('partnership-agreement', 'en')))
      .filter((node) => node.role === 'TR')
      .map((tr) => tr.children.length);
    const columns = tables.flatMap((t) =>
      t.kind === 'table' ? [t.header, ...t.rows].map(() => t.header.length) : [],
    );
    expect(cells).toEqual(columns);
  });

  it.each([
    ['mou', 'fr'],
    ['partnership-agreement', 'fr-en'],
  ] as const)(
    'never breaks a word across lines, in text or in a table cell (%s, %s)',
    {
      timeout: HEAVY_TEST_MS,
    },
    async (kind, locale) => {
      const doc = buildDocument(kind, SAMPLES[kind], { locale });
      const letters = (text: string) => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
      // The document's words, and the page furniture's: the title atop each page (renderText
      // capitalizes it), « Page 2 de 5 / Page 2 of 5 ».
      const title = doc.title.map((t) => t.text).join(' ');
      const known = new Set([...letters(renderText(doc)), ...letters(title), 'Page', 'de', 'of']);
      const { runs } = await readWithPdfjs(await pdfOf(kind, locale));
      const broken = runs
        .flatMap(letters)
        .filter((word) => !/^\d+$/.test(word) && !known.has(word));
      expect(broken).toEqual([]);
    },
  );

  it.each(['fr-en', 'en-fr'] as const)(
    'side by side (%s), each section holds its first language whole, then the other',
    { timeout: HEAVY_TEST_MS },
    async (locale) => {
      const bytes = await pdfOf('partnership-agreement', locale);
      // The whole tree: every section's parts are two Divs, one after the other.
      const sects = elements(structTree(bytes)).filter((node) => node.role === 'Sect');
      const divs = sects.map(
        (sect) => sect.children.filter((c) => typeof c !== 'string' && c.role === 'Div').length,
      );
      expect(divs.filter((n) => n === 2).length).toBeGreaterThan(15);
      // Page by page, the first of the two is the first language, the second the other.
      const [first, second] = locale === 'fr-en' ? ['fr-CA', 'en-CA'] : ['en-CA', 'fr-CA'];
      const { pages } = await readWithPdfjs(bytes);
      const pairs = pages.flatMap((page) =>
        pageElements(page)
          .filter((n) => n.role === 'Sect')
          .map((sect) =>
            sect.children
              .filter((c): c is PageNode => typeof c !== 'string' && c.role === 'Div')
              .map((div) => div.lang),
          )
          .filter((langs) => langs.length === 2),
      );
      expect(new Set(pairs.map((langs) => langs.join(' then ')))).toEqual(
        new Set([`${first} then ${second}`]),
      );
      expect(pairs.length).toBeGreaterThan(10);
    },
  );

  it('side by side, the whole tree reads like renderText: French section, then English section', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    // poppler's text of the whole tree (slow: the MOU, shorter than the agreement). renderText
    // writes each section's French part, then its English part: the tree must read the same,
    // wherever the columns' rows fall on the pages.
    const doc = buildDocument('mou', caseStudy1, { locale: 'fr-en' });
    const bytes = await pdfOf('mou', 'fr-en');
    expect(Number(infoOf(bytes).Pages)).toBeGreaterThan(4);
    expect(treeWords(structTree(bytes, true))).toEqual(expectedWords(doc));
  });

  it('puts a language on every element, and its real one on a value standing in for a translation', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const doc = buildDocument('mou', oneLanguageSample, { locale: 'fr' });
    const { pages } = await readWithPdfjs(await renderPdf(doc));
    const all = pages.flatMap((page) => pageElements(page).filter((n) => n.role !== 'Root'));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((node) => node.lang !== 'fr-CA' && node.lang !== 'en-CA')).toEqual([]);
    // The English purpose, printed because the French one is missing, is tagged English.
    const english = all.filter((node) => node.lang === 'en-CA');
    const spans = english.map((node) => node.children.join('').replace(/\s+/g, ' ').trim());
    expect(spans).toContain(oneLanguageSample.purpose.en);
    expect(english.every((node) => node.role === 'Span')).toBe(true);
  });

  it('embeds every font it uses, with its Unicode map', { timeout: HEAVY_TEST_MS }, async () => {
    const fonts = fontsOf(await pdfOf('partnership-agreement', 'fr-en'));
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Bold',
      'NotoSans-Regular',
    ]);
    expect(fonts.every((f) => f.embedded && f.subset && f.unicode)).toBe(true);
  });

  it('prints other Latin scripts from their own faces, and what no font has as U+FFFD with its real text', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const partnership = structuredClone(caseStudy1);
    partnership.purpose = { fr: 'Łukasz Dvořák et Nguyễn Thi, avec 王秀英.' };
    const bytes = await renderPdf(buildDocument('mou', partnership, { locale: 'fr' }));
    const fonts = fontsOf(bytes);
    expect(fonts.length).toBe(4); // regular, bold, Latin Extended, Vietnamese
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true);
    expect(pageText(bytes)).toContain('Łukasz Dvořák et Nguyễn Thi, avec');
    // PDF/UA and PDF/A forbid the .notdef glyph: U+FFFD stands in, the Span's ActualText holds
    // the name (a UTF-16 text string, as PDFKit writes it).
    const actual = [0xfe, 0xff, 0x73, 0x8b, 0x79, 0xc0, 0x82, 0xf1];
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain(`/ActualText (${String.fromCharCode(...actual)})`);
  });

  it('leaves page numbers, the running header and rules out of the structure tree', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const bytes = await pdfOf('partnership-agreement', 'fr-en');
    const pages = Number(infoOf(bytes).Pages);
    expect(pages).toBeGreaterThan(10);
    const printed = pageText(bytes);
    expect(printed).toContain(`Page 2 de ${pages} / Page 2 of ${pages}`);
    const { pages: trees } = await readWithPdfjs(bytes);
    const tree = trees.map((page) => pageTextOf(page)).join(' ');
    expect(tree).not.toMatch(/Page \d+ de \d+/);
    expect(tree.split('Accord de partenariat').length).toBe(2); // the title, once
  });

  it('gives each section a bookmark, and the RACI matrix a landscape page', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' });
    const bytes = await pdfOf('partnership-agreement', 'fr-en');
    const { outline } = await readWithPdfjs(bytes);
    expect(outline).toHaveLength(doc.sections.length);
    expect(outline[0]).toBe('1. Parties / 1. Parties');
    const sizes = Object.entries(infoOf(bytes, ['-f', '1', '-l', '999']))
      .filter(([key]) => /^Page +\d+ size$/.test(key))
      .map(([, value]) => value);
    expect(sizes.filter((s) => s.startsWith('792 x 612')).length).toBeGreaterThan(0);
    expect(sizes.every((s) => /^(612 x 792|792 x 612) pts/.test(s))).toBe(true);
  });

  it('gives a Blob of type application/pdf', { timeout: HEAVY_TEST_MS }, async () => {
    const blob = await renderPdfBlob(buildDocument('mou', caseStudy1, { locale: 'en' }));
    expect(blob.type).toBe('application/pdf');
    const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
    expect(new TextDecoder().decode(head)).toBe('%PDF-');
  });
});
