import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { buildDocument, type DocumentTemplateId } from '../document/build-document';
import type { DocumentLocale } from '../document/document.types';
import { renderDocx } from '../docx/render-docx';
import { caseStudy1, caseStudy2 } from '../samples';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderText } from './render-text';

// One snapshot per template × locale × format, on the sample each template is written for.
// A change in wording or layout shows up here as a diff to review, never silently.
const cases: [DocumentTemplateId, typeof caseStudy1][] = [
  ['mou', caseStudy1],
  ['partnership-agreement', caseStudy2],
];
const locales: DocumentLocale[] = ['fr', 'en', 'fr-en'];

describe.each(cases)('the %s template', (templateId, sample) => {
  describe.each(locales)('in %s', (locale) => {
    const doc = buildDocument(templateId, sample, { locale });
    const file = (ext: string) => `./__snapshots__/${templateId}.${locale}.${ext}`;

    it('renders HTML', async () => {
      await expect(renderHtml(doc)).toMatchFileSnapshot(file('html'));
    });
    it('renders Markdown', async () => {
      await expect(renderMarkdown(doc)).toMatchFileSnapshot(file('md'));
    });
    it('renders text', async () => {
      await expect(renderText(doc)).toMatchFileSnapshot(file('txt'));
    });
    it('renders DOCX (its document.xml)', { timeout: HEAVY_TEST_MS }, async () => {
      const files = unzipSync(await renderDocx(doc));
      await expect(strFromU8(files['word/document.xml'] as Uint8Array)).toMatchFileSnapshot(
        file('document.xml'),
      );
    });
  });
});
