// Run by scripts/check-packages.mjs in the consumer project, as `node peers/pdfkit.mjs missing`
// before the portal installs pdfkit (an optional peer of @partnership-kit/templates) and
// `… installed` after: the PDF entry explains what to install, then writes tagged PDF files.
import assert from 'node:assert/strict';
import { buildDocument } from '@partnership-kit/templates';
import { renderPdf } from '@partnership-kit/templates/pdf';
import { caseStudy1 } from '@partnership-kit/templates/samples';

const doc = buildDocument('mou', caseStudy1, { locale: 'fr-en' });
const checks = {
  // The entry itself imports fine: pdfkit is loaded when a document is rendered.
  missing: async () => {
    await assert.rejects(renderPdf(doc), {
      code: 'PARTNERSHIP_KIT_MISSING_PEER',
      message:
        /^@partnership-kit\/templates\/pdf needs the "pdfkit" package, which is not installed\..*npm install pdfkit@"\^0\.20/,
    });
    return 'renderPdf says to npm install pdfkit';
  },
  installed: async () => {
    const bytes = await renderPdf(doc);
    const text = new TextDecoder('latin1').decode(bytes);
    assert.ok(text.startsWith('%PDF-1.7'), 'a PDF 1.7 file');
    assert.match(text, /\/StructTreeRoot/, 'tagged');
    assert.match(text, /\/FontFile2/, 'with its fonts embedded');
    return `an MOU rendered to tagged PDF (${bytes.byteLength} bytes)`;
  },
};
const state = process.argv[2];
console.log(`  ESM, pdfkit ${state}: ${await checks[state]()}`);
