import {
  deriveAgreementFacts,
  lintPartnership,
  parsePartnership,
  recommendAgreement,
  serializePartnership,
} from '@partnership-kit/core';
import { describe, expect, it } from 'vitest';
import { missingFields } from '../document/build-document';
import { caseStudy1, caseStudy2 } from '../samples';

describe.each([
  ['caseStudy1', caseStudy1, 'mou'],
  ['caseStudy2', caseStudy2, 'partnership-agreement'],
] as const)('the sample %s', (_name, sample, template) => {
  it('is a valid saved document that reads back unchanged', () => {
    expect(parsePartnership(JSON.parse(serializePartnership(sample)))).toEqual({
      ok: true,
      value: sample,
    });
  });

  it(`fills every field of its ${template}`, () => {
    expect(missingFields(template, sample)).toEqual([]);
  });

  it('has the kind of agreement its facts call for, and no error anywhere', () => {
    expect(recommendAgreement(deriveAgreementFacts(sample).facts).kind).toBe(template);
    expect(
      lintPartnership(sample, { today: '2026-08-01' }).filter((i) => i.severity === 'error'),
    ).toEqual([]);
  });
});
