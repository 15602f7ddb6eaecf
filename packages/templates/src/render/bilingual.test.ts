import type { Partnership } from '@partnership-kit/core';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { buildDocument, type DocumentTemplateId } from '../document/build-document';
import type { DocumentLocale } from '../document/document.types';
import { renderDocx } from '../docx/render-docx';
import { caseStudy2 } from '../samples';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

// B1's acceptance: a partnership whose every written text has a distinct French and English
// value. Each value becomes a marker ("frtext12" / "entext12") so any value printed in the
// wrong language, or tagged with the wrong `lang`, is found wherever it lands.
const MARKER = /\b(fr|en)text\d+\b/g;

function isLocalizedText(value: object): value is { fr?: string; en?: string } {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (k) =>
        (k === 'fr' || k === 'en') && typeof (value as Record<string, unknown>)[k] === 'string',
    )
  );
}

/** The partnership with every localized text replaced by numbered markers, both sides filled. */
function withMarkers(partnership: Partnership): { partnership: Partnership; count: number } {
  let count = 0;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    if (isLocalizedText(value)) {
      count += 1;
      return { fr: `frtext${count}`, en: `entext${count}` };
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  const marked = walk(partnership) as Partnership;
  return { partnership: { ...marked, languages: ['fr', 'en'] }, count };
}

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => m[0]);
const languagesOf = (text: string) => new Set(markersIn(text).map((m) => m.slice(0, 2)));

const { partnership: marked, count } = withMarkers(caseStudy2);
const TEMPLATES: DocumentTemplateId[] = ['mou', 'partnership-agreement'];

describe('a partnership with distinct French and English values', () => {
  it('has many localized texts to check', () => {
    expect(count).toBeGreaterThan(40);
  });

  describe.each(TEMPLATES)('the %s', (templateId) => {
    const build = (locale: DocumentLocale) => buildDocument(templateId, marked, { locale });

    it.each([
      ['fr', 'en'],
      ['en', 'fr'],
    ] as const)(
      'in %s prints no %s value, in any format',
      { timeout: HEAVY_TEST_MS },
      async (locale, other) => {
        const doc = build(locale);
        expect(doc.missing.filter((m) => m.kind === 'translation')).toEqual([]);
        const xml = strFromU8(unzipSync(await renderDocx(doc))['word/document.xml'] as Uint8Array);
        for (const output of [renderHtml(doc), renderMarkdown(doc), renderText(doc), xml]) {
          expect(markersIn(output).length).toBeGreaterThan(10);
          expect(languagesOf(output).has(other)).toBe(false);
        }
      },
    );

    it('in fr-en tags every value in HTML with the language it is written in', {
      timeout: HEAVY_TEST_MS,
    }, () => {
      const html = renderHtml(build('fr-en'));
      const { document } = new JSDOM(html).window;
      const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
      let checked = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const marker of markersIn(node.textContent ?? '')) {
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
          expect(lang, marker).toBe(marker.startsWith('fr') ? 'fr-CA' : 'en-CA');
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });

    it('in fr-en gives each DOCX run holding a value the w:lang of that value', {
      timeout: HEAVY_TEST_MS,
    }, async () => {
      const files = unzipSync(await renderDocx(build('fr-en')));
      const xml = strFromU8(files['word/document.xml'] as Uint8Array);
      const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1] ?? '');
      let checked = 0;
      for (const run of runs) {
        const lang = /<w:lang w:val="([^"]+)"/.exec(run)?.[1];
        for (const marker of markersIn(run)) {
          expect(lang, marker).toBe(marker.startsWith('fr') ? 'fr-CA' : 'en-CA');
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(20);
    });

    it('in fr-en keeps French values in the French part of every section of Markdown and text', () => {
      // The signature block is written once for both languages (nobody signs twice): it is
      // checked on its own below; here, each language part alone.
      const built = build('fr-en');
      const doc = { ...built, sections: built.sections.map((s) => ({ ...s, shared: [] })) };
      // Both outputs give each section its French part, then its English part, each under a
      // second-level heading: the chunks between those headings alternate fr, en, fr, en…
      const md = renderMarkdown(doc).split(/^## /m).slice(1);
      const txt = renderText(doc)
        .split(/\n(?=[^\n]+\n=+\n)/)
        .slice(1);
      for (const chunks of [md, txt]) {
        expect(chunks.length).toBe(doc.sections.length * 2);
        chunks.forEach((chunk, i) => {
          const expected = i % 2 === 0 ? 'fr' : 'en';
          for (const lang of languagesOf(chunk)) expect(lang, chunk.slice(0, 40)).toBe(expected);
        });
      }
    });
  });

  it('writes the signature block once, each value in it tagged with its own language', {
    timeout: HEAVY_TEST_MS,
  }, () => {
    const doc = buildDocument('partnership-agreement', marked, { locale: 'fr-en' });
    const { document } = new JSDOM(renderHtml(doc)).window;
    const shared = document.querySelector('[data-section="signatures"] > [data-part="shared"]');
    const values = [...(shared?.querySelectorAll('[data-field]') ?? [])];
    expect(values.length).toBeGreaterThan(5);
    for (const value of values) {
      for (const marker of markersIn(value.textContent ?? '')) {
        expect(value.closest('[lang]')?.getAttribute('lang'), marker).toBe(
          marker.startsWith('fr') ? 'fr-CA' : 'en-CA',
        );
      }
    }
    expect(languagesOf(values.map((v) => v.textContent).join(' '))).toEqual(new Set(['fr', 'en']));
  });

  it('prints the other language, tagged as such and listed as a missing translation, when one is absent', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    const enOnlyPurpose: Partnership = { ...marked, purpose: { en: 'Only in English' } };
    const doc = buildDocument('mou', enOnlyPurpose, { locale: 'fr' });
    expect(doc.missing).toEqual([
      expect.objectContaining({
        fieldId: 'partnership.purpose',
        kind: 'translation',
        language: 'fr',
      }),
    ]);
    const html = new JSDOM(renderHtml(doc)).window.document;
    const fallback = [...html.querySelectorAll('[data-fallback]')];
    expect(fallback.map((el) => [el.textContent, el.getAttribute('lang')])).toEqual([
      ['Only in English', 'en-CA'],
    ]);
    const xml = strFromU8(unzipSync(await renderDocx(doc))['word/document.xml'] as Uint8Array);
    expect(xml).toMatch(
      /<w:lang w:val="en-CA"\/><\/w:rPr><w:t xml:space="preserve">Only in English</,
    );
  });
});
