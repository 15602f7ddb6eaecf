import type { DocBlock, DocInline, PartnershipDocument } from '../document/document.types';
import { cleanText, inlineText } from './clean-text';

const inlines = (items: readonly DocInline[]) => items.map(inlineText).join('');

function block(item: DocBlock): string {
  switch (item.kind) {
    case 'heading': {
      const line = inlines(item.content);
      return `${line}\n${(item.level === 2 ? '=' : '-').repeat(Math.max(3, Math.min(line.length, 72)))}`;
    }
    case 'paragraph':
      return item.guidance ? `(${inlines(item.content)})` : inlines(item.content);
    case 'list':
      return item.items
        .map((entry) => `  - ${inlines(entry).replaceAll('\n', '\n    ')}`)
        .join('\n');
    case 'table':
      // Rows as "header: value" lines read well in e-mail and screen readers alike.
      return item.rows
        .map((row) =>
          row
            .map((cell, i) =>
              `${inlines(item.header[i] ?? [])}: ${inlines(cell).replaceAll('\n', ' ')}`.trimEnd(),
            )
            .join('\n'),
        )
        .join('\n\n');
  }
}

/**
 * Renders a document as plain text, for e-mail or a text area: underlined headings, indented
 * lists, each table row as `column: value` lines, missing values as `[placeholders]`. Control
 * and bidirectional-override characters are removed from typed text.
 *
 * @example
 * ```ts
 * const text = renderText(buildDocument('mou', partnership, { locale: 'en' }));
 * ```
 */
export function renderText(document: PartnershipDocument): string {
  const title = document.title.map((t) => cleanText(t.text)).join(' / ');
  const body = document.sections.flatMap((section) =>
    section.parts.flatMap((part) => part.blocks.map(block)),
  );
  return `${[title.toUpperCase(), ...body].join('\n\n')}\n`;
}
