import type { PartnershipDocument } from '../document/document.types';
import { loadOptionalPeer, PDFKIT_PEER } from '../optional-peer';
import type { PdfOptions } from './pdf-document';

/**
 * The PDF writer, which imports `pdfkit`, an optional peer dependency (see optional-peer.ts):
 * loaded on first use, with an error that names pdfkit and how to install it when it is missing.
 */
const loadWriter = () => loadOptionalPeer(PDFKIT_PEER, () => import('./pdf-document'));

/**
 * Renders a document as an accessible PDF, tagged for screen readers and identified as PDF/UA-1
 * (and PDF/A-2a, for archiving, unless `pdfA: false`): Letter pages, the title shown as the
 * window's title, a bookmark per section, Noto Sans embedded. The structure tree holds the title
 * (H1), each section (Sect) with its headings (H2, H3), paragraphs (P), lists (L, LI, Lbl,
 * LBody), tables (Table, THead, TBody, TR, TH with scope Column, TD) and the signature block
 * (Div per organization and per signatory), every element in its language (`fr-CA`, `en-CA`): a
 * value standing in for a missing translation is a Span in its real language. Page numbers
 * (« Page 2 de 5 » / "Page 2 of 5"), the running header, rules, borders and the lines to sign on
 * are artifacts. Side by side (`fr-en`, `en-fr`), the languages are parallel columns aligned
 * block by block, while the structure tree reads each section's first language whole, then the
 * other: a screen reader never goes back and forth between columns. A section whose table needs
 * the full width (an annex) prints its languages one after the other; a table too wide for a
 * portrait page gets a landscape one, its header row repeated on each page. Missing values are
 * `[placeholders]` in amber. Resolves with the file's bytes, in Node and browsers alike.
 *
 * Needs the `pdfkit` package (`npm install pdfkit`): without it, rejects with an error whose
 * `code` is `'PARTNERSHIP_KIT_MISSING_PEER'` and whose message says what to install.
 *
 * @example
 * ```ts
 * import { renderPdf } from '@partnership-kit/templates/pdf';
 * const bytes = await renderPdf(buildDocument('mou', partnership, { locale: 'fr-en' }));
 * await writeFile('protocole.pdf', bytes);
 * ```
 */
export async function renderPdf(
  document: PartnershipDocument,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const { writePdf } = await loadWriter();
  return writePdf(document, options);
}

/**
 * Like {@link renderPdf}, as a `Blob` of type `application/pdf`, ready for a download link in
 * the browser.
 *
 * @example
 * ```ts
 * const url = URL.createObjectURL(await renderPdfBlob(doc));
 * ```
 */
export async function renderPdfBlob(
  document: PartnershipDocument,
  options: PdfOptions = {},
): Promise<Blob> {
  const { writePdfBlob } = await loadWriter();
  return writePdfBlob(document, options);
}
