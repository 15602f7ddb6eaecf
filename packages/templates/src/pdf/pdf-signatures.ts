import type {
  DocBlock,
  DocSignatory,
  DocSignatureGroup,
  DocumentLanguage,
} from '../document/document.types';
import { ensureSpace, pageHeight, rule } from './pdf-page';
import {
  contentPieces,
  element,
  type PdfContext,
  type Piece,
  piecesHeight,
  piecesText,
  type StructElement,
  type TextBox,
  type TextStyle,
  variantPieces,
  writePieces,
} from './pdf-text';

type SignaturesBlock = Extract<DocBlock, { kind: 'signatures' }>;

// Resource 6's layout, as in the Word export: per organization its name (and "by its authorized
// signatories"), then its signatories two by two, a line to sign on after "Signature :" and, on
// an unsigned document, after "Date :". Each organization stays on one page; a block of four
// signatories or fewer stays on one page whole.

const LINE: TextStyle = { style: 'regular', size: 10.5 };
const NAME: TextStyle = { style: 'bold', size: 11 };
const GAP = 24;
const SPACE = { group: 16, line: 3, ruled: 22, byline: 2 } as const;
/** Room a line to sign on needs at least, after its label. */
const RULE_MIN = 90;
const KEEP_WHOLE = 4;

const linePieces = (line: DocSignatory['lines'][number], lang: DocumentLanguage): Piece[] =>
  line.segments.flatMap((segment) => variantPieces(segment, lang));

function labelWidth(ctx: PdfContext, pieces: readonly Piece[]): number {
  ctx.doc.font(ctx.fonts.main(LINE.style)).fontSize(LINE.size);
  return ctx.doc.widthOfString(piecesText(pieces));
}

/** Whether a ruled line's rule goes on a line of its own, its label leaving too little room. */
const ownLine = (ctx: PdfContext, pieces: readonly Piece[], width: number) =>
  labelWidth(ctx, pieces) + RULE_MIN > width;

function signatoryHeight(
  ctx: PdfContext,
  signatory: DocSignatory | undefined,
  lang: DocumentLanguage,
  width: number,
): number {
  if (!signatory) return 0;
  return signatory.lines.reduce((sum, line) => {
    const pieces = linePieces(line, lang);
    const text = piecesHeight(ctx, pieces, width, LINE);
    const extra = line.rule && ownLine(ctx, pieces, width) ? text / 2 + SPACE.ruled : 0;
    return sum + (line.rule ? SPACE.ruled : SPACE.line) + text + extra;
  }, 0);
}

/** Signatories two by two, as rows. */
function pairs(group: DocSignatureGroup): (DocSignatory | undefined)[][] {
  const rows: (DocSignatory | undefined)[][] = [];
  for (let i = 0; i < group.signatories.length; i += 2) {
    rows.push([group.signatories[i], group.signatories[i + 1]]);
  }
  return rows;
}

function groupHeights(
  ctx: PdfContext,
  group: DocSignatureGroup,
  lang: DocumentLanguage,
  width: number,
) {
  const half = (width - GAP) / 2;
  const head =
    SPACE.group +
    piecesHeight(ctx, contentPieces(group.organization, lang), width, NAME) +
    (group.byline
      ? SPACE.byline + piecesHeight(ctx, variantPieces(group.byline, lang), width, LINE)
      : 0);
  const rows = pairs(group).map((pair) =>
    Math.max(...pair.map((s) => signatoryHeight(ctx, s, lang, half))),
  );
  return { head, rows, total: head + rows.reduce((a, b) => a + b, 0) };
}

/** How tall the signature block prints in a width. */
export function signaturesHeight(
  ctx: PdfContext,
  item: SignaturesBlock,
  lang: DocumentLanguage,
  width: number,
): number {
  return item.groups.reduce((sum, g) => sum + groupHeights(ctx, g, lang, width).total, 0);
}

/** One signatory: a Div of P lines, each ruled line followed by its rule (an artifact). */
function writeSignatory(
  ctx: PdfContext,
  parent: StructElement,
  signatory: DocSignatory,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const { doc } = ctx;
  const div = element(ctx, 'Div', lang);
  parent.add(div);
  for (const line of signatory.lines) {
    const pieces = linePieces(line, lang);
    doc.y += line.rule ? SPACE.ruled : SPACE.line;
    const p = element(ctx, 'P', lang);
    div.add(p);
    writePieces(ctx, p, pieces, lang, box, LINE);
    p.end();
    if (!line.rule) continue;
    const right = box.x + box.width;
    if (ownLine(ctx, pieces, box.width)) {
      doc.y += SPACE.ruled;
      rule(ctx, [box.x, doc.y - 3], [right, doc.y - 3]);
    } else {
      const start = box.x + labelWidth(ctx, pieces) + 4;
      rule(ctx, [start, doc.y - 3.5], [right, doc.y - 3.5]);
    }
  }
  div.end();
}

function writeGroup(
  ctx: PdfContext,
  parent: StructElement,
  group: DocSignatureGroup,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const { doc } = ctx;
  const heights = groupHeights(ctx, group, lang, box.width);
  // An organization's signatures stay on one page (when they fit one), its name with them.
  ensureSpace(
    ctx,
    heights.total <= pageHeight(ctx) ? heights.total : heights.head + (heights.rows[0] ?? 0),
  );
  const div = element(ctx, 'Div', lang);
  parent.add(div);
  doc.y += SPACE.group;
  const name = element(ctx, 'P', lang);
  div.add(name);
  writePieces(ctx, name, contentPieces(group.organization, lang), lang, box, NAME);
  name.end();
  if (group.byline) {
    doc.y += SPACE.byline;
    const byline = element(ctx, 'P', lang);
    div.add(byline);
    writePieces(ctx, byline, variantPieces(group.byline, lang), lang, box, LINE);
    byline.end();
  }
  const half = (box.width - GAP) / 2;
  pairs(group).forEach((pair, i) => {
    ensureSpace(ctx, heights.rows[i] ?? 0);
    const top = doc.y;
    let bottom = top;
    pair.forEach((signatory, column) => {
      if (!signatory) return;
      doc.y = top;
      writeSignatory(ctx, div, signatory, lang, { x: box.x + column * (half + GAP), width: half });
      bottom = Math.max(bottom, doc.y);
    });
    doc.y = bottom;
  });
  div.end();
}

/**
 * The signature block, written once whatever the languages: a Div per organization holding its
 * name, its byline and a Div per signatory; the lines to sign on are artifacts.
 */
export function writeSignatures(
  ctx: PdfContext,
  parent: StructElement,
  item: SignaturesBlock,
  lang: DocumentLanguage,
  box: TextBox,
): void {
  const count = item.groups.reduce((n, g) => n + g.signatories.length, 0);
  const total = signaturesHeight(ctx, item, lang, box.width);
  if (count <= KEEP_WHOLE && total <= pageHeight(ctx)) ensureSpace(ctx, total);
  const block = element(ctx, 'Div', lang);
  parent.add(block);
  for (const group of item.groups) writeGroup(ctx, block, group, lang, box);
  block.end();
  ctx.doc.y += SPACE.group;
}
