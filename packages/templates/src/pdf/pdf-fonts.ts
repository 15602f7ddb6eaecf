import { NOTO_SANS_LATIN } from './fonts/noto-sans-latin.font';

/** The three looks the documents print text in. */
export type FontStyle = 'regular' | 'bold' | 'italic';

/** The faces of the two font modules (see scripts/generate-pdf-fonts.mjs). */
type LatinFace = keyof typeof NOTO_SANS_LATIN;
type ExtendedFace = 'extRegular' | 'extBold' | 'vietRegular' | 'vietBold' | 'vietItalic';
type Face = LatinFace | ExtendedFace;

/**
 * Where each style looks for a character's glyph, in order. Italic falls back to the upright
 * Latin Extended face (the package's italic one would double the extended data for a few
 * characters in advice text).
 */
const FACES: Readonly<Record<FontStyle, readonly Face[]>> = {
  regular: ['regular', 'extRegular', 'vietRegular'],
  bold: ['bold', 'extBold', 'vietBold'],
  italic: ['italic', 'extRegular', 'vietItalic'],
};

/** The name a face is registered under in the PDF document. */
const fontName = (face: Face) => `NotoSans-${face}`;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Map([...BASE64].map((char, i) => [char, i]));

/**
 * Decodes base64 (the font modules): `atob` and `Buffer` are not in every runtime's types, and
 * this runs in Node and browsers alike.
 */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let out = 0;
  for (const char of clean) {
    const value = BASE64_VALUES.get(char);
    if (value === undefined) throw new Error(`not base64: ${JSON.stringify(char)}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** A run of text one font prints; `missing` when no face has its characters. */
export interface FontRun {
  readonly font: string;
  readonly text: string;
  readonly missing?: boolean;
}

/** What the document's text is printed with. */
export interface PdfFonts {
  /** The font a style's text is measured with (its first face). */
  main(style: FontStyle): string;
  /**
   * The text cut into runs that one font each can print, for a style: Latin Extended and
   * Vietnamese letters come from their own faces, and a character no face has is a `missing` run
   * (printed as U+FFFD with its real text as ActualText: PDF/UA and PDF/A forbid .notdef).
   */
  runs(text: string, style: FontStyle): FontRun[];
}

/** The glyph lookup of a font PDFKit opened (fontkit's), the only way to ask about coverage. */
interface OpenedFont {
  readonly font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean };
}

let decoded: Partial<Record<Face, Uint8Array>> = {};

/** Bytes of the faces, decoded once per process. */
function faceBytes(faces: Readonly<Partial<Record<Face, string>>>): [Face, Uint8Array][] {
  return Object.entries(faces).map(([face, data]) => {
    const key = face as Face;
    decoded[key] ??= fromBase64(data as string);
    return [key, decoded[key] as Uint8Array];
  });
}

/** Forgets the decoded faces (tests that measure a cold start). */
export function resetFontCache(): void {
  decoded = {};
}

/** Whether a face has a glyph for a code point, asked of the font PDFKit opened. */
function coverage(doc: PDFKit.PDFDocument, face: Face): (codePoint: number) => boolean {
  doc.font(fontName(face));
  const lookup = (doc as unknown as { _font?: OpenedFont })._font?.font?.hasGlyphForCodePoint;
  if (typeof lookup !== 'function') {
    throw new Error('PDFKit no longer exposes its fonts’ glyphs: check the pdfkit version.');
  }
  const font = (doc as unknown as { _font: OpenedFont })._font.font;
  const cache = new Map<number, boolean>();
  return (codePoint) => {
    let has = cache.get(codePoint);
    if (has === undefined) {
      has = lookup.call(font, codePoint);
      cache.set(codePoint, has);
    }
    return has;
  };
}

/** Whether a character needs no glyph of its own: line breaks stay in the run they are in. */
const isLayout = (char: string) => char === '\n';

/**
 * Registers the Latin faces with a document, and the extended ones when the document's `text`
 * has a character the Latin faces lack (they are a module of their own, loaded only then).
 */
export async function registerFonts(doc: PDFKit.PDFDocument, text: string): Promise<PdfFonts> {
  const faces: Partial<Record<Face, (codePoint: number) => boolean>> = {};
  const register = (entries: [Face, Uint8Array][]) => {
    for (const [face, bytes] of entries) {
      doc.registerFont(fontName(face), bytes as unknown as ArrayBuffer);
      faces[face] = coverage(doc, face);
    }
  };
  register(faceBytes(NOTO_SANS_LATIN));
  const latin = faces.regular as (codePoint: number) => boolean;
  const needsMore = [...text].some((char) => !isLayout(char) && !latin(char.codePointAt(0) ?? 0));
  if (needsMore) {
    const { NOTO_SANS_EXTENDED } = await import('./fonts/noto-sans-extended.font');
    register(faceBytes(NOTO_SANS_EXTENDED));
  }
  const faceFor = (char: string, style: FontStyle): Face | undefined => {
    if (isLayout(char)) return FACES[style][0];
    const codePoint = char.codePointAt(0) ?? 0;
    return FACES[style].find((face) => faces[face]?.(codePoint));
  };
  return {
    main: (style) => fontName(FACES[style][0] as Face),
    runs(text, style) {
      const runs: { font: string; chars: string[]; missing: boolean }[] = [];
      for (const char of text) {
        const face = faceFor(char, style);
        const font = fontName(face ?? (FACES[style][0] as Face));
        const missing = face === undefined;
        const last = runs[runs.length - 1];
        if (last && last.font === font && last.missing === missing) last.chars.push(char);
        else runs.push({ font, chars: [char], missing });
      }
      return runs.map(({ font, chars, missing }) =>
        missing ? { font, text: chars.join(''), missing } : { font, text: chars.join('') },
      );
    },
  };
}
