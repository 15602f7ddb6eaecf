import {
  type Partnership,
  PartnershipSchema,
  parsePartnership,
  serializePartnership,
} from '@partnership-kit/core';
import {
  deriveAgreementFacts,
  establishmentProgress,
  lintPartnership,
  missingTranslations,
  recommendAgreement,
} from '@partnership-kit/core/rules';
import { describe, expect, it } from 'vitest';
import { caseStudy1, caseStudy2, oneLanguageSample } from '../samples';

/** The day every sample is checked on: the last meeting of each case study was in July 2026. */
const TODAY = '2026-08-01';

/** Every `{ fr?, en? }` text of a document, with its path (apps' `extensions` left out). */
function localizedTexts(document: object) {
  const found: { path: string; fr?: string; en?: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}.${index}`);
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > 0 && keys.every((key) => key === 'fr' || key === 'en')) {
      found.push({ path, ...(value as { fr?: string; en?: string }) });
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (path === '' && key === 'extensions') continue;
      walk(inner, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(document, '');
  return found;
}

/** Every string of a document (texts, names, addresses…), with its path. */
function allStrings(document: object) {
  const found: { path: string; value: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push({ path, value });
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    }
  };
  walk(document, '');
  return found;
}

/**
 * What is wrong with the typography of a French text (Canadian usage, Translation Bureau): a
 * straight apostrophe; a colon, closing guillemet, % or $ without a no-break space before it; an
 * opening guillemet without one after it; any space before ; ? !; digit groups (2 000 000)
 * split by a breaking space.
 */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes("'")) problems.push('straight apostrophe');
  if (/[^\u00a0\u202f]:(?=\s|$)/.test(text)) problems.push('colon without a no-break space');
  if (/ :/.test(text)) problems.push('space before a colon');
  if (/«(?!\u00a0)/.test(text)) problems.push('« without a no-break space after it');
  if (/(?<!\u00a0)»/.test(text)) problems.push('» without a no-break space before it');
  if (/\s[;?!]/.test(text)) problems.push('space before ; ? or !');
  if (/(^|[^\u00a0\u202f])[%$]/.test(text)) problems.push('% or $ without a no-break space');
  if (/\d \d{3}(?!\d)/.test(text)) problems.push('digit groups split by a breaking space');
  return problems;
}

describe('the French typography check', () => {
  it('catches each mistake it looks for, and accepts the correct forms', () => {
    expect(frenchTypographyProblems("l'entente")).toEqual(['straight apostrophe']);
    expect(frenchTypographyProblems('Oui : non')).toEqual([
      'colon without a no-break space',
      'space before a colon',
    ]);
    expect(frenchTypographyProblems('Oui: non')).toEqual(['colon without a no-break space']);
    expect(frenchTypographyProblems('« mot\u00a0»')).toEqual([
      '« without a no-break space after it',
    ]);
    expect(frenchTypographyProblems('«\u00a0mot »')).toEqual([
      '» without a no-break space before it',
    ]);
    expect(frenchTypographyProblems('oui ; non ? bien !')).toEqual(['space before ; ? or !']);
    expect(frenchTypographyProblems('70 %, 5$')).toEqual(['% or $ without a no-break space']);
    expect(frenchTypographyProblems('2 000\u00a0$')).toEqual([
      'digit groups split by a breaking space',
    ]);
    expect(
      frenchTypographyProblems(
        'L’entente\u00a0: «\u00a0mot\u00a0»; oui? 70\u00a0%, 2\u00a0000\u00a0$, à 10:30, le 8 janvier 2026.',
      ),
    ).toEqual([]);
  });
});

const SAMPLES = [
  ['caseStudy1', caseStudy1, 'mou'],
  ['caseStudy2', caseStudy2, 'partnership-agreement'],
  ['oneLanguageSample', oneLanguageSample, 'mou'],
] as const;

describe.each(SAMPLES)('the sample %s', (_name, sample, kind) => {
  it('is a valid document at the current schema version', () => {
    const result = PartnershipSchema.safeParse(sample);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('reads back unchanged after serialization', () => {
    expect(parsePartnership(JSON.parse(serializePartnership(sample)))).toEqual({
      ok: true,
      value: sample,
    });
  });

  it('has the kind of agreement its facts call for', () => {
    expect(sample.agreement?.kind).toBe(kind);
    expect(recommendAgreement(deriveAgreementFacts(sample).facts).kind).toBe(kind);
  });

  it(`has no lint error on ${TODAY}, and no text missing a translation`, () => {
    const issues = lintPartnership(sample, { today: TODAY });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(issues.filter((issue) => issue.code === 'TRANSLATION_MISSING')).toEqual([]);
  });

  it('writes no "(s)" plural anywhere', () => {
    expect(allStrings(sample).filter(({ value }) => value.includes('(s)'))).toEqual([]);
  });
});

describe.each([
  ['caseStudy1', caseStudy1],
  ['caseStudy2', caseStudy2],
] as const)('the bilingual sample %s', (_name, sample) => {
  it('is declared in French and English, French first', () => {
    expect(sample.languages).toEqual(['fr', 'en']);
    expect(sample.primaryLanguage).toBe('fr');
  });

  it('has every text in both languages', () => {
    expect(missingTranslations(sample, ['fr', 'en'])).toEqual([]);
  });

  it('has two different, non-empty sides in every text (string parity)', () => {
    const texts = localizedTexts(sample);
    expect(texts.length).toBeGreaterThan(100);
    const bad = texts.filter(({ fr, en }) => !fr?.trim() || !en?.trim() || fr.trim() === en.trim());
    expect(bad).toEqual([]);
  });

  it('follows Canadian French typography in every French text', () => {
    const problems = localizedTexts(sample).flatMap(({ path, fr }) =>
      frenchTypographyProblems(fr ?? '').map((problem) => ({ path, problem, fr })),
    );
    expect(problems).toEqual([]);
  });

  it('uses typographic apostrophes in English too', () => {
    const straight = localizedTexts(sample).filter(({ en }) => en?.includes("'"));
    expect(straight).toEqual([]);
  });

  it(`has nothing at all to report on ${TODAY}, and all five establishment steps done`, () => {
    expect(lintPartnership(sample, { today: TODAY })).toEqual([]);
    expect(establishmentProgress(sample).map(({ step, status }) => [step, status])).toEqual([
      ['EST-1', 'done'],
      ['EST-2', 'done'],
      ['EST-3', 'done'],
      ['EST-4', 'done'],
      ['EST-5', 'done'],
    ]);
  });
});

describe('caseStudy1', () => {
  it('is a signable MOU: two-year term, 60 days’ notice, renewal decided at a meeting', () => {
    const agreement = caseStudy1.agreement as NonNullable<Partnership['agreement']>;
    expect(agreement).toMatchObject({
      kind: 'mou',
      termYears: 2,
      noticeDays: 60,
      renewal: 'meet-to-decide',
    });
    expect(Object.keys(agreement.clauses)).toEqual(
      expect.arrayContaining([
        'termination',
        'conflictResolution',
        'confidentiality',
        'languageVersions',
      ]),
    );
    for (const organization of caseStudy1.organizations) {
      expect(agreement.signatories.some((s) => s.organizationId === organization.id)).toBe(true);
      expect(agreement.provisions.some((p) => p.organizationId === organization.id)).toBe(true);
      expect(caseStudy1.approvals.some((a) => a.organizationId === organization.id)).toBe(true);
    }
  });
});

describe('caseStudy2', () => {
  it('keeps the organization and phase ids other tests use', () => {
    expect(caseStudy2.organizations.map((o) => o.id)).toEqual([
      'services-emploi',
      'centre-eo',
      'consultation',
      'sante-mentale',
      'college',
      'ecole-adultes',
      'integration',
    ]);
    expect(caseStudy2.pathway?.phases.map((p) => p.id)).toEqual([
      'evaluation',
      'formation',
      'essai',
      'placement',
      'maintien',
    ]);
  });

  it('is a full partnership agreement: governance, annexes, lawyer review, two signatories per lead', () => {
    const agreement = caseStudy2.agreement as NonNullable<Partnership['agreement']>;
    expect(agreement.lawyerReviewed).toBe(true);
    expect(agreement.annexes?.workPlan?.fr).toBeTruthy();
    expect(agreement.annexes?.evaluationPlan?.en).toBeTruthy();
    const members = agreement.governance?.members.map((m) => m.id) ?? [];
    expect(members).toContain(agreement.governance?.chairMemberId);
    for (const lead of ['services-emploi', 'centre-eo']) {
      expect(agreement.signatories.filter((s) => s.organizationId === lead)).toHaveLength(2);
    }
    const financial = caseStudy2.resources.filter((r) => r.kind === 'financial');
    expect(financial.every((r) => Number.isInteger(r.amountCents))).toBe(true);
  });
});

describe('oneLanguageSample', () => {
  it('is written in English only', () => {
    expect(oneLanguageSample.languages).toEqual(['en']);
    expect(oneLanguageSample.primaryLanguage).toBe('en');
    const texts = localizedTexts(oneLanguageSample);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter(({ fr, en }) => fr !== undefined || !en?.trim())).toEqual([]);
  });

  it('is still being established: only the two warnings that says, documented in the sample', () => {
    const issues = lintPartnership(oneLanguageSample, { today: TODAY });
    expect(issues.map(({ code, severity }) => [code, severity])).toEqual([
      ['RACI_NOT_ADOPTED', 'warning'],
      ['LEADERSHIP_NOT_CONFIRMED', 'warning'],
    ]);
    expect(establishmentProgress(oneLanguageSample).map(({ status }) => status)).toEqual([
      'in-progress',
      'done',
      'in-progress',
      'done',
      'in-progress',
    ]);
  });
});
