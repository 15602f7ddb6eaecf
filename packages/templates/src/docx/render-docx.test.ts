import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { buildDocument } from '../document/build-document';
import { caseStudy1, caseStudy2 } from '../samples';
import { renderDocx } from './render-docx';

async function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name] as Uint8Array);
  return { files, xml };
}

const agreement = (locale: string) =>
  renderDocx(buildDocument('partnership-agreement', caseStudy2, { locale })).then(open);

describe('renderDocx', () => {
  it('writes a zip (starts with PK) whose every XML part parses', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const bytes = await renderDocx(
      buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' }),
    );
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const { files, xml } = await open(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    for (const name of Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(XMLValidator.validate(xml(name)), name).toBe(true);
    }
  });

  it('prints on Letter paper with 1-inch margins, in Arial 11 pt', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('fr');
    const body = xml('word/document.xml');
    expect(body).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(body).not.toContain('w:w="11906"'); // A4
    const styles = xml('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Arial".*<w:sz w:val="22"\/>/s);
  });

  it('numbers the pages « Page X de Y » / "Page X of Y" in the footer', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { files, xml } = await agreement('fr-en');
    const footer = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    const text = xml(footer as string);
    expect(text).toMatch(/Page <\/w:t>.*PAGE.*> de <\/w:t>.*NUMPAGES/s);
    expect(text).toMatch(/> of <\/w:t>/);
  });

  it('opens with a title block: the title, then the partnership’s name', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('fr');
    const body = xml('word/document.xml');
    expect(body).toMatch(
      /<w:pStyle w:val="Title"\/>.*Accord de partenariat.*<w:pStyle w:val="Subtitle"\/>.*Programme d’emploi inclusif de Port-Laurier/s,
    );
  });

  it('names every party, with bold headings kept with what follows', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('fr');
    const body = xml('word/document.xml');
    for (const organization of caseStudy2.organizations) {
      expect(body).toContain(organization.legalName.replace('’', '’'));
    }
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    const styles = xml('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading2".*?<w:keepNext\/>.*?<w:b\/>/s);
  });

  it('sizes table columns from their content, repeats header rows and never splits a row', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('fr');
    const body = xml('word/document.xml');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:cantSplit/>');
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    // The budget: the contribution column is the widest, the amount column the narrowest.
    const grids = [...body.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...(m[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    const budget = grids.find((g) => g.length === 3) ?? [];
    expect(budget[1]).toBeGreaterThan(budget[0] ?? 0);
    expect(budget[2]).toBeLessThan(budget[0] ?? 0);
    // The RACI matrix: the task column wider than any role's.
    const raci = grids.find((g) => g.length === 2 + caseStudy2.raci.roles.length) ?? [];
    expect(raci[0]).toBeGreaterThan(Math.max(...raci.slice(2)));
  });

  it('gives a matrix too wide for a portrait page a landscape one', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('fr');
    const body = xml('word/document.xml');
    expect(body).toContain('w:orient="landscape"');
    const { xml: mou } = await open(
      await renderDocx(buildDocument('mou', caseStudy1, { locale: 'en' })),
    );
    expect(mou('word/document.xml')).not.toContain('w:orient="landscape"');
  });

  it('keeps each organization’s signatures on one page: rows that never split, kept with the next', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await agreement('en');
    const body = xml('word/document.xml');
    const signatures = body.slice(body.indexOf('IN WITNESS WHEREOF'));
    const table = signatures.slice(0, signatures.indexOf('</w:tbl>'));
    const rows = table.split('<w:tr>').slice(1);
    expect(rows.length).toBeGreaterThan(caseStudy2.organizations.length);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    // The organization's name stays with its first signatories.
    const nameRow = rows.find((row) => row.includes('Services d’emploi Port-Laurier inc.'));
    expect(nameRow).toContain('<w:keepNext/>');
    // A line to sign on: a tab filled with underscores.
    expect(table).toMatch(/<w:tab w:val="right"[^>]* w:leader="underscore"\/>/);
  });

  it('sets the language of every run, French and English side by side in fr-en', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await open(
      await renderDocx(buildDocument('mou', caseStudy1, { locale: 'fr-en' })),
    );
    const body = xml('word/document.xml');
    expect(body).toContain('w:val="fr-CA"');
    expect(body).toContain('w:val="en-CA"');
    expect(body).toContain('Protocole d’entente');
    expect(body).toContain('Memorandum of understanding');
  });

  it('highlights what is still missing', { timeout: HEAVY_TEST_MS }, async () => {
    const partnership = { ...caseStudy1, purpose: {} };
    const { xml } = await open(
      await renderDocx(buildDocument('mou', partnership, { locale: 'en' })),
    );
    expect(xml('word/document.xml')).toMatch(
      /<w:highlight w:val="yellow"\/>.*?\[purpose of the partnership\]/s,
    );
  });
});
