import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { hostile } from '../../test/hostile-documents';
import { infoOf, pageElements, pageTextOf, readWithPdfjs } from '../../test/pdf-reader';
import { renderDocx } from '../docx/render-docx';
import { renderPdf } from '../pdf/render-pdf';
import { inlineText } from './clean-text';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

const ALLOWED_TAGS = new Set([
  'HTML',
  'HEAD',
  'META',
  'TITLE',
  'STYLE',
  'BODY',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'SECTION',
  'DIV',
  'SPAN',
  'BDI',
  'P',
  'UL',
  'LI',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'BR',
  'EM',
  'STRONG',
  'BLOCKQUOTE',
  'H4',
  'ARTICLE',
  'HEADER',
  'MARK',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'data-pk-document',
  'data-locale',
  'data-part',
  'data-field',
  'data-fallback',
  'data-section',
  'data-role',
  'data-bilingual',
  'data-layout',
  'data-guidance',
  'data-table',
  'data-label',
  'data-align',
  'scope',
]);

/** Everything in a page that could run or load something, or that we did not write. */
function unexpectedMarkup(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.documentElement, 0xffff);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 8) found.push(`comment: ${node.textContent}`);
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (!ALLOWED_TAGS.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    for (const attribute of element.getAttributeNames()) {
      if (!ALLOWED_ATTRIBUTES.has(attribute))
        found.push(`${element.tagName.toLowerCase()}[${attribute}]`);
    }
  }
  // Only our own style element, in the head.
  if (document.querySelectorAll('style').length > 1) found.push('extra <style>');
  return found;
}

/** Whether text holds a character that must never reach an output (see clean-text.ts). */
function hasUnsafeCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const control = (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
    const bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    const loneHigh = c >= 0xd800 && c <= 0xdbff && !(next >= 0xdc00 && next <= 0xdfff);
    if (control || bidi || c === 0xffff || loneHigh) return true;
  }
  return false;
}

describe('escaping of text typed by people', () => {
  const documents = hostile();

  it('HTML: no element, attribute or comment that we did not write; the text shows as typed', {
    timeout: HEAVY_TEST_MS,
  }, () => {
    for (const doc of documents) {
      const html = renderHtml(doc);
      expect(unexpectedMarkup(html)).toEqual([]);
      expect(hasUnsafeCharacter(html)).toBe(false);
      const text = new JSDOM(html).window.document.body.textContent ?? '';
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toContain('[click](javascript:alert(1))');
    }
  });

  it('Markdown: rendered by markdown-it with raw HTML allowed, still no markup, link or image of ours', {
    timeout: HEAVY_TEST_MS,
  }, () => {
    const markdown = new MarkdownIt({ html: true, linkify: true });
    for (const doc of documents) {
      const source = renderMarkdown(doc);
      expect(hasUnsafeCharacter(source)).toBe(false);
      const html = `<!DOCTYPE html><html><head><title>t</title></head><body>${markdown.render(source)}</body></html>`;
      const dom = new JSDOM(html).window.document;
      // linkify may turn a bare https address into a link showing that address: never a link
      // whose text hides where it goes, and never a javascript: one.
      for (const a of dom.querySelectorAll('a')) {
        expect(a.getAttribute('href')).toMatch(/^https?:/);
        expect(a.getAttribute('href')).toContain(a.textContent);
      }
      expect(
        dom.querySelectorAll('script, img, iframe, style, pre, code, del, h4, h5, h6').length,
      ).toBe(0);
      expect(dom.querySelectorAll('h1').length).toBe(1);
    }
  });

  it('Markdown: typed text never changes the structure — every heading, item and row is ours', {
    timeout: HEAVY_TEST_MS,
  }, () => {
    const markdown = new MarkdownIt({ html: true });
    for (const doc of documents) {
      const blocks = doc.sections.flatMap((s) => [
        ...s.parts.flatMap((p) => p.blocks),
        ...(s.shared ?? []),
      ]);
      const count = (kind: string, level?: number) =>
        blocks.filter(
          (b) =>
            b.kind === kind && (level === undefined || (b.kind === 'heading' && b.level === level)),
        ).length;
      const dom = new JSDOM(markdown.render(renderMarkdown(doc))).window.document;
      expect(dom.querySelectorAll('h1')).toHaveLength(1);
      expect(dom.querySelectorAll('h2')).toHaveLength(count('heading', 2));
      expect(dom.querySelectorAll('h3')).toHaveLength(count('heading', 3));
      expect(dom.querySelectorAll('hr, pre, code, ol, h4, h5, h6')).toHaveLength(0);
      const items = blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0);
      expect(dom.querySelectorAll('li')).toHaveLength(items);
      const rows = blocks.reduce((n, b) => n + (b.kind === 'table' ? b.rows.length + 1 : 0), 0);
      expect(dom.querySelectorAll('tr')).toHaveLength(rows);
      // Headings read as typed: a "#" is kept, never taken for the heading's closing sequence.
      const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect([...dom.querySelectorAll('h3')].map((h) => flat(h.textContent ?? ''))).toEqual(
        blocks.flatMap((b) =>
          b.kind === 'heading' && b.level === 3 ? [flat(b.content.map(inlineText).join(''))] : [],
        ),
      );
      expect([...dom.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Agency #1 ###');
    }
  });

  it('text: no control or bidirectional-override character comes out', () => {
    for (const doc of documents) expect(hasUnsafeCharacter(renderText(doc))).toBe(false);
  });

  it('DOCX: every XML part stays well-formed and holds the text escaped', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    for (const doc of documents.slice(0, 3)) {
      const files = unzipSync(await renderDocx(doc));
      for (const [name, bytes] of Object.entries(files)) {
        if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
        expect(XMLValidator.validate(strFromU8(bytes)), name).toBe(true);
      }
      const body = strFromU8(files['word/document.xml'] as Uint8Array);
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).not.toContain('<script');
    }
  });

  it('PDF: every document renders, reads back whole, and holds the text as typed, in the tree', {
    timeout: HEAVY_TEST_MS,
  }, async () => {
    // The agreement and the MOU in French, English and side by side: six files, the longest
    // payload (10,000 letters with no space) in a paragraph, a list item and a RACI cell.
    for (const doc of documents.slice(0, 6)) {
      const bytes = await renderPdf(doc);
      expect(infoOf(bytes).Tagged).toBe('yes');
      const { pages } = await readWithPdfjs(bytes);
      const text = pages.map((page) => pageTextOf(page)).join('');
      expect(hasUnsafeCharacter(text)).toBe(false);
      const flat = text.replace(/\s+/g, '');
      expect(flat).toContain('<script>alert(1)</script>');
      expect(flat).toContain(']]>and&amp;and&lt;');
      expect(flat).toContain('x'.repeat(1000));
      const tagged = pages.flatMap((page) => pageElements(page).filter((n) => n.role !== 'Root'));
      expect(tagged.filter((n) => n.lang !== 'fr-CA' && n.lang !== 'en-CA')).toEqual([]);
    }
  });
});
