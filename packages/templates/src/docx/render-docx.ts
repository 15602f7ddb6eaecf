import type { Packer } from 'docx';
import type { PartnershipDocument } from '../document/document.types';
import { DOCX_PEER, loadOptionalPeer } from '../optional-peer';

/**
 * The Word writer, which imports `docx`, an optional peer dependency (see optional-peer.ts):
 * loaded on first use, with an error that names docx and how to install it when it is missing.
 */
const loadWriter = () => loadOptionalPeer(DOCX_PEER, () => import('./word-document'));

/**
 * Renders a document as a Word file (.docx) with the `docx` package: real Heading 1–3 styles,
 * tables whose header row repeats on each page, a signature table, the language set on every run
 * (spell-checking in French and English), and both languages side by side for `fr-en`. Missing
 * values are highlighted `[placeholders]`. Returns the file's bytes, in Node and browsers alike.
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
