// The CommonJS twin of peers/pdfkit.mjs (see there).
const assert = require('node:assert/strict');
const { buildDocument } = require('@partnership-kit/templates');
const { renderPdf } = require('@partnership-kit/templates/pdf');
const { caseStudy2 } = require('@partnership-kit/templates/samples');

const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'en' });
const checks = {
  missing: async () => {
    await assert.rejects(renderPdf(doc), {
      code: 'PARTNERSHIP_KIT_MISSING_PEER',
      message: /^@partnership-kit\/templates\/pdf needs the "pdfkit" package/,
    });
    return 'renderPdf says to npm install pdfkit';
  },
  installed: async () => {
    const bytes = await renderPdf(doc);
    const text = new TextDecoder('latin1').decode(bytes);
    assert.ok(text.startsWith('%PDF-1.7'), 'a PDF 1.7 file');
    assert.match(text, /\/StructTreeRoot/, 'tagged');
    return `an agreement rendered to tagged PDF (${bytes.byteLength} bytes)`;
  },
};
const state = process.argv[2];
checks[state]().then(
  (done) => console.log(`  CJS, pdfkit ${state}: ${done}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
