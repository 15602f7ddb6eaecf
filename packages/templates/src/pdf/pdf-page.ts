import type { DocumentLanguage } from '../document/document.types';
import { PAGE_LABELS } from '../render/document-markup';
import type { PdfContext } from './pdf-text';

// Letter paper with 1-inch margins, as the Word export: sizes in points (1/72 in).

/** The page margin on every side. */
export const MARGIN = 72;
/**
 * How far text may run into the bottom margin before PDFKit starts a new page, while a row of
 * parallel columns or table cells prints: heights are measured beforehand, and a line measured a
 * hair short must land just under the others, not alone on a page of its own.
 */
const OVERFLOW_ROOM = 30;
/** Where the running header and the page number sit. */
const HEADER_Y = 34;
const FOOTER_Y_FROM_BOTTOM = 46;
const FURNITURE_INK = '#4a4a4a';

/** The current page's text area. */
export function area(ctx: PdfContext) {
  const { page } = ctx.doc;
  return {
    left: MARGIN,
    width: page.width - 2 * MARGIN,
    top: MARGIN,
    bottom: page.height - MARGIN,
  };
}

/** Whether the current page is landscape. */
export const isLandscape = (ctx: PdfContext) => ctx.doc.page.width > ctx.doc.page.height;

/** Starts a page, portrait or landscape, with the text at its top. */
export function newPage(ctx: PdfContext, landscape = isLandscape(ctx)): void {
  ctx.doc.addPage({
    size: 'LETTER',
    layout: landscape ? 'landscape' : 'portrait',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
}

/** The height of the text area of a page. */
export const pageHeight = (ctx: PdfContext) => area(ctx).bottom - area(ctx).top;

/**
 * Moves to a new page when `height` points do not fit below `doc.y` (unless the page is still
 * empty: then nothing would fit better on the next one).
 */
export function ensureSpace(ctx: PdfContext, height: number): void {
  const { top, bottom } = area(ctx);
  if (ctx.doc.y + height > bottom && ctx.doc.y > top + 1) newPage(ctx);
}

/** Runs `print` with the bottom margin lowered by {@link OVERFLOW_ROOM} (see there). */
export function withOverflowRoom(ctx: PdfContext, print: () => void): void {
  const { margins } = ctx.doc.page;
  const bottom = margins.bottom;
  margins.bottom = bottom - OVERFLOW_ROOM;
  try {
    print();
  } finally {
    // PDFKit may have started a page meanwhile: restore the margin of the page we are on.
    ctx.doc.page.margins.bottom = MARGIN;
  }
}

/** A line drawn as an artifact (a rule: not content, skipped by screen readers). */
export function rule(
  ctx: PdfContext,
  from: readonly [number, number],
  to: readonly [number, number],
  options: { readonly width?: number; readonly color?: string } = {},
): void {
  const { doc } = ctx;
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .save()
    .lineWidth(options.width ?? 0.5)
    .moveTo(from[0], from[1])
    .lineTo(to[0], to[1])
    .stroke(options.color ?? '#8a8a8a')
    .restore();
  doc.endMarkedContent();
}

/** One line of page furniture (header, page number) as a pagination artifact, never wrapped. */
function furniture(ctx: PdfContext, text: string, y: number, attached: 'Top' | 'Bottom') {
  const { doc } = ctx;
  const { left, width } = area(ctx);
  doc.font(ctx.fonts.main('regular')).fontSize(8.5).fillColor(FURNITURE_INK);
  // Furniture is our own words and the document's title; a title longer than the line is cut.
  let line = text;
  while (line.length > 1 && doc.widthOfString(line) > width) line = `${line.slice(0, -2)}…`;
  const x = left + (width - doc.widthOfString(line)) / 2;
  doc.markContent('Artifact', { type: 'Pagination', attached: [attached] });
  doc.text(line, x, y, { lineBreak: false });
  doc.endMarkedContent();
}

/**
 * Page furniture on every page, once the page count is known: the title at the top of every page
 * but the first, above a rule, and « Page 2 de 5 » / "Page 2 of 5" at the foot — all artifacts,
 * so a screen reader reads the document, not the furniture.
 */
export function writePageFurniture(
  ctx: PdfContext,
  title: string,
  languages: readonly DocumentLanguage[],
): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const { left, width } = area(ctx);
    const pageNumber = languages
      .map((lang) => {
        const [page, of] = PAGE_LABELS[lang];
        return `${page} ${i + 1} ${of} ${count}`;
      })
      .join(' / ');
    furniture(ctx, pageNumber, doc.page.height - FOOTER_Y_FROM_BOTTOM, 'Bottom');
    if (i === start) continue;
    furniture(ctx, title, HEADER_Y, 'Top');
    rule(ctx, [left, HEADER_Y + 14], [left + width, HEADER_Y + 14], { color: '#b0b0b0' });
  }
}
