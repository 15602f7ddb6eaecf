import type {
  DocContent,
  DocInline,
  DocumentLanguage,
  DocVariants,
} from '../document/document.types';
import { inlineText, languageTag } from '../render/clean-text';
import type { FontStyle, PdfFonts } from './pdf-fonts';

/** A structure element PDFKit builds (`doc.struct(…)`). */
export type StructElement = PDFKit.PDFStructureElement;

/** What a block's text is printed in. */
export interface TextStyle {
  readonly style: FontStyle;
  /** Font size in points. */
  readonly size: number;
  readonly color?: string;
  readonly align?: 'left' | 'center' | 'right';
}

/** Where a block's text goes: its left edge and width, in points. */
export interface TextBox {
  readonly x: number;
  readonly width: number;
}

/** Everything the writers share: the PDF document and the fonts registered with it. */
export interface PdfContext {
  readonly doc: PDFKit.PDFDocument;
  readonly fonts: PdfFonts;
}

/** Body text colour (the HTML stylesheet's), and placeholders' (a dark amber, 7:1 on white). */
export const INK = '#1b1b1b';
const MISSING_INK = '#7a4100';
/** Space between lines, on top of the font's own line height (Noto Sans: 1.36 em). */
export const LINE_GAP = 1;

/** A piece of text in a block: with its own language when it is not the block's. */
export interface Piece {
  readonly text: string;
  /** The language it is written in, when it differs from the element it is printed in. */
  readonly lang?: DocumentLanguage;
  /** A missing value's `[placeholder]`. */
  readonly missing?: boolean;
}

/**
 * PDF text for typed text: a tab prints as a space (the font has no glyph for it), and a line
 * break ends its line with a space — the break itself leaves nothing in the text layer, and
 * without it a reader's text would run "placementPar : …" together.
 */
const printable = (text: string) => text.replaceAll('\t', ' ').replaceAll('\n', ' \n');

function inlinePiece(item: DocInline, lang: DocumentLanguage): Piece {
  const text = printable(inlineText(item));
  if (item.kind === 'text') return { text };
  // A value standing in for a missing translation carries its real language.
  const own = item.lang && item.lang !== lang ? { lang: item.lang } : {};
  return item.value === undefined ? { text, missing: true } : { text, ...own };
}

/**
 * The pieces of some content printed in an element of language `lang`.
 *
 * @example
 * ```ts
 * contentPieces([{ kind: 'text', text: 'But : ' }], 'fr'); // [{ text: 'But : ' }]
 * ```
 */
export function contentPieces(content: DocContent, lang: DocumentLanguage): Piece[] {
  return content.map((item) => inlinePiece(item, lang)).filter((piece) => piece.text !== '');
}

/**
 * Variants one after the other, " / " between them (as every renderer prints them), each piece
 * tagged with its language when it is not `lang`, the element's.
 */
export function variantPieces(variants: DocVariants, lang: DocumentLanguage): Piece[] {
  return variants.flatMap((variant, i) => [
    ...(i > 0 ? [{ text: ' / ' }] : []),
    ...contentPieces(variant.content, lang).map((piece) =>
      piece.lang || variant.lang === lang ? piece : { ...piece, lang: variant.lang },
    ),
  ]);
}

/**
 * Pieces whose words wider than the line are cut into lines of their own. PDFKit cuts such a
 * word itself, but by trying every shorter prefix: seconds for one typed run of 10,000 letters.
 * Widths are added letter by letter (no kerning: a little wider than printed, never narrower).
 */
function fitWords(
  ctx: PdfContext,
  pieces: readonly Piece[],
  width: number,
  style: TextStyle,
): readonly Piece[] {
  const { doc } = ctx;
  const limit = width * 0.95;
  const cut = (word: string) => {
    doc.font(ctx.fonts.main(style.style)).fontSize(style.size);
    if (doc.widthOfString(word) <= width) return word;
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const char of word) {
      const w = doc.widthOfString(char);
      if (line !== '' && lineWidth + w > limit) {
        lines.push(line);
        line = '';
        lineWidth = 0;
      }
      line += char;
      lineWidth += w;
    }
    return [...lines, line].join('\n');
  };
  return pieces.map((piece) =>
    /\S{12}/u.test(piece.text) ? { ...piece, text: piece.text.replace(/\S{12,}/gu, cut) } : piece,
  );
}

/** The plain text of pieces, as it is measured. */
export const piecesText = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');

/** One `doc.text` call: a run of one font and colour. */
interface Fragment {
  readonly font: string;
  readonly text: string;
  readonly color: string;
}

/** Fragments that go in one structure element: the element's own, or a Span's. */
interface Group {
  /** A language other than the element's (a fallback value). */
  readonly lang?: DocumentLanguage;
  /** The real text of characters no font has, printed as U+FFFD. */
  readonly actual?: string;
  readonly fragments: Fragment[];
}

/** Punctuation that closes what comes before it: never the first thing on a line. */
const CLOSING = /^[,.;:!?)\]»”’\u00a0\u202f]+/u;

/**
 * Adds a fragment to a group. A fragment of the same font and colour as the last one joins it:
 * PDFKit wraps each `text` call on its own, and only finds the places to break a line inside
 * one. For the same reason, punctuation that opens a fragment (the comma after a value) is
 * printed with the one before, when that one's font has it (the Latin faces have every sign).
 */
function append(ctx: PdfContext, out: Group[], group: Group, style: TextStyle) {
  const last = out[out.length - 1];
  const previous = last?.fragments[last.fragments.length - 1];
  let fragment = group.fragments[0] as Fragment;
  const closing = CLOSING.exec(fragment.text)?.[0];
  if (
    closing &&
    last &&
    previous &&
    last.actual === undefined &&
    previous.font === ctx.fonts.main(style.style) &&
    !/\s$/u.test(previous.text)
  ) {
    last.fragments[last.fragments.length - 1] = { ...previous, text: previous.text + closing };
    fragment = { ...fragment, text: fragment.text.slice(closing.length) };
    if (fragment.text === '') return;
  }
  const same = last && last.lang === group.lang && last.actual === undefined && !group.actual;
  const tail = same ? last.fragments[last.fragments.length - 1] : undefined;
  if (same && tail && tail.font === fragment.font && tail.color === fragment.color) {
    last.fragments[last.fragments.length - 1] = { ...tail, text: tail.text + fragment.text };
  } else if (same) {
    last.fragments.push(fragment);
  } else {
    out.push({ ...group, fragments: [fragment] });
  }
}

function groups(ctx: PdfContext, pieces: readonly Piece[], style: TextStyle): Group[] {
  const out: Group[] = [];
  for (const piece of pieces) {
    const color = piece.missing ? MISSING_INK : (style.color ?? INK);
    for (const run of ctx.fonts.runs(piece.text, style.style)) {
      const lang = piece.lang;
      if (run.missing) {
        const text = '\uFFFD'.repeat([...run.text].length);
        append(
          ctx,
          out,
          { lang, actual: run.text, fragments: [{ font: run.font, text, color }] },
          style,
        );
      } else {
        append(ctx, out, { lang, fragments: [{ font: run.font, text: run.text, color }] }, style);
      }
    }
  }
  return out;
}

/**
 * Prints pieces as tagged text inside `parent` (a P, H2, TD, LBody…, of language `lang`),
 * starting at (`box.x`, `doc.y`) and wrapping in `box.width`; `doc.y` ends below the text. A
 * piece in another language is a Span with its own Lang, and characters no font has are a Span
 * whose ActualText is their real text: a screen reader or a copy gets what was typed. Without a
 * `parent`, the text is a pagination artifact (a table header repeated on a new page).
 *
 * @example
 * ```ts
 * writePieces(ctx, paragraph, contentPieces(block.content, 'fr'), 'fr', { x: 72, width: 468 }, BODY);
 * ```
 */
export function writePieces(
  ctx: PdfContext,
  parent: StructElement | undefined,
  pieces: readonly Piece[],
  lang: DocumentLanguage,
  box: TextBox,
  style: TextStyle,
): void {
  const { doc } = ctx;
  const all = groups(ctx, fitWords(ctx, pieces, box.width, style), style);
  const total = all.reduce((n, g) => n + g.fragments.length, 0);
  if (total === 0) return;
  // PDFKit centres a single `text` call well, lines wrapped included.
  if (style.align === 'center' && total > 1) {
    writeCentered(ctx, parent, pieces, lang, box, style, all);
    return;
  }
  let index = 0;
  const y = doc.y;
  doc.fontSize(style.size);
  const print = (fragment: Fragment) => {
    const options = {
      width: box.width,
      align: style.align ?? 'left',
      lineGap: LINE_GAP,
      continued: index < total - 1,
    };
    doc.font(fragment.font).fillColor(fragment.color);
    if (index === 0) doc.text(fragment.text, box.x, y, options);
    else doc.text(fragment.text, options);
    index += 1;
  };
  if (parent === undefined) {
    doc.markContent('Artifact', { type: 'Pagination' });
    for (const group of all) for (const fragment of group.fragments) print(fragment);
    doc.endMarkedContent();
    doc.x = box.x;
    return;
  }
  for (const group of all) {
    const draw = () => {
      // The real text of U+FFFD stand-ins goes on the marked content too, where text
      // extraction (pdf.js, poppler, copy and paste) looks for it; the Span carries it for
      // assistive technology.
      if (group.actual !== undefined) doc.markContent('Span', { actual: group.actual });
      for (const fragment of group.fragments) print(fragment);
      if (group.actual !== undefined) doc.endMarkedContent();
    };
    if (group.lang === undefined && group.actual === undefined) {
      parent.add(draw);
      continue;
    }
    const span = doc.struct('Span', {
      lang: languageTag(group.lang ?? lang),
      ...(group.actual === undefined ? {} : { actual: group.actual }),
    });
    parent.add(span);
    span.add(draw);
    span.end();
  }
  doc.x = box.x;
}

/** How wide fragments print on one line. */
function groupsWidth(ctx: PdfContext, all: readonly Group[], size: number): number {
  let width = 0;
  for (const group of all) {
    for (const f of group.fragments)
      width += ctx.doc.font(f.font).fontSize(size).widthOfString(f.text);
  }
  return width;
}

/**
 * Centred text. PDFKit centres each `text` call on its own, so fragments of one line (a title
 * and its other language) would overlap: a line that fits is placed by hand, left-aligned from
 * where it must start; one that does not is cut after each " / " into a line per language, and
 * a language's line that still does not fit is left-aligned.
 */
function writeCentered(
  ctx: PdfContext,
  parent: StructElement | undefined,
  pieces: readonly Piece[],
  lang: DocumentLanguage,
  box: TextBox,
  style: TextStyle,
  all: readonly Group[],
): void {
  const width = groupsWidth(ctx, all, style.size);
  const left = { ...style, align: 'left' as const };
  if (width <= box.width) {
    const indent = (box.width - width) / 2;
    writePieces(ctx, parent, pieces, lang, { x: box.x + indent, width: box.width - indent }, left);
    return;
  }
  const cut = pieces.findIndex((piece, i) => i > 0 && piece.text === ' / ');
  if (cut < 0) {
    writePieces(ctx, parent, pieces, lang, box, left);
    return;
  }
  writePieces(ctx, parent, pieces.slice(0, cut + 1), lang, box, style);
  writePieces(ctx, parent, pieces.slice(cut + 1), lang, box, style);
}

/** How tall pieces print in a width, in points (with the style's first face). */
export function piecesHeight(
  ctx: PdfContext,
  pieces: readonly Piece[],
  width: number,
  style: TextStyle,
): number {
  const text = piecesText(fitWords(ctx, pieces, width, style));
  if (text === '') return 0;
  ctx.doc.font(ctx.fonts.main(style.style)).fontSize(style.size);
  return ctx.doc.heightOfString(text, { width, lineGap: LINE_GAP });
}

/** A structure element of a type, in a language (every element carries one: PDF/UA). */
export function element(
  ctx: PdfContext,
  type: string,
  lang: DocumentLanguage,
  extra: PDFKit.Mixins.StructureElementOptions = {},
): StructElement {
  return ctx.doc.struct(type, { lang: languageTag(lang), ...extra });
}
