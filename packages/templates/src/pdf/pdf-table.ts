import type {
  DocBlock,
  DocColumnAlign,
  DocContent,
  DocumentLanguage,
} from '../document/document.types';
import { columnWidths } from '../docx/column-widths';
import { contentText } from '../render/clean-text';
import { area, newPage, pageHeight, withOverflowRoom } from './pdf-page';
import {
  contentPieces,
  element,
  type PdfContext,
  piecesHeight,
  type StructElement,
  type TextBox,
  type TextStyle,
  writePieces,
} from './pdf-text';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

/** A cell's inner margins, in points. */
const PAD = { x: 4, y: 3 } as const;
const SPACE_AFTER = 10;
const BORDER = '#8a8a8a';
const HEADER_FILL = '#ededed';
const TWIPS = 20;

const ALIGN = { start: 'left', center: 'center', end: 'right' } as const satisfies Record<
  DocColumnAlign,
  TextStyle['align']
>;

/** The column widths of a table in a width, in points, and whether every word fits whole. */
export function tableLayout(
  ctx: PdfContext,
  item: TableBlock,
  width: number,
): { readonly widths: readonly number[]; readonly fits: boolean; readonly size: number } {
  const size = item.role === 'raci' ? 9 : 10;
  const { doc, fonts } = ctx;
  // The same rule as the Word export (never a word broken inside a cell), measured with the
  // font this PDF embeds.
  const layout = columnWidths(
    item.header.map((header, i) => ({
      header: contentText(header),
      cells: item.rows.map((row) => contentText(row[i] ?? [])),
      grow: !(item.role === 'raci' && item.align?.[i] === 'center'),
    })),
    {
      available: width * TWIPS,
      sizePt: size,
      padding: 2 * PAD.x * TWIPS,
      // A point more than the word: PDFKit moves a word that fits to the hair onto a line of
      // its own, with its space ("Program", "", "manager").
      measure: (text, sizePt, bold) =>
        doc
          .font(fonts.main(bold ? 'bold' : 'regular'))
          .fontSize(sizePt)
          .widthOfString(text) + 1,
    },
  );
  return { widths: layout.widths.map((w) => w / TWIPS), fits: layout.fits, size };
}

const cellStyle = (item: TableBlock, i: number, header: boolean, size: number): TextStyle => ({
  style: header ? 'bold' : 'regular',
  size,
  align: ALIGN[item.align?.[i] ?? 'start'],
});

function rowHeight(
  ctx: PdfContext,
  item: TableBlock,
  cells: readonly DocContent[],
  lang: DocumentLanguage,
  layout: ReturnType<typeof tableLayout>,
  header: boolean,
): number {
  const heights = cells.map((cell, i) =>
    piecesHeight(
      ctx,
      contentPieces(cell, lang),
      (layout.widths[i] ?? 0) - 2 * PAD.x,
      cellStyle(item, i, header, layout.size),
    ),
  );
  return Math.max(0, ...heights) + 2 * PAD.y;
}

/** How tall a table prints in a width, spacing included. */
export function tableHeight(
  ctx: PdfContext,
  item: TableBlock,
  lang: DocumentLanguage,
  width: number,
): number {
  const layout = tableLayout(ctx, item, width);
  return (
    [item.header, ...item.rows].reduce(
      (sum, cells, i) => sum + rowHeight(ctx, item, cells, lang, layout, i === 0),
      0,
    ) + SPACE_AFTER
  );
}

/** How tall a table's header and first row print: what must fit for it to start on a page. */
export function tableStartHeight(
  ctx: PdfContext,
  item: TableBlock,
  lang: DocumentLanguage,
  width: number,
): number {
  const layout = tableLayout(ctx, item, width);
  const first = item.rows[0];
  return (
    rowHeight(ctx, item, item.header, lang, layout, true) +
    (first ? rowHeight(ctx, item, first, lang, layout, false) : 0)
  );
}

interface RowPlan {
  readonly item: TableBlock;
  readonly layout: ReturnType<typeof tableLayout>;
  readonly lang: DocumentLanguage;
  readonly x: number;
}

/** The grid of one row: the header's shading and every cell's border, as artifacts. */
function drawGrid(ctx: PdfContext, plan: RowPlan, top: number, height: number, header: boolean) {
  const { doc } = ctx;
  const width = plan.layout.widths.reduce((a, b) => a + b, 0);
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().lineWidth(0.5);
  if (header) doc.rect(plan.x, top, width, height).fill(HEADER_FILL);
  let x = plan.x;
  for (const w of plan.layout.widths) {
    doc.rect(x, top, w, height).stroke(BORDER);
    x += w;
  }
  doc.restore();
  doc.endMarkedContent();
}

/**
 * One row: a TR of TH (header cells, scope Column) or TD, or — for the header row repeated at
 * the top of a new page — an artifact, since it was read once already.
 */
function writeRow(
  ctx: PdfContext,
  plan: RowPlan,
  cells: readonly DocContent[],
  parent: StructElement | undefined,
  header: boolean,
): void {
  const { doc } = ctx;
  const top = doc.y;
  const height = rowHeight(ctx, plan.item, cells, plan.lang, plan.layout, header);
  drawGrid(ctx, plan, top, height, header);
  const row = parent ? element(ctx, 'TR', plan.lang) : undefined;
  if (row) parent?.add(row);
  withOverflowRoom(ctx, () => {
    let x = plan.x;
    cells.forEach((cell, i) => {
      const width = plan.layout.widths[i] ?? 0;
      const box: TextBox = { x: x + PAD.x, width: width - 2 * PAD.x };
      const style = cellStyle(plan.item, i, header, plan.layout.size);
      doc.y = top + PAD.y;
      const pieces = contentPieces(cell, plan.lang);
      if (row) {
        const scope = header ? { scope: 'Column' } : {};
        const type = header ? 'TH' : 'TD';
        const tagged = element(
          ctx,
          type,
          plan.lang,
          scope as PDFKit.Mixins.StructureElementOptions,
        );
        row.add(tagged);
        writePieces(ctx, tagged, pieces, plan.lang, box, style);
        tagged.end();
      } else {
        writePieces(ctx, undefined, pieces, plan.lang, box, style);
      }
      x += width;
    });
  });
  row?.end();
  doc.y = top + height;
}

/**
 * A row taller than a page (only text nobody would sign makes one): its cells one under the other,
 * across the table's width, free to run over pages.
 */
function writeTallRow(
  ctx: PdfContext,
  plan: RowPlan,
  cells: readonly DocContent[],
  parent: StructElement,
) {
  const row = element(ctx, 'TR', plan.lang);
  parent.add(row);
  const width = plan.layout.widths.reduce((a, b) => a + b, 0);
  cells.forEach((cell, i) => {
    const tagged = element(ctx, 'TD', plan.lang);
    row.add(tagged);
    const style = cellStyle(plan.item, i, false, plan.layout.size);
    writePieces(
      ctx,
      tagged,
      contentPieces(cell, plan.lang),
      plan.lang,
      { x: plan.x, width },
      style,
    );
    tagged.end();
    ctx.doc.y += PAD.y;
  });
  row.end();
}

/**
 * A table sized from its content, as in the Word export: a header row of TH cells (scope
 * Column) repeated at the top of each page the table runs onto, rows that never split, every
 * cell's text tagged in the table's language. Borders and shading are artifacts.
 */
export function writeTable(
  ctx: PdfContext,
  parent: StructElement,
  item: TableBlock,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const { doc } = ctx;
  const plan: RowPlan = { item, layout: tableLayout(ctx, item, box.width), lang, x: box.x };
  const height = (cells: readonly DocContent[], header = false) =>
    rowHeight(ctx, item, cells, lang, plan.layout, header);
  const headerHeight = height(item.header, true);
  const table = element(ctx, 'Table', lang);
  parent.add(table);
  // The header row stays with the first row.
  const first = item.rows[0];
  if (doc.y + headerHeight + (first ? height(first) : 0) > area(ctx).bottom) newPage(ctx);
  const head = element(ctx, 'THead', lang);
  table.add(head);
  writeRow(ctx, plan, item.header, head, true);
  head.end();
  const body = element(ctx, 'TBody', lang);
  table.add(body);
  for (const row of item.rows) {
    const rowHeightPt = height(row);
    if (rowHeightPt + headerHeight > pageHeight(ctx)) {
      writeTallRow(ctx, plan, row, body);
      continue;
    }
    if (doc.y + rowHeightPt > area(ctx).bottom) {
      newPage(ctx);
      writeRow(ctx, plan, item.header, undefined, true);
    }
    writeRow(ctx, plan, row, body, false);
  }
  body.end();
  table.end();
  doc.y += SPACE_AFTER;
}
