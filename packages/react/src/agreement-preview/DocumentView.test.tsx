import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPartnership, type Partnership } from '@partnership-kit/core';
import {
  buildDocument,
  DOCUMENT_CSS,
  type DocumentLocale,
  type DocumentTemplateId,
  type PartnershipDocument,
  renderHtml,
  renderText,
} from '@partnership-kit/templates';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DocumentView } from './DocumentView';

// The preview and the exports are one document: the same words in the same order as the text
// export, the same markup as the HTML export, the same text cleaning as every export.

/** Words in order, as a reader gets them: no decoration, no spacing differences, no case. */
function normalize(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^[=-]{3,}$/.test(line.trim())) // heading underlines of the text export
    .map((line) => line.replace(/^\s*- /, '')) // its list bullets
    .join('\n')
    .replace(/_{3,}/g, '') // the lines to sign on
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/ ?: ?/g, ': ') // French and English spacing around a colon
    .toLocaleLowerCase('fr-CA') // the text export's title is in capitals
    .trim();
}

/**
 * The preview's text read as the text export writes it: one block a line, line breaks kept,
 * each table row as "header: value" lines (the header row itself is not read twice).
 */
function readAloud(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (!(node instanceof HTMLElement)) return '';
  if (node.tagName === 'BR') return '\n';
  if (node.tagName === 'TABLE') {
    const headers = [...node.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...node.querySelectorAll('tbody tr')]
      .map((tr) => [...tr.children].map((td, i) => `${headers[i]}: ${readAloud(td)}`).join('\n'))
      .join('\n\n');
  }
  const inner = [...node.childNodes].map(readAloud).join('');
  return /^(P|H\d|LI|DIV|SECTION|HEADER|UL|ARTICLE)$/.test(node.tagName) ? `\n${inner}\n` : inner;
}

const cases: [string, DocumentTemplateId, Partnership, DocumentLocale, boolean][] = [
  ['case study 1 MOU', 'mou', caseStudy1, 'fr', false],
  ['case study 1 MOU', 'mou', caseStudy1, 'en', false],
  ['case study 1 MOU', 'mou', caseStudy1, 'fr-en', false],
  ['case study 2 agreement', 'partnership-agreement', caseStudy2, 'fr', false],
  ['case study 2 agreement', 'partnership-agreement', caseStudy2, 'en-fr', true],
  ['one-language sample (translations missing)', 'mou', oneLanguageSample, 'fr', false],
  [
    'empty partnership (placeholders)',
    'partnership-agreement',
    createPartnership({ id: 'p' }),
    'fr-en',
    true,
  ],
];

describe('DocumentView', () => {
  describe.each(cases)('given the %s in %s', (_name, templateId, partnership, locale, guidance) => {
    const doc = buildDocument(templateId, partnership, { locale, includeGuidance: guidance });

    it('shows the text that renderText writes, word for word', () => {
      const { container } = render(<DocumentView document={doc} />);
      const article = container.querySelector('[data-pk-document]') as HTMLElement;
      expect(normalize(readAloud(article))).toBe(normalize(renderText(doc)));
    });

    it('renders the markup renderHtml writes: the same elements, attributes and text', () => {
      const parse = (html: string) => {
        const host = document.createElement('div');
        host.innerHTML = html;
        return host.querySelector('[data-pk-document]') as HTMLElement;
      };
      const preview = parse(renderToStaticMarkup(<DocumentView document={doc} headingLevel={1} />));
      const exported = parse(renderHtml(doc));
      expect(canonical(preview)).toEqual(canonical(exported));
    });
  });

  it('strips the control and bidirectional characters the exports strip, and nothing else', () => {
    const hostile = '\u202Egnp.exe\u202C Agence\u0000 A\u2066 \u00e9t\u00e9\r\n2e ligne';
    const doc = buildDocument(
      'mou',
      { ...caseStudy1, purpose: { fr: hostile, en: hostile } },
      { locale: 'fr' },
    );
    const { container } = render(<DocumentView document={doc} />);
    const purpose = container.querySelector('[data-field="partnership.purpose"]');
    expect(purpose?.textContent).toBe('gnp.exe Agence A été2e ligne');
    expect(purpose?.querySelectorAll('br')).toHaveLength(1);
    const unsafe = [...(container.textContent ?? '')].filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return (
        code < 0x09 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
      );
    });
    expect(unsafe).toEqual([]);
  });

  it('tags each language part and the signature block’s texts with their language', () => {
    const doc: PartnershipDocument = buildDocument('partnership-agreement', caseStudy2, {
      locale: 'fr-en',
    });
    const { container } = render(<DocumentView document={doc} headingLevel={3} />);
    const parts = [...container.querySelectorAll('section > [data-part="language"]')];
    expect(parts.map((p) => p.getAttribute('lang')).slice(0, 2)).toEqual(['fr-CA', 'en-CA']);
    const byline = container.querySelector('[data-part="signature-byline"]');
    expect(
      [...(byline?.querySelectorAll('[lang]') ?? [])].map((s) => s.getAttribute('lang')),
    ).toEqual(['fr-CA', 'en-CA']);
    expect(container.querySelector('h3')?.textContent).toBe(
      'Accord de partenariat / Partnership agreement',
    );
    expect(container.querySelectorAll('h4').length).toBeGreaterThan(20);
  });
});

describe('styles/document.css', () => {
  it('is the stylesheet the HTML export embeds (DOCUMENT_CSS), so preview and export look alike', () => {
    const file = path.join(import.meta.dirname, '..', 'styles', 'document.css');
    // To update: write DOCUMENT_CSS from @partnership-kit/templates into src/styles/document.css.
    expect(readFileSync(file, 'utf8')).toBe(DOCUMENT_CSS);
  });
});

/** An element as tag, attributes and children, adjacent text merged and whitespace collapsed. */
function canonical(element: Element): unknown {
  const children: unknown[] = [];
  let text = '';
  const flush = () => {
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed.trim()) children.push(collapsed);
    text = '';
  };
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node instanceof Element) {
      flush();
      children.push(canonical(node));
    }
  }
  flush();
  const attributes = Object.fromEntries(
    [...element.attributes]
      .map((a): [string, string] => [a.name, a.value])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { tag: element.tagName, attributes, children };
}
