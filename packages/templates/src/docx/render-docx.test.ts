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

  it('names every party, keeps Word heading styles and repeats table headers on each page', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const { xml } = await open(
      await renderDocx(buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' })),
    );
    const body = xml('word/document.xml');
    for (const organization of caseStudy2.organizations) {
      expect(body).toContain(organization.legalName);
    }
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(xml('word/styles.xml')).toContain('w:styleId="Heading1"');
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
