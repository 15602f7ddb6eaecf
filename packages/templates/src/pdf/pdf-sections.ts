import type {
  DocBlock,
  DocSection,
  DocumentLanguage,
  PartnershipDocument,
} from '../document/document.types';
import { cleanText, contentText } from '../render/clean-text';
import { sectionLayout } from '../render/document-markup';
import { blockHeight, blockStartHeight, headingText, keepsNext, writeBlock } from './pdf-blocks';
import { columnRows, GUTTER, type Row, writeColumns } from './pdf-columns';
import { area, ensureSpace, isLandscape, MARGIN, newPage, pageHeight } from './pdf-page';
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

/** Letter's text width in portrait. */
const PORTRAIT_WIDTH = 612 - 2 * MARGIN;

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
