import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  DocBlock,
  DocInline,
  DocPart,
  DocumentLanguage,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, inlineText, languageTag } from '../render/clean-text';

type Child = Paragraph | Table;

/** Runs for one inline; line breaks inside a value become Word line breaks. */
function runs(
  item: DocInline,
  lang: DocumentLanguage,
  style: { bold?: boolean; italics?: boolean } = {},
): TextRun[] {
  // A value standing in for a missing translation is spell-checked in its own language.
  const language = { value: languageTag(item.kind === 'field' && item.lang ? item.lang : lang) };
  const missing = item.kind === 'field' && item.value === undefined;
  // docx escapes XML itself; cleanText removes what XML cannot hold at all (NUL, U+FFFF…).
  return inlineText(item)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          language,
          ...style,
          break: i > 0 ? 1 : 0,
          ...(missing ? { highlight: 'yellow' as const } : {}),
        }),
    );
}

const paragraph = (
  content: readonly DocInline[],
  lang: DocumentLanguage,
  extra: ConstructorParameters<typeof Paragraph>[0] = {},
) =>
  new Paragraph({
    ...(typeof extra === 'string' ? {} : extra),
    children: content.flatMap((item) => runs(item, lang)),
  });

function table(item: Extract<DocBlock, { kind: 'table' }>, lang: DocumentLanguage): Table {
  const header = new TableRow({
    tableHeader: true, // repeated at the top of every page the table spans
    children: item.header.map(
      (cell) =>
        new TableCell({
          children: [
            new Paragraph({
              children: cell.flatMap((inline) => runs(inline, lang, { bold: true })),
            }),
          ],
        }),
    ),
  });
  const rows = item.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        ...(item.role === 'signatures' ? { height: { value: 900, rule: 'atLeast' as const } } : {}),
        children: row.map((cell) => new TableCell({ children: [paragraph(cell, lang)] })),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function blocks(part: DocPart): Child[] {
  return part.blocks.flatMap((item): Child[] => {
    switch (item.kind) {
      case 'heading':
        return [
          paragraph(item.content, part.lang, {
            heading: item.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          }),
        ];
      case 'paragraph':
        return [
          item.guidance
            ? new Paragraph({
                children: item.content.flatMap((c) => runs(c, part.lang, { italics: true })),
              })
            : paragraph(item.content, part.lang),
        ];
      case 'list':
        return item.items.map((entry) => paragraph(entry, part.lang, { bullet: { level: 0 } }));
      case 'table':
        return [table(item, part.lang)];
      default:
        return [];
    }
  });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** The Word document for a built document: French and English parts in two columns for `fr-en`. */
function wordDocument(document: PartnershipDocument): Document {
  const children: Child[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: document.title.flatMap((t, i) => [
        ...(i > 0 ? [new TextRun({ text: ' / ' })] : []),
        new TextRun({ text: cleanText(t.text), language: { value: languageTag(t.lang) } }),
      ]),
    }),
  ];
  for (const section of document.sections) {
    if (section.parts.length === 1) {
      children.push(...blocks(section.parts[0] as DocPart));
    } else {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: noBorders,
          rows: [
            new TableRow({
              children: section.parts.map(
                (part) =>
                  new TableCell({
                    width: { size: 50, type: WidthType.PERCENTAGE },
                    borders: noBorders,
                    children: blocks(part),
                  }),
              ),
            }),
          ],
        }),
      );
    }
  }
  const first = document.title[0]?.lang ?? 'fr';
  return new Document({
    creator: 'partnership-kit',
    title: document.title.map((t) => cleanText(t.text)).join(' / '),
    styles: { default: { document: { run: { language: { value: languageTag(first) } } } } },
    sections: [{ children }],
  });
}

// The part of the DOCX entry that imports docx itself, loaded by render-docx.ts on first use:
// docx is an optional peer dependency (see ../optional-peer.ts). Kept as static imports so that
// bundlers tree-shake docx here, in the chunk of its own this module becomes.

/** The bytes of the Word file for a built document (see renderDocx). */
export async function writeDocx(document: PartnershipDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(wordDocument(document)));
}

/** The Word file for a built document as a Blob (see renderDocxBlob). */
export async function writeDocxBlob(
  document: PartnershipDocument,
): ReturnType<typeof Packer.toBlob> {
  return Packer.toBlob(wordDocument(document));
}
