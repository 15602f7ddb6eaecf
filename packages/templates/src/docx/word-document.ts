import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type {
  DocBlock,
  DocPart,
  DocSection,
  DocumentLanguage,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, languageTag } from '../render/clean-text';
import { PAGE_LABELS, sectionLayout } from '../render/document-markup';
import { blockChildren, CELL_MARGIN, type Child, NO_BORDERS, variantRuns } from './docx-blocks';
import { WORD_STYLES } from './docx-styles';

/** Letter paper, 1-inch margins, in twips (twentieths of a point). */
const PAGE = { width: 12_240, height: 15_840, margin: 1440 } as const;
const PORTRAIT_WIDTH = /* @__PURE__ */ (() => PAGE.width - 2 * PAGE.margin)();
const LANDSCAPE_WIDTH = /* @__PURE__ */ (() => PAGE.height - 2 * PAGE.margin)();
/** The space between the two language columns, in twips (0.3 in). */
const GUTTER = 432;

/**
 * Blocks one after the other; `fits` false when a table in them needs more width. A block just
 * before a table is kept with it; `keepAll` keeps every block with the next (the words before
 * the signature block).
 */
function stack(
  blocks: readonly DocBlock[],
  lang: DocumentLanguage,
  available: number,
  keepAll = false,
) {
  const built = blocks.map((block, i) =>
    blockChildren(block, lang, available, {
      keepNext: keepAll || blocks[i + 1]?.kind === 'table',
    }),
  );
  return { children: built.flatMap((b) => b.children), fits: built.every((b) => b.fits) };
}

/**
 * Two languages side by side, aligned block by block (Canadian parallel columns): a borderless
 * table, one row per block, each language in its column. A heading's row stays with the next.
 */
function columns(parts: readonly DocPart[], available: number, keepAll: boolean): Table {
  const width = Math.floor(available / 2);
  const count = Math.max(...parts.map((p) => p.blocks.length));
  const rows = Array.from({ length: count }, (_, i) => {
    const heading = parts.some((p) => p.blocks[i]?.kind === 'heading');
    return new TableRow({
      ...(heading || keepAll ? { keepNext: true, cantSplit: true } : {}),
      children: parts.map((part, column) => {
        const block = part.blocks[i];
        const inner = width - CELL_MARGIN - GUTTER / 2;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          borders: NO_BORDERS,
          margins:
            column === 0
              ? { left: 0, right: GUTTER / 2, top: 0, bottom: 0 }
              : { left: GUTTER / 2, right: 0, top: 0, bottom: 0 },
          children: block
            ? blockChildren(block, part.lang, inner).children
            : [new Paragraph({ children: [] })],
        });
      }),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: parts.map(() => width),
    width: { size: width * parts.length, type: WidthType.DXA },
    borders: NO_BORDERS,
    rows,
  });
}

/** A section's Word content at a page width: its parts (side by side or stacked), then its shared blocks. */
function sectionChildren(section: DocSection, available: number) {
  const [first] = section.parts;
  const { parts } = section;
  // The words before the signature block stay on its page.
  const keepAll = section.role === 'signatures';
  const built =
    parts.length > 1 && sectionLayout(section) === 'columns'
      ? { children: [columns(parts, available, keepAll)] as Child[], fits: true }
      : (() => {
          const each = parts.map((part) => stack(part.blocks, part.lang, available, keepAll));
          return { children: each.flatMap((e) => e.children), fits: each.every((e) => e.fits) };
        })();
  const shared = stack(section.shared ?? [], first?.lang ?? 'fr', available);
  const children = [...built.children, ...shared.children];
  // Annexes start on a new page, as attachments to the signed document.
  if (section.role === 'annex')
    children.unshift(new Paragraph({ pageBreakBefore: true, children: [] }));
  return { children, fits: built.fits && shared.fits };
}

/** "Page 2 de 5" / "Page 2 of 5" (both in a two-language document), centred at the foot. */
function footer(languages: readonly DocumentLanguage[]): Footer {
  const children = languages.flatMap((lang, i) => {
    const [page, of] = PAGE_LABELS[lang];
    const language = { value: languageTag(lang) };
    return [
      ...(i > 0 ? [new TextRun({ text: ' / ' })] : []),
      new TextRun({
        language,
        children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES],
      }),
    ];
  });
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, style: 'Footer', children })],
  });
}

/** The title block: the document's title, then the partnership's name. */
function titleBlock(document: PartnershipDocument): Paragraph[] {
  return [
    new Paragraph({
      style: 'Title',
      children: document.title.flatMap((t, i) => [
        ...(i > 0 ? [new TextRun({ text: ' / ' })] : []),
        new TextRun({ text: cleanText(t.text), language: { value: languageTag(t.lang) } }),
      ]),
    }),
    new Paragraph({ style: 'Subtitle', children: variantRuns(document.name) }),
  ];
}

/**
 * The Word sections: consecutive document sections that fit a portrait page share one; a
 * section whose table needs more width (a RACI matrix with many roles) gets a landscape one.
 */
function wordSections(document: PartnershipDocument): ISectionOptions[] {
  const languages = document.title.map((t) => t.lang);
  const groups: { landscape: boolean; children: Child[] }[] = [
    { landscape: false, children: titleBlock(document) },
  ];
  for (const section of document.sections) {
    let built = sectionChildren(section, PORTRAIT_WIDTH);
    const landscape = !built.fits;
    if (landscape) built = sectionChildren(section, LANDSCAPE_WIDTH);
    const last = groups[groups.length - 1];
    if (last && last.landscape === landscape) last.children.push(...built.children);
    else groups.push({ landscape, children: built.children });
  }
  const foot = footer(languages);
  return groups.map((group) => ({
    properties: {
      page: {
        size: {
          width: PAGE.width,
          height: PAGE.height,
          orientation: group.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: PAGE.margin,
          bottom: PAGE.margin,
          left: PAGE.margin,
          right: PAGE.margin,
          footer: 576,
        },
      },
    },
    footers: { default: foot },
    children: group.children,
  }));
}

/** The Word document for a built document. */
function wordDocument(document: PartnershipDocument): Document {
  const first = document.title[0]?.lang ?? 'fr';
  return new Document({
    creator: 'partnership-kit',
    title: document.title.map((t) => cleanText(t.text)).join(' / '),
    styles: WORD_STYLES(languageTag(first)),
    sections: wordSections(document),
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
