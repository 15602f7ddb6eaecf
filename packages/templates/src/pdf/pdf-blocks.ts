import type { DocBlock, DocContent, DocumentLanguage } from '../document/document.types';
import { area, ensureSpace, rule } from './pdf-page';
import { signaturesHeight, writeSignatures } from './pdf-signatures';
import { tableHeight, tableStartHeight, writeTable } from './pdf-table';
import {
  contentPieces,
  element,
  INK,
  type PdfContext,
  piecesHeight,
  type StructElement,
  type TextBox,
  type TextStyle,
  writePieces,
} from './pdf-text';

// The look of the blocks, after the Word export's: 11 pt body text, bold headings with room
// above, advice for whoever fills the document in grey italics behind a rule, bulleted lists.

export const BODY: TextStyle = { style: 'regular', size: 11 };
const HEADINGS: Record<2 | 3, TextStyle> = {
  2: { style: 'bold', size: 12.5 },
  3: { style: 'bold', size: 11 },
};
const GUIDANCE: TextStyle = { style: 'italic', size: 10.5, color: '#4a4a4a' };
/** Space before a heading and after each kind of block, in points. */
const SPACE = { heading: { 2: 14, 3: 8 }, afterHeading: 5, paragraph: 7, item: 4 } as const;
/** The space after a list, past its last item's. */
export const AFTER_LIST = SPACE.paragraph - SPACE.item;
const GUIDANCE_INDENT = 12;
/** About three lines of body text: a long block's start that must fit on its page. */
export const THREE_LINES = 46;
const LIST_INDENT = 16;

/** The first heading's text of some blocks: the section's title, for the outline. */
export function headingText(blocks: readonly DocBlock[]): DocContent | undefined {
  const heading = blocks.find((block) => block.kind === 'heading');
  return heading?.kind === 'heading' ? heading.content : undefined;
}

/** Whether a block stays on the page of what follows it: a heading, the words before a table or a list. */
export const keepsNext = (block: DocBlock | undefined, next: DocBlock | undefined) =>
  block?.kind === 'heading' ||
  (block?.kind === 'paragraph' && (next?.kind === 'table' || next?.kind === 'list'));

/** How tall a block prints in a width, spacing included, in points. */
export function blockHeight(
  ctx: PdfContext,
  block: DocBlock,
  lang: DocumentLanguage,
  width: number,
): number {
  switch (block.kind) {
    case 'heading':
      return (
        SPACE.heading[block.level] +
        piecesHeight(ctx, contentPieces(block.content, lang), width, HEADINGS[block.level]) +
        SPACE.afterHeading
      );
    case 'paragraph':
      return block.guidance
        ? piecesHeight(ctx, contentPieces(block.content, lang), width - GUIDANCE_INDENT, GUIDANCE) +
            SPACE.paragraph
        : piecesHeight(ctx, contentPieces(block.content, lang), width, BODY) + SPACE.paragraph;
    case 'list':
      return block.items.reduce(
        (sum, item) => sum + itemHeight(ctx, item, lang, width),
        AFTER_LIST,
      );
    case 'table':
      return tableHeight(ctx, block, lang, width);
    case 'signatures':
      return signaturesHeight(ctx, block, lang, width);
  }
}

/**
 * How much of a block must fit on a page for it to start there: a short block whole, a long
 * paragraph its first lines, a list its first item, a table its header and first row.
 */
export function blockStartHeight(
  ctx: PdfContext,
  block: DocBlock,
  lang: DocumentLanguage,
  width: number,
): number {
  switch (block.kind) {
    case 'list': {
      const [first] = block.items;
      return first ? Math.min(itemHeight(ctx, first, lang, width), THREE_LINES) : 0;
    }
    case 'table':
      return tableStartHeight(ctx, block, lang, width);
    case 'signatures':
      return 0; // the block keeps each organization together itself
    default: {
      const height = blockHeight(ctx, block, lang, width);
      return height <= 3 * THREE_LINES ? height : THREE_LINES;
    }
  }
}

/** A heading, a paragraph or advice: one element holding the text. */
function writeText(
  ctx: PdfContext,
  parent: StructElement,
  type: string,
  content: DocContent,
  lang: DocumentLanguage,
  box: TextBox,
  style: TextStyle,
): void {
  const pieces = contentPieces(content, lang);
  if (pieces.length === 0) return;
  const text = element(ctx, type, lang);
  parent.add(text);
  writePieces(ctx, text, pieces, lang, box, style);
  text.end();
}

/**
 * One item of a bulleted list (L): an LI with its bullet (Lbl) and its text (LBody), at `doc.y`.
 * Side by side, each item is a row of its own, so a list can go on on the next page.
 */
export function writeListItem(
  ctx: PdfContext,
  list: StructElement,
  item: DocContent,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const { doc } = ctx;
  const entry = element(ctx, 'LI', lang);
  list.add(entry);
  const y = doc.y;
  const label = element(ctx, 'Lbl', lang);
  entry.add(label);
  label.add(() => {
    doc.font(ctx.fonts.main('regular')).fontSize(BODY.size).fillColor(INK);
    doc.text('•', box.x + 4, y, { lineBreak: false });
  });
  label.end();
  doc.y = y;
  const body = element(ctx, 'LBody', lang);
  entry.add(body);
  const indented = { x: box.x + LIST_INDENT, width: box.width - LIST_INDENT };
  writePieces(ctx, body, contentPieces(item, lang), lang, indented, BODY);
  body.end();
  entry.end();
  doc.y += SPACE.item;
}

/** Starts a list (L) in `parent`; its items follow with {@link writeListItem}. */
export function openList(ctx: PdfContext, parent: StructElement, lang: DocumentLanguage) {
  const list = element(ctx, 'L', lang);
  parent.add(list);
  return list;
}

/** How tall a list item prints, spacing included. */
export function itemHeight(
  ctx: PdfContext,
  item: DocContent,
  lang: DocumentLanguage,
  width: number,
): number {
  return piecesHeight(ctx, contentPieces(item, lang), width - LIST_INDENT, BODY) + SPACE.item;
}

function writeList(
  ctx: PdfContext,
  parent: StructElement,
  items: readonly DocContent[],
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const list = openList(ctx, parent, lang);
  for (const item of items) {
    // An item's first lines stay together; a long one may go on on the next page.
    ensureSpace(ctx, Math.min(itemHeight(ctx, item, lang, box.width), THREE_LINES));
    writeListItem(ctx, list, item, lang, box);
  }
  list.end();
}

/**
 * Prints a block at `doc.y` in a box, its elements added to `parent`, each in `lang`; `doc.y`
 * ends below it, spacing included.
 */
export function writeBlock(
  ctx: PdfContext,
  parent: StructElement,
  block: DocBlock,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const { doc } = ctx;
  switch (block.kind) {
    case 'heading':
      doc.y += SPACE.heading[block.level];
      writeText(ctx, parent, `H${block.level}`, block.content, lang, box, HEADINGS[block.level]);
      doc.y += SPACE.afterHeading;
      return;
    case 'paragraph': {
      if (!block.guidance) {
        writeText(ctx, parent, 'P', block.content, lang, box, BODY);
        doc.y += SPACE.paragraph;
        return;
      }
      const { page } = doc;
      const top = doc.y;
      const inner = { x: box.x + GUIDANCE_INDENT, width: box.width - GUIDANCE_INDENT };
      writeText(ctx, parent, 'P', block.content, lang, inner, GUIDANCE);
      // The rule beside advice, on the page the advice ends on (from its top when it went on).
      const from = doc.page === page ? top : area(ctx).top;
      rule(ctx, [box.x + 2, from], [box.x + 2, doc.y], { width: 2 });
      doc.y += SPACE.paragraph;
      return;
    }
    case 'list':
      writeList(ctx, parent, block.items, lang, box);
      doc.y += AFTER_LIST;
      return;
    case 'table':
      writeTable(ctx, parent, block, lang, box);
      return;
    case 'signatures':
      writeSignatures(ctx, parent, block, lang, box);
      return;
  }
}
