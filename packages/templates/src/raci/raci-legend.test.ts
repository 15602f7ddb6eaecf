import { LocalizedTextSchema, RACI_LETTERS, SUPPORTED_LOCALES } from '@partnership-kit/core';
import { describe, expect, it } from 'vitest';
import { raciLegend } from './raci-legend';
import { RACI_LEGEND } from './raci-legend.content';

describe('RACI legend content', () => {
  it('explains each RACI letter once, in the order of rule RACI-4', () => {
    expect(RACI_LEGEND.map((entry) => entry.letter)).toEqual([...RACI_LETTERS]);
  });

  it('has every text in both languages, none of them blank', () => {
    for (const entry of RACI_LEGEND) {
      for (const text of [entry.name, entry.description]) {
        expect(LocalizedTextSchema.parse(text)).toEqual(text);
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.fr).not.toBe(text.en);
      }
    }
  });

  it('says that a task has a single accountable role (rule RACI-6)', () => {
    const accountable = RACI_LEGEND.find((entry) => entry.letter === 'A');
    expect(accountable?.description.fr).toMatch(/une seule par tâche/i);
    expect(accountable?.description.en).toMatch(/only one per task/i);
  });
});

describe('raciLegend', () => {
  describe.each(SUPPORTED_LOCALES)('given %s', (locale) => {
    it('returns the four letters with the names of that language', () => {
      const side = locale === 'fr-CA' ? 'fr' : 'en';
      expect(raciLegend(locale)).toEqual(
        RACI_LEGEND.map((entry) => ({
          letter: entry.letter,
          name: entry.name[side],
          description: entry.description[side],
        })),
      );
    });
  });

  it('names the letters as the guide does in French and in English', () => {
    expect(raciLegend('fr-CA').map((entry) => entry.name)).toEqual([
      'Responsable',
      'Assume la responsabilité',
      'Consulté',
      'Informé',
    ]);
    expect(raciLegend('en-CA').map((entry) => entry.name)).toEqual([
      'Responsible',
      'Accountable',
      'Consulted',
      'Informed',
    ]);
  });
});
