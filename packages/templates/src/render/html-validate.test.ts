import { createPartnership } from '@partnership-kit/core';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_MS } from '../../test/budgets';
import { buildDocument, type DocumentTemplateId } from '../document/build-document';
import { caseStudy1, caseStudy2 } from '../samples';
import { renderHtml } from './render-html';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

const pages: [string, string][] = (
  ['mou', 'partnership-agreement'] as DocumentTemplateId[]
).flatMap((templateId) =>
  (['fr', 'en', 'fr-en'] as const).flatMap(
    (locale) =>
      [
        [
          `${templateId} ${locale} (sample)`,
          renderHtml(
            buildDocument(templateId, templateId === 'mou' ? caseStudy1 : caseStudy2, { locale }),
          ),
        ],
        [
          `${templateId} ${locale} (empty, with guidance)`,
          renderHtml(
            buildDocument(templateId, createPartnership({ id: 'p' }), {
              locale,
              includeGuidance: true,
            }),
          ),
        ],
      ] as [string, string][],
  ),
);

describe('renderHtml output', () => {
  it.each(pages)(
    '%s passes html-validate (recommended rules) with no error',
    { timeout: HEAVY_TEST_MS },
    async (_name, html) => {
      const report = await validator.validateString(html);
      const errors = report.results.flatMap((r) =>
        r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    },
  );
});
