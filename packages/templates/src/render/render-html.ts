import type { DocBlock, DocInline, DocPart, PartnershipDocument } from '../document/document.types';
import { cleanText, inlineText, languageTag } from './clean-text';

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
    return `<span class="pk-field pk-missing" ${field}>${escapeHtml(inlineText(item))}</span>`;
  }
  // <bdi>: a value typed in another script cannot reorder the sentence around it. A value in the
  // other language (a missing translation) says so, for screen readers and spell-checkers.
  const fallback = item.lang ? ` pk-fallback" lang="${languageTag(item.lang)}` : '';
  return `<span class="pk-field${fallback}" ${field}><bdi>${withBreaks(escapeHtml(item.value))}</bdi></span>`;
}

const inlines = (items: readonly DocInline[]) => items.map(inline).join('');

function block(item: DocBlock): string {
  switch (item.kind) {
    case 'heading':
      return `<h${item.level}>${inlines(item.content)}</h${item.level}>`;
    case 'paragraph':
      return item.guidance
        ? `<p class="pk-guidance">${inlines(item.content)}</p>`
        : `<p>${inlines(item.content)}</p>`;
    case 'list':
      return `<ul>${item.items.map((entry) => `<li>${inlines(entry)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = item.header.map((cell) => `<th scope="col">${inlines(cell)}</th>`).join('');
      const rows = item.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${inlines(cell)}</td>`).join('')}</tr>`)
        .join('');
      const role = item.role === 'signatures' ? ' class="pk-signatures"' : '';
      return `<table${role}><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

const part = (p: DocPart) =>
  `<div class="pk-part" lang="${languageTag(p.lang)}">${p.blocks.map(block).join('\n')}</div>`;

const STYLES = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
body { margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem; }
h1 { font-size: 1.75rem; margin: 0 0 1.5rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.pk-bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
.pk-guidance { font-style: italic; color: #4a4a4a; border-left: 3px solid #999; padding-left: 0.75rem; }
.pk-missing { background: #fff3c4; color: #5c4300; padding: 0 0.2em; border: 1px dashed #8a6d00; }
.pk-fallback { border-bottom: 2px dotted #8a6d00; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
.pk-signatures td { height: 3rem; }
@media print {
  @page { margin: 2cm; }
  main { max-width: none; padding: 0; }
  tr, h2, h3 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .pk-missing { border-style: solid; }
}`;

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Leave out the built-in stylesheet, to style the page yourself. */
  readonly unstyled?: boolean;
}

/**
 * Renders a document as a standalone, printable HTML page: `lang` set on the page and on each
 * language part, one `h1`, `h2` per section and `h3` per organization, tables with header rows
 * that repeat on every printed page, a signature table, and print CSS (both languages side by
 * side for `fr-en`). Every value typed by people is escaped, and stripped of control and
 * bidirectional-override characters; missing values appear as highlighted `[placeholders]`; a
 * value standing in for a missing translation carries its real language (`lang`).
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
  const heading =
    document.title.length > 1
      ? document.title
          .map((t) => `<span lang="${languageTag(t.lang)}">${escapeHtml(t.text)}</span>`)
          .join(' / ')
      : title;
  const sections = document.sections
    .map((section) => {
      const body =
        section.parts.length > 1
          ? `<div class="pk-bilingual">${section.parts.map(part).join('')}</div>`
          : section.parts.map(part).join('');
      return `<section class="pk-section" data-section="${escapeHtml(section.id)}">${body}</section>`;
    })
    .join('\n');
  const style = options.unstyled ? '' : `<style>${STYLES}\n</style>`;
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
<h1>${heading}</h1>
${sections}
</main>
</body>
</html>
`;
}
