import PDFDocument from 'pdfkit';
import type { PartnershipDocument } from '../document/document.types';
import { cleanText, languageTag } from '../render/clean-text';
import { renderText } from '../render/render-text';
import { registerFonts } from './pdf-fonts';
import { PDF_UA_WITH_PDF_A } from './pdf-metadata';
import { MARGIN, newPage, writePageFurniture } from './pdf-page';
import { writeSection, writeTitleBlock } from './pdf-sections';
import { element, type PdfContext } from './pdf-text';

// The part of the PDF entry that imports pdfkit itself, loaded by render-pdf.ts on first use:
// pdfkit is an optional peer dependency (see ../optional-peer.ts). Kept as static imports so
// that bundlers put pdfkit in the chunk of its own this module becomes.

/** Options of `renderPdf` (see there). */
export interface PdfOptions {
  /** Identify the file as PDF/A-2a too (default), for archiving; PDF/UA-1 either way. */
  readonly pdfA?: boolean;
  /** The creation date written in the file; now by default. */
  readonly creationDate?: Date;
}

/** The document's title as the metadata and the running header show it. */
function titleOf(document: PartnershipDocument): string {
  // Template words only (never typed text): PDFKit writes the title into the XMP metadata
  // unescaped, so XML's special characters are kept out of it all the same.
  return document.title
    .map((t) => cleanText(t.text))
    .join(' / ')
    .replace(/[<>&]/g, '');
}

/** Builds the PDF and resolves with its bytes once PDFKit has written them all. */
async function build(document: PartnershipDocument, options: PdfOptions): Promise<Uint8Array> {
  const languages = document.title.map((t) => t.lang);
  const lang = languages[0] ?? 'fr';
  const title = titleOf(document);
  const pdfA = options.pdfA !== false;
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    autoFirstPage: false,
    // Pages stay in memory until the end, for the « Page 2 de 5 » written on each once the
    // count is known.
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    // PDFKit identifies one standard; the other is added by pdf-metadata.ts.
    subset: pdfA ? 'PDF/A-2a' : ('PDF/UA' as 'PDF/A-2a'),
    lang: languageTag(lang),
    displayTitle: true,
    // No default font: Helvetica is not embedded, and PDF/UA wants every font embedded.
    font: '',
    info: {
      Title: title,
      Creator: 'partnership-kit',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = await registerFonts(doc, renderText(document));
  const ctx: PdfContext = { doc, fonts };
  if (pdfA) doc.appendXML(PDF_UA_WITH_PDF_A);
  newPage(ctx, false);
  const root = element(ctx, 'Document', lang);
  doc.addStructure(root);
  writeTitleBlock(ctx, root, document, lang);
  for (const section of document.sections) writeSection(ctx, root, section);
  root.end();
  writePageFurniture(ctx, title, languages);
  doc.end();
  await ended;
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The bytes of the PDF for a built document (see renderPdf). */
export function writePdf(
  document: PartnershipDocument,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  return build(document, options);
}

/** The PDF for a built document as a Blob (see renderPdfBlob). */
export async function writePdfBlob(
  document: PartnershipDocument,
  options: PdfOptions = {},
): Promise<Blob> {
  return new Blob([await build(document, options)], { type: 'application/pdf' });
}
