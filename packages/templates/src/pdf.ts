// @partnership-kit/templates/pdf — a separate entry, so that only apps that import it pay for
// the `pdfkit` package and the fonts the PDF embeds.
export type { PdfOptions } from './pdf/pdf-document';
export { renderPdf, renderPdfBlob } from './pdf/render-pdf';
