import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { formatLongDate, formatMessage } from './format-message';
import { LocalizedTextSchema, localize, pickLanguage } from './localized-text';
import { missingTranslations } from './translations';
import { typeset } from './typography';

const written = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');

describe('localize', () => {
  it('returns the requested side when it is written', { timeout: PROPERTY_TEST_MS }, () => {
    fc.assert(
      fc.property(written, written, (fr, en) => {
        expect(localize({ fr, en }, 'fr-CA')).toEqual({ text: fr, lang: 'fr', fallback: false });
        expect(localize({ fr, en }, 'en-CA')).toEqual({ text: en, lang: 'en', fallback: false });
      }),
    );
  });

  it('falls back to the other side, tagged with its real language, when the requested one is missing or blank', () => {
    expect(localize({ en: 'Intake' }, 'fr-CA')).toEqual({
      text: 'Intake',
      lang: 'en',
      fallback: true,
    });
    expect(localize({ fr: '  ', en: 'Intake' }, 'fr')).toEqual({
      text: 'Intake',
      lang: 'en',
      fallback: true,
    });
    expect(localize({ fr: 'Admission' }, 'en-US')).toEqual({
      text: 'Admission',
      lang: 'fr',
      fallback: true,
    });
  });

  it('gives an empty text in the requested language when nothing is written', () => {
    expect(localize({}, 'en')).toEqual({ text: '', lang: 'en', fallback: false });
    expect(localize(undefined, 'fr')).toEqual({ text: '', lang: 'fr', fallback: false });
  });

  it('picks content that ships in both languages', () => {
    expect(pickLanguage({ fr: 'Responsable', en: 'Responsible' }, 'en-CA')).toBe('Responsible');
  });
});

describe('LocalizedTextSchema', () => {
  it('is exactly { fr?: string; en?: string }: either side may be missing, no other key', () => {
    expect(LocalizedTextSchema.safeParse({ fr: 'Matrice RACI' }).success).toBe(true);
    expect(LocalizedTextSchema.safeParse({}).success).toBe(true);
    expect(LocalizedTextSchema.safeParse({ de: 'RACI-Matrix' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse('RACI').success).toBe(false);
  });
});

describe('missingTranslations (B1)', () => {
  it('lists each text written in one declared language and not the other, with its path', () => {
    const p = structuredClone(caseStudyPartnership());
    (p.raci.tasks[0] as { label: object }).label = { en: 'Intake forms' };
    (p.swot.threats[0] as { text: object }).text = { fr: 'Financement incertain' };
    expect(missingTranslations(p, p.languages)).toEqual([
      { path: ['raci', 'tasks', 0, 'label'], language: 'fr' },
      { path: ['swot', 'threats', 0, 'text'], language: 'en' },
    ]);
  });

  it('finds nothing to translate in a partnership written in one language', () => {
    expect(missingTranslations(caseStudy2Partnership(), ['en'])).toEqual([]);
  });

  it('finds nothing in a fully bilingual partnership', () => {
    const p = caseStudyPartnership();
    expect(missingTranslations(p, p.languages)).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('chooses plural forms with each language’s rules: 0 is singular in French, plural in English', () => {
    const fr = '{count, plural, one {# tâche} other {# tâches}}';
    const en = '{count, plural, one {# task} other {# tasks}}';
    expect([0, 1, 2].map((count) => formatMessage(fr, { count }, 'fr'))).toEqual([
      '0 tâche',
      '1 tâche',
      '2 tâches',
    ]);
    expect([0, 1, 2].map((count) => formatMessage(en, { count }, 'en'))).toEqual([
      '0 tasks',
      '1 task',
      '2 tasks',
    ]);
    expect(
      formatMessage('{count, plural, =0 {aucune tâche} other {# tâches}}', { count: 0 }, 'fr'),
    ).toBe('aucune tâche');
  });

  it('writes dates in words, never ISO', () => {
    expect(formatMessage('le {due, date}', { due: '2026-01-12' }, 'fr')).toBe('le 12 janvier 2026');
    expect(formatMessage('on {due, date}', { due: '2026-01-12' }, 'en')).toBe(
      'on January 12, 2026',
    );
    expect(formatLongDate('2027-03-01', 'fr')).toBe('1er mars 2027');
  });

  it('selects a branch by value, and keeps an unknown placeholder visible', () => {
    expect(formatMessage('{l, select, fr {française} other {anglaise}}', { l: 'fr' }, 'fr')).toBe(
      'française',
    );
    expect(formatMessage('Tâche {task}', {}, 'fr')).toBe('Tâche {task}');
  });

  it('shows values as given — a typed # or {name} stays as typed — cut at 200 characters', () => {
    expect(
      formatMessage(
        '{count, plural, other {# tâches : {task}}}',
        { count: 2, task: 'Lot #3 {x}' },
        'fr',
      ),
    ).toBe('2 tâches\u00a0: Lot #3 {x}');
    expect(formatMessage('{name}', { name: 'x'.repeat(10_000_000) }, 'en')).toHaveLength(200);
  });
});

describe('typeset (Canadian French typography)', () => {
  it('puts a no-break space before ":" and inside « », none before ; ? !', () => {
    expect(typeset('Tâche « Admission » : aucun rôle R ! Pourquoi ? Voilà ; fin', 'fr')).toBe(
      'Tâche «\u00a0Admission\u00a0»\u00a0: aucun rôle R! Pourquoi? Voilà; fin',
    );
  });

  it('leaves times and addresses alone, and English spacing as it is', () => {
    expect(typeset('à 10:30, https://exemple.ca', 'fr')).toBe('à 10:30, https://exemple.ca');
    expect(typeset('Note: done!', 'en')).toBe('Note: done!');
  });

  it('gives built-in text typographic apostrophes, never a typed one', () => {
    expect(typeset("l'entente", 'fr')).toBe('l’entente');
    expect(typeset("l'entente : oui", 'fr', { userText: true })).toBe("l'entente\u00a0: oui");
  });
});
