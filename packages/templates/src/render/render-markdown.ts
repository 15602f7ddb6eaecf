import type {
  DocBlock,
  DocContent,
  DocInline,
  DocSignatureLine,
  DocVariants,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, inlineText } from './clean-text';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text so Markdown shows it as typed and its structure never changes. HTML's special
 * characters become entities (raw HTML passes through Markdown renderers); the characters that
 * make inline syntax anywhere in a line are backslash-escaped (no emphasis, code, link, image,
 * table cell, heading closer or strikethrough can form); every line that starts a Markdown line
 * loses its leading spaces (up to three spaces still start a heading or a list, four a code
 * block) — `lineStart` says whether the text's first line does — and what starts a block there
 * (`>`, `-`, `+`, `=`, `1.`) is escaped.
 */
export function escapeMarkdown(value: string, lineStart = true): string {
  return cleanText(value)
    .replace(/[\\`*_[\]<>&|~!#]/g, (char) => ENTITIES[char] ?? `\\${char}`)
    .split('\n')
    .map((line, i) =>
      (i > 0 || lineStart ? line.replace(/^[ \t]+/, '') : line)
        .replace(/^([>+=-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** Where text lands: a line break ends a table row and a heading, so there it is replaced. */
type Context = 'text' | 'table' | 'heading';

const LINE_BREAK: Readonly<Record<Context, string>> = {
  text: '\\\n', // a hard break
  table: '<br>',
  heading: ' ',
};

function inline(item: DocInline, context: Context, lineStart: boolean): string {
  const broken = escapeMarkdown(inlineText(item), lineStart).replaceAll('\n', LINE_BREAK[context]);
  return item.kind === 'field' && item.value === undefined ? `**${broken}**` : broken;
}

/** Inlines one after the other: one starts a line when it comes first or after a line break. */
const inlines = (items: DocContent, context: Context = 'text') =>
  items
    .map((item, i) =>
      inline(item, context, i === 0 || /\n$/.test(inlineText(items[i - 1] as DocInline))),
    )
    .join('');

const variants = (items: DocVariants) => items.map((v) => inlines(v.content)).join(' / ');

const RULE = /* @__PURE__ */ (() => escapeMarkdown('_'.repeat(30)))();

const signatureLine = (line: DocSignatureLine) =>
  `${line.segments.map(variants).join('')}${line.rule ? RULE : ''}`.trimEnd();

function block(item: DocBlock): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${inlines(item.content, 'heading')}`;
    case 'paragraph':
      return item.guidance ? `> _${inlines(item.content)}_` : inlines(item.content);
    case 'list':
      // Continuation lines are indented, so they stay inside their item.
      return item.items.map((entry) => `- ${inlines(entry).replaceAll('\n', '\n  ')}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
      return [
        row(item.header.map((cell) => inlines(cell, 'table'))),
        row(item.header.map((_, i) => (item.align?.[i] === 'end' ? '---:' : '---'))),
        ...item.rows.map((cells) => row(cells.map((cell) => inlines(cell, 'table')))),
      ].join('\n');
    }
    case 'signatures':
      return item.groups
        .map((group) =>
          [
            [
              `**${inlines(group.organization)}**`,
              ...(group.byline ? [variants(group.byline)] : []),
            ].join('\\\n'),
            ...group.signatories.map((s) => s.lines.map(signatureLine).join('\\\n')),
          ].join('\n\n'),
        )
        .join('\n\n');
  }
}

/**
 * Renders a document as Markdown (CommonMark with GFM tables): `#` title with the partnership's
 * name under it, `##` sections, `###` sub-headings, lists, pipe tables, the signature block,
 * missing values in bold `[placeholders]`. Text typed by people can never become Markdown or
 * HTML, nor change the document's structure: no heading, list, quote, code block, link, image or
 * raw tag can come out of it, and line breaks inside table cells stay inside their cell. For
 * `fr-en`, each section gives its French part, then its English part.
 *
 * @example
 * ```ts
 * const md = renderMarkdown(buildDocument('partnership-agreement', partnership, { locale: 'en' }));
 * ```
 */
export function renderMarkdown(document: PartnershipDocument): string {
  const title = `# ${document.title.map((t) => escapeMarkdown(t.text)).join(' / ')}`;
  const body = document.sections.flatMap((section) => [
    ...section.parts.flatMap((part) => part.blocks.map(block)),
    ...(section.shared ?? []).map(block),
  ]);
  return `${[title, variants(document.name), ...body].join('\n\n')}\n`;
}
