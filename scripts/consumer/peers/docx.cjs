// The CommonJS twin of peers/docx.mjs (see there).
const assert = require('node:assert/strict');
const { buildDocument } = require('@partnership-kit/templates');
const { renderDocx } = require('@partnership-kit/templates/docx');
const { caseStudy2 } = require('@partnership-kit/templates/samples');

const doc = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' });
const checks = {
  missing: async () => {
    await assert.rejects(renderDocx(doc), {
      code: 'PARTNERSHIP_KIT_MISSING_PEER',
      message: /^@partnership-kit\/templates\/docx needs the "docx" package/,
    });
    return 'renderDocx says to npm install docx';
  },
  installed: async () => {
    const bytes = await renderDocx(doc);
    assert.deepEqual([bytes[0], bytes[1]], [0x50, 0x4b]);
    return `an agreement rendered to DOCX (${bytes.byteLength} bytes)`;
  },
};
const state = process.argv[2];
checks[state]().then(
  (done) => console.log(`  CJS, docx ${state}: ${done}`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
