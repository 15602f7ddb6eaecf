import type { DocBlock, DocInline, PartnershipDocument } from '../document/document.types';
import { cleanText, inlineText } from './clean-text';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text so Markdown shows it as typed. HTML's special characters become entities (raw
 * HTML passes through Markdown renderers); the characters that make inline syntax anywhere in a
 * line are backslash-escaped (no emphasis, code, link, image, table cell or strikethrough can
 * form); and what starts a block at the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`) is
 * escaped there. Following lines lose their leading spaces, so none becomes a code block.
 */
function escapeMarkdown(value: string): string {
  return cleanText(value)
    .replace(/[\\`*_[\]<>&|~!]/g, (char) => ENTITIES[char] ?? `\\${char}`)
    .split('\n')
    .map((line, i) =>
      (i === 0 ? line : line.trimStart())
        .replace(/^([#>+=-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

function inline(item: DocInline, inTable: boolean): string {
  const escaped = escapeMarkdown(inlineText(item));
  // A line break ends a table row: inside tables, a space instead; elsewhere a hard break.
  const broken = inTable ? escaped.replaceAll('\n', ' ') : escaped.replaceAll('\n', '\\\n');
  return item.kind === 'field' && item.value === undefined ? `**${broken}**` : broken;
}

const inlines = (items: readonly DocInline[], inTable = false) =>
  items.map((i) => inline(i, inTable)).join('');

function block(item: DocBlock): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${inlines(item.content).trimStart()}`;
    case 'paragraph':
      // A paragraph that starts with spaces would be an indented code block.
      return item.guidance ? `> _${inlines(item.content)}_` : inlines(item.content).trimStart();
    case 'list':
      return item.items.map((entry) => `- ${inlines(entry).trimStart()}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
      return [
        row(item.header.map((cell) => inlines(cell, true))),
        row(item.header.map(() => '---')),
        ...item.rows.map((cells) => row(cells.map((cell) => inlines(cell, true)))),
      ].join('\n');
    }
  }
}

/**
 * Renders a document as Markdown (CommonMark with GFM tables): `#` title, `##` sections, `###`
 * organizations, lists, pipe tables, missing values in bold `[placeholders]`. Text typed by
 * people can never become Markdown or HTML: no links, images, raw tags or code blocks can come
 * out of it. For `fr-en`, each section gives its French part, then its English part.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(buildDocument('partnership-agreement', partnership, { locale: 'en' }));
 * ```
 */
export function renderMarkdown(document: PartnershipDocument): string {
  const title = `# ${document.title.map((t) => escapeMarkdown(t.text)).join(' / ')}`;
  const body = document.sections.flatMap((section) =>
    section.parts.flatMap((part) => part.blocks.map(block)),
  );
  return `${[title, ...body].join('\n\n')}\n`;
}
