import { typeset } from '@partnership-kit/core/format';
import type {
  DocBlock,
  DocContent,
  DocSignatureLine,
  DocumentLanguage,
  DocVariants,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, inlineText } from './clean-text';

const inlines = (items: DocContent) => items.map(inlineText).join('');

/** Variants one after the other, separated by " / ". */
const variants = (items: DocVariants) => items.map((v) => inlines(v.content)).join(' / ');

/** The underscores a signature or a handwritten date goes on. */
export const TEXT_RULE = /* @__PURE__ */ (() => '_'.repeat(30))();

const signatureLine = (line: DocSignatureLine) =>
  `${line.segments.map(variants).join('')}${line.rule ? TEXT_RULE : ''}`.trimEnd();

function table(item: Extract<DocBlock, { kind: 'table' }>, lang: DocumentLanguage): string {
  // Rows as "header: value" lines read well in e-mail and screen readers alike; the colon gets
  // the language's typography from the same function as the rest of the document.
  const label = (i: number) =>
    typeset(`${inlines(item.header[i] ?? [])}: `, lang, { userText: true });
  return item.rows
    .map((row) =>
      row
        .map((cell, i) => `${label(i)}${inlines(cell).replaceAll('\n', ' ')}`.trimEnd())
        .join('\n'),
    )
    .join('\n\n');
}

function block(item: DocBlock, lang: DocumentLanguage): string {
  switch (item.kind) {
    case 'heading': {
      const line = inlines(item.content);
      return `${line}\n${(item.level === 2 ? '=' : '-').repeat(Math.max(3, Math.min(line.length, 72)))}`;
    }
    case 'paragraph':
      return inlines(item.content);
    case 'list':
      return item.items
        .map((entry) => `  - ${inlines(entry).replaceAll('\n', '\n    ')}`)
        .join('\n');
    case 'table':
      return table(item, lang);
    case 'signatures':
      return item.groups
        .map((group) =>
          [
            [inlines(group.organization), ...(group.byline ? [variants(group.byline)] : [])].join(
              '\n',
            ),
            ...group.signatories.map((s) => s.lines.map(signatureLine).join('\n')),
          ].join('\n\n'),
        )
        .join('\n\n');
  }
}

/**
 * Renders a document as plain text, for e-mail or a text area: the title and the partnership's
 * name, underlined headings, indented lists, each table row as `column : value` lines, the
 * signature block with lines to sign on, missing values as `[placeholders]`. Both languages of a
 * two-language document come section by section, French part then English part (or the other
 * way for `en-fr`). Control and bidirectional-override characters are removed from typed text.
 *
 * @example
 * ```ts
 * const text = renderText(buildDocument('mou', partnership, { locale: 'en' }));
 * ```
 */
export function renderText(document: PartnershipDocument): string {
  const title = document.title.map((t) => cleanText(t.text)).join(' / ');
  const body = document.sections.flatMap((section) => [
    ...section.parts.flatMap((part) => part.blocks.map((b) => block(b, part.lang))),
    ...(section.shared ?? []).map((b) => block(b, section.parts[0]?.lang ?? 'fr')),
  ]);
  return `${[`${title.toUpperCase()}\n${variants(document.name)}`, ...body].join('\n\n')}\n`;
}
