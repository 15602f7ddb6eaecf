import type { Packer } from 'docx';
import type { PartnershipDocument } from '../document/document.types';
import { DOCX_PEER, loadOptionalPeer } from '../optional-peer';

/**
 * The Word writer, which imports `docx`, an optional peer dependency (see optional-peer.ts):
 * loaded on first use, with an error that names docx and how to install it when it is missing.
 */
const loadWriter = () => loadOptionalPeer(DOCX_PEER, () => import('./word-document'));

/**
 * Renders a document as a Word file (.docx) with the `docx` package, laid out to be signed:
 * Letter pages with « Page 2 de 5 » / "Page 2 of 5" at the foot, Arial 11 pt, a title block with
 * the partnership's name, bold numbered headings kept with what follows, tables whose columns
 * are sized from their content (never a word broken across lines), whose header row repeats on
 * each page and whose rows never split, and a signature block kept together (each organization
 * on one page, Resource 6's signatories two by two). Side by side (`fr-en`, `en-fr`), the
 * languages are parallel columns aligned block by block; an annex with a table gives each
 * language the full width, one after the other; the signature block is signed once. Every run
 * carries its language (spell-checking in French and English); missing values are highlighted
 * `[placeholders]`. Returns the file's bytes, in Node and browsers alike.
 *
 * Needs the `docx` package (`npm install docx`): without it, rejects with an error whose `code` is
 * `'PARTNERSHIP_KIT_MISSING_PEER'` and whose message says what to install.
 *
 * @example
 * ```ts
 * import { renderDocx } from '@partnership-kit/templates/docx';
 * const bytes = await renderDocx(buildDocument('mou', partnership, { locale: 'fr-en' }));
 * await writeFile('protocole.docx', bytes);
 * ```
 */
export async function renderDocx(document: PartnershipDocument): Promise<Uint8Array> {
  const { writeDocx } = await loadWriter();
  return writeDocx(document);
}

/**
 * Like {@link renderDocx}, as a `Blob` ready for a download link in the browser.
 *
 * @example
 * ```ts
 * const url = URL.createObjectURL(await renderDocxBlob(doc));
 * ```
 */
export async function renderDocxBlob(
  document: PartnershipDocument,
): ReturnType<typeof Packer.toBlob> {
  const { writeDocxBlob } = await loadWriter();
  return writeDocxBlob(document);
}
