import type {
  DocBlock,
  DocContent,
  DocInline,
  DocPart,
  DocSection,
  DocSignatureGroup,
  DocSignatureLine,
  DocumentLanguage,
  DocVariants,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, contentText, inlineText, languageTag } from './clean-text';
import { PAGE_LABELS, sectionAttributes } from './document-markup';
import { DOCUMENT_CSS } from './document-styles';

/** Escapes text for HTML content and attribute values. */
function escapeHtml(value: string): string {
  return cleanText(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const withBreaks = (escaped: string) => escaped.replaceAll('\n', '<br>');

function inline(item: DocInline): string {
  if (item.kind === 'text') return withBreaks(escapeHtml(item.text));
  const field = `data-field="${escapeHtml(item.fieldId)}"`;
  if (item.value === undefined) {
    return `<mark data-part="missing-field" ${field}>${escapeHtml(inlineText(item))}</mark>`;
  }
  // <bdi>: a value typed in another script cannot reorder the sentence around it. A value in the
  // other language (a missing translation) says so, for screen readers and spell-checkers.
  const fallback = item.lang ? ` lang="${languageTag(item.lang)}" data-fallback=""` : '';
  return `<span ${field}${fallback}><bdi>${withBreaks(escapeHtml(item.value))}</bdi></span>`;
}

const inlines = (items: DocContent) => items.map(inline).join('');

const variants = (items: DocVariants) =>
  items.map((v) => `<span lang="${languageTag(v.lang)}">${inlines(v.content)}</span>`).join(' / ');

const signatureLine = (line: DocSignatureLine) =>
  `<p data-part="signature-line">${line.segments.map(variants).join('')}${line.rule ? '<span data-part="rule"></span>' : ''}</p>`;

function signatureGroup(group: DocSignatureGroup): string {
  const byline = group.byline
    ? `<p data-part="signature-byline">${variants(group.byline)}</p>`
    : '';
  const signatories = group.signatories
    .map((s) => `<div data-part="signatory">${s.lines.map(signatureLine).join('')}</div>`)
    .join('');
  return `<div data-part="signature-group"><p data-part="signature-organization">${inlines(group.organization)}</p>${byline}<div data-part="signatories">${signatories}</div></div>`;
}

function table(item: Extract<DocBlock, { kind: 'table' }>): string {
  const align = (i: number) => (item.align?.[i] ? ` data-align="${item.align[i]}"` : '');
  const labels = item.header.map((cell) => escapeHtml(contentText(cell)));
  const head = item.header
    .map((cell, i) => `<th scope="col"${align(i)}>${inlines(cell)}</th>`)
    .join('');
  const rows = item.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td data-label="${labels[i] ?? ''}"${align(i)}>${inlines(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  const role = item.role ? ` data-table="${item.role}"` : '';
  return `<div data-part="table-wrapper"><table${role}><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function block(item: DocBlock, headingOffset: number): string {
  switch (item.kind) {
    case 'heading': {
      const level = Math.min(6, item.level + headingOffset);
      return `<h${level}>${inlines(item.content)}</h${level}>`;
    }
    case 'paragraph':
      return item.guidance
        ? `<p data-guidance="">${inlines(item.content)}</p>`
        : `<p>${inlines(item.content)}</p>`;
    case 'list':
      return `<ul>${item.items.map((entry) => `<li>${inlines(entry)}</li>`).join('')}</ul>`;
    case 'table':
      return table(item);
    case 'signatures':
      return item.groups.map(signatureGroup).join('');
  }
}

const part = (p: DocPart, offset: number) =>
  `<div data-part="language" lang="${languageTag(p.lang)}">${p.blocks.map((b) => block(b, offset)).join('')}</div>`;

function section(s: DocSection, offset: number): string {
  const attributes = Object.entries(sectionAttributes(s))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const shared = s.shared?.length
    ? `<div data-part="shared">${s.shared.map((b) => block(b, offset)).join('')}</div>`
    : '';
  return `<section${attributes}>${s.parts.map((p) => part(p, offset)).join('')}${shared}</section>`;
}

/**
 * The document as an `<article data-pk-document>`, in the markup vocabulary the React preview
 * (`DocumentView`) also renders: the same elements and `data-*` attributes, so one stylesheet
 * lays out both. `headingLevel` is the level of the title; sections and sub-headings follow it.
 *
 * @example
 * ```ts
 * const article = renderDocumentArticle(buildDocument('mou', partnership, { locale: 'fr-en' }));
 * ```
 */
export function renderDocumentArticle(document: PartnershipDocument, headingLevel = 1): string {
  const offset = headingLevel - 1;
  const title = `<h${headingLevel}>${document.title
    .map((t) => `<span lang="${languageTag(t.lang)}">${escapeHtml(t.text)}</span>`)
    .join(' / ')}</h${headingLevel}>`;
  const name = `<p data-part="partnership-name">${variants(document.name)}</p>`;
  const sections = document.sections.map((s) => section(s, offset)).join('\n');
  return `<article data-pk-document="" data-locale="${document.locale}">\n<header data-part="title-block">${title}${name}</header>\n${sections}\n</article>`;
}

/** The page around the document: Letter paper, margins, page numbers in each language. */
function pageStyles(languages: readonly DocumentLanguage[]): string {
  const counter = languages
    .map((lang) => {
      const [page, of] = PAGE_LABELS[lang];
      return `"${page} " counter(page) " ${of} " counter(pages)`;
    })
    .join(' " / " ');
  return `
body { margin: 0; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1rem; }
@page { size: letter; margin: 0.75in 0.75in 0.9in; @bottom-center { content: ${counter}; font: 9pt Arial, "Liberation Sans", sans-serif; } }
@media print { main { max-width: none; padding: 0; } }`;
}

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Leave out the built-in stylesheet, to style the page yourself. */
  readonly unstyled?: boolean;
}

/**
 * Renders a document as a standalone, printable HTML page: `lang` set on the page and on each
 * language part, the title with the partnership's name, numbered sections, tables whose header
 * rows repeat on every printed page, the signature block (signed once in a two-language
 * document), and print CSS for Letter paper with « Page 2 de 5 » / "Page 2 of 5" at the foot of
 * each page. Side by side (`fr-en`, `en-fr`), the languages are two aligned columns, section by
 * section, that never overflow the page and stack on a phone. Every value typed by people is
 * escaped, and stripped of control and bidirectional-override characters; missing values
 * appear as highlighted `[placeholders]`; a value standing in for a missing translation
 * carries its real language (`lang`).
 *
 * @example
 * ```ts
 * const html = renderHtml(buildDocument('mou', partnership, { locale: 'fr' }));
 * await writeFile('protocole.html', html);
 * ```
 */
export function renderHtml(document: PartnershipDocument, options: RenderHtmlOptions = {}): string {
  const first = document.title[0]?.lang ?? 'fr';
  const title = document.title.map((t) => escapeHtml(t.text)).join(' / ');
  const languages = document.title.map((t) => t.lang);
  const style = options.unstyled
    ? ''
    : `<style>\n${DOCUMENT_CSS}${pageStyles(languages)}\n</style>`;
  return `<!DOCTYPE html>
<html lang="${languageTag(first)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${style}
</head>
<body>
<main>
${renderDocumentArticle(document)}
</main>
</body>
</html>
`;
}
