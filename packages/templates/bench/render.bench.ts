import { bench, describe } from 'vitest';
import { buildDocument } from '../src/document/build-document';
import { renderDocx } from '../src/docx/render-docx';
import { renderPdf } from '../src/pdf/render-pdf';
import { renderHtml } from '../src/render/render-html';
import { caseStudy2 } from '../src/samples';

// Run with `pnpm bench`; figures go in the closing note.
const agreement = buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' });

describe('partnership agreement of the case-study-2 sample (seven partners, fr-en)', () => {
  bench('buildDocument + renderHtml', () => {
    renderHtml(buildDocument('partnership-agreement', caseStudy2, { locale: 'fr-en' }));
  });
  bench('renderDocx', async () => {
    await renderDocx(agreement);
  });
  bench('renderPdf (tagged PDF/UA-1 and PDF/A-2a, 20 pages)', async () => {
    await renderPdf(agreement);
  });
});
