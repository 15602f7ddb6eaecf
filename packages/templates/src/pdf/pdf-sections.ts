import type {
  DocBlock,
  DocPart,
  DocSection,
  DocumentLanguage,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, contentText } from '../render/clean-text';
import { sectionLayout } from '../render/document-markup';
import {
  AFTER_LIST,
  blockHeight,
  blockStartHeight,
  headingText,
  itemHeight,
  openList,
  writeBlock,
  writeListItem,
} from './pdf-blocks';
import {
  area,
  ensureSpace,
  isLandscape,
  MARGIN,
  newPage,
  pageHeight,
  withOverflowRoom,
} from './pdf-page';
import { tableLayout } from './pdf-table';
import {
  element,
  type PdfContext,
  type Piece,
  type StructElement,
  type TextBox,
  variantPieces,
  writePieces,
} from './pdf-text';

/** Letter's text width in portrait, and the space between two language columns (0.3 in). */
const PORTRAIT_WIDTH = 612 - 2 * MARGIN;
const GUTTER = 21.6;

/** The title (H1) and the partnership's name (P), centred, each language tagged. */
export function writeTitleBlock(
  ctx: PdfContext,
  root: StructElement,
  document: PartnershipDocument,
  lang: DocumentLanguage,
): void {
  const { doc } = ctx;
  const box = { x: area(ctx).left, width: area(ctx).width };
  const title: Piece[] = document.title.flatMap((t, i) => [
    ...(i > 0 ? [{ text: ' / ' }] : []),
    { text: cleanText(t.text), ...(t.lang === lang ? {} : { lang: t.lang }) },
  ]);
  const h1 = element(ctx, 'H1', lang);
  root.add(h1);
  writePieces(ctx, h1, title, lang, box, { style: 'bold', size: 18, align: 'center' });
  h1.end();
  doc.y += 6;
  const name = element(ctx, 'P', lang);
  root.add(name);
  writePieces(ctx, name, variantPieces(document.name, lang), lang, box, {
    style: 'bold',
    size: 13,
    align: 'center',
  });
  name.end();
  doc.y += 22;
}

/** Whether a block stays on the page of what follows it: a heading, the words before a table or a list. */
const keepsNext = (block: DocBlock | undefined, next: DocBlock | undefined) =>
  block?.kind === 'heading' ||
  (block?.kind === 'paragraph' && (next?.kind === 'table' || next?.kind === 'list'));

/**
 * Blocks one under the other in a box. Before each, what must fit on the page: the block's
 * start (see blockStartHeight), and with it the whole of a heading (or of the words introducing
 * a table or a list) and the start of what follows. `onStart` runs once the first block's page
 * is known.
 */
function writeFlow(
  ctx: PdfContext,
  parent: StructElement,
  blocks: readonly DocBlock[],
  lang: DocumentLanguage,
  box: TextBox,
  onStart: () => void,
): void {
  const start = (i: number): number => {
    const block = blocks[i];
    if (!block) return 0;
    return keepsNext(block, blocks[i + 1])
      ? blockHeight(ctx, block, lang, box.width) + start(i + 1)
      : blockStartHeight(ctx, block, lang, box.width);
  };
  blocks.forEach((block, i) => {
    ensureSpace(ctx, Math.min(start(i), pageHeight(ctx)));
    onStart();
    writeBlock(ctx, parent, block, lang, box);
  });
}

/**
 * A row of side-by-side parts: the blocks at one index, or one item of the lists at that index
 * (a list's items are rows of their own, so that a long list can go on on the next page).
 */
interface Row {
  readonly index: number;
  readonly item?: number;
  readonly height: number;
  /** Stays on the page of the next row (a heading, the words before a list). */
  readonly keepsNext: boolean;
}

function columnRows(ctx: PdfContext, section: DocSection, width: number): Row[] {
  const { parts } = section;
  const count = Math.max(...parts.map((p) => p.blocks.length));
  const rows: Row[] = [];
  for (let index = 0; index < count; index += 1) {
    const blocks = parts.map((p) => p.blocks[index]);
    const keeps = parts.some((p) => keepsNext(p.blocks[index], p.blocks[index + 1]));
    const lists = blocks.every((b) => b === undefined || b.kind === 'list');
    if (!lists) {
      const height = Math.max(
        ...parts.map((p, c) => {
          const block = blocks[c];
          return block ? blockHeight(ctx, block, p.lang, width) : 0;
        }),
      );
      rows.push({ index, height, keepsNext: keeps });
      continue;
    }
    const items = Math.max(...blocks.map((b) => (b?.kind === 'list' ? b.items.length : 0)));
    for (let item = 0; item < items; item += 1) {
      const height = Math.max(
        ...parts.map((p, c) => {
          const block = blocks[c];
          const entry = block?.kind === 'list' ? block.items[item] : undefined;
          return entry ? itemHeight(ctx, entry, p.lang, width) : 0;
        }),
      );
      const last = item === items - 1;
      rows.push({ index, item, height: height + (last ? AFTER_LIST : 0), keepsNext: false });
    }
  }
  return rows;
}

/** Prints one row's block (or list item) of one part in its column. */
function writeCell(
  ctx: PdfContext,
  div: StructElement,
  lists: Map<number, StructElement>,
  part: DocPart,
  row: Row,
  box: TextBox,
): void {
  const block = part.blocks[row.index];
  if (!block) return;
  if (row.item === undefined || block.kind !== 'list') {
    writeBlock(ctx, div, block, part.lang, box);
    return;
  }
  const entry = block.items[row.item];
  if (!entry) return;
  const list = lists.get(row.index) ?? openList(ctx, div, part.lang);
  lists.set(row.index, list);
  writeListItem(ctx, list, entry, part.lang, box);
  if (row.item === block.items.length - 1) {
    list.end();
    ctx.doc.y += AFTER_LIST;
  }
}

/**
 * Two languages side by side, aligned block by block (Canadian parallel columns), each language
 * a Div of its own in the structure tree: the whole French part, then the whole English part (or
 * the other way round), however the rows fall on the pages — a screen reader never goes back and
 * forth between the columns. A row never splits; a heading's row stays with the next.
 */
function writeColumns(
  ctx: PdfContext,
  sect: StructElement,
  section: DocSection,
  rows: readonly Row[],
  onStart: () => void,
): void {
  const { doc } = ctx;
  const { left, width } = area(ctx);
  const column = (width - GUTTER) / 2;
  const divs = section.parts.map((part) => {
    const div = element(ctx, 'Div', part.lang);
    sect.add(div);
    return div;
  });
  const lists = section.parts.map(() => new Map<number, StructElement>());
  const need = (k: number): number => {
    const row = rows[k];
    if (!row) return 0;
    return row.height + (row.keepsNext ? need(k + 1) : 0);
  };
  rows.forEach((row, k) => {
    ensureSpace(ctx, Math.min(need(k), pageHeight(ctx)));
    onStart();
    const top = doc.y;
    let bottom = top;
    withOverflowRoom(ctx, () => {
      section.parts.forEach((part, c) => {
        doc.y = top;
        const box = { x: left + c * (column + GUTTER), width: column };
        writeCell(
          ctx,
          divs[c] as StructElement,
          lists[c] as Map<number, StructElement>,
          part,
          row,
          box,
        );
        bottom = Math.max(bottom, doc.y);
      });
    });
    doc.y = bottom;
  });
  for (const div of divs) div.end();
}

/** Whether a section has a table too wide for a portrait page (a RACI matrix with many roles). */
function needsLandscape(ctx: PdfContext, section: DocSection): boolean {
  const blocks = [...section.parts.flatMap((p) => p.blocks), ...(section.shared ?? [])];
  return blocks.some(
    (block) => block.kind === 'table' && !tableLayout(ctx, block, PORTRAIT_WIDTH).fits,
  );
}

/** The section's title for the outline: its heading in each language. */
function bookmarkTitle(section: DocSection): string {
  const titles = section.parts.flatMap((part) => {
    const heading = headingText(part.blocks);
    return heading ? [contentText(heading).replaceAll('\n', ' ')] : [];
  });
  return titles.length > 0 ? titles.join(' / ') : section.id;
}

/**
 * A section as a Sect element: its language parts side by side when they fit (see
 * {@link writeColumns}) or one after the other, then the blocks written once (the signature
 * block), across the page; an outline entry pointing at its first line. Annexes start on a new
 * page, landscape when their table needs it.
 */
export function writeSection(ctx: PdfContext, root: StructElement, section: DocSection): void {
  const { doc } = ctx;
  const lang = section.parts[0]?.lang ?? 'fr';
  const landscape = needsLandscape(ctx, section);
  if (section.role === 'annex' || landscape !== isLandscape(ctx)) newPage(ctx, landscape);
  const sect = element(ctx, 'Sect', lang);
  root.add(sect);
  let started = false;
  const onStart = () => {
    if (started) return;
    started = true;
    // PDFKit's destination: `top` is measured from the top of the page, `left` from its right.
    const destination = { top: doc.y, left: doc.page.width };
    doc.outline.addItem(bookmarkTitle(section), destination as { expanded?: boolean });
  };
  const box = { x: area(ctx).left, width: area(ctx).width };
  const rows = columnRows(ctx, section, (box.width - GUTTER) / 2);
  const columns =
    section.parts.length > 1 &&
    sectionLayout(section) === 'columns' &&
    rows.every((row) => row.height <= pageHeight(ctx));
  if (section.role === 'signatures') keepWithSignatures(ctx, section, columns ? rows : undefined);
  if (columns) writeColumns(ctx, sect, section, rows, onStart);
  else {
    for (const part of section.parts) {
      const div = section.parts.length > 1 ? element(ctx, 'Div', part.lang) : undefined;
      if (div) sect.add(div);
      writeFlow(ctx, div ?? sect, part.blocks, part.lang, box, onStart);
      div?.end();
    }
  }
  writeFlow(ctx, sect, section.shared ?? [], lang, box, onStart);
  sect.end();
}

/** The words before the signature block stay on its page, with its first organization. */
function keepWithSignatures(
  ctx: PdfContext,
  section: DocSection,
  rows: readonly Row[] | undefined,
): void {
  const { width } = area(ctx);
  const parts =
    rows?.reduce((sum, row) => sum + row.height, 0) ??
    section.parts.reduce(
      (sum, p) => sum + p.blocks.reduce((s, b) => s + blockHeight(ctx, b, p.lang, width), 0),
      0,
    );
  const lang = section.parts[0]?.lang ?? 'fr';
  const [first] = section.shared ?? [];
  const shared =
    first?.kind === 'signatures' && first.groups[0]
      ? blockHeight(ctx, { ...first, groups: [first.groups[0]] }, lang, width)
      : first
        ? blockHeight(ctx, first, lang, width)
        : 0;
  const need = parts + shared;
  if (need <= pageHeight(ctx)) ensureSpace(ctx, need);
}
