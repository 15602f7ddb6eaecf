// Run by scripts/check-packages.mjs in the consumer project, as `node peers/docx.mjs missing`
// before the portal installs docx (an optional peer of @partnership-kit/templates) and
// `… installed` after: the DOCX entry explains what to install, then writes Word files.
import assert from 'node:assert/strict';
import { buildDocument } from '@partnership-kit/templates';
import { renderDocx } from '@partnership-kit/templates/docx';
import { caseStudy1 } from '@partnership-kit/templates/samples';

const doc = buildDocument('mou', caseStudy1, { locale: 'fr-en' });
const checks = {
  // The entry itself imports fine: docx is loaded when a document is rendered.
  missing: async () => {
    await assert.rejects(renderDocx(doc), {
      code: 'PARTNERSHIP_KIT_MISSING_PEER',
      message:
        /^@partnership-kit\/templates\/docx needs the "docx" package, which is not installed\..*npm install docx@"\^9/,
    });
    return 'renderDocx says to npm install docx';
  },
  installed: async () => {
    const bytes = await renderDocx(doc);
    assert.deepEqual([bytes[0], bytes[1]], [0x50, 0x4b]); // a zip, as every .docx is
    return `an MOU rendered to DOCX (${bytes.byteLength} bytes)`;
  },
};
const state = process.argv[2];
console.log(`  ESM, docx ${state}: ${await checks[state]()}`);
