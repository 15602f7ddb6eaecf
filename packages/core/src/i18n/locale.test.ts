import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { DEFAULT_LOCALE, isLocale, resolveLocale, SUPPORTED_LOCALES } from './locale';

const separator = fc.constantFrom('-', '_');
const region = fc.stringMatching(/^[A-Za-z]{2}$|^[0-9]{3}$/);
/** Mixes upper and lower case, as tags typed by people or sent by old browsers do. */
const anyCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''));

describe('resolveLocale', () => {
  describe('given a French tag with any region, case or separator', () => {
    it('offers Canadian French', { timeout: PROPERTY_TEST_MS }, () => {
      fc.assert(
        fc.property(anyCase('fr'), separator, region, (language, sep, reg) => {
          expect(resolveLocale(`${language}${sep}${reg}`, 'en-CA')).toBe('fr-CA');
        }),
      );
    });
  });

  describe('given an English tag with any region, case or separator', () => {
    it('offers Canadian English', { timeout: PROPERTY_TEST_MS }, () => {
      fc.assert(
        fc.property(anyCase('en'), separator, region, (language, sep, reg) => {
          expect(resolveLocale(`${language}${sep}${reg}`, 'fr-CA')).toBe('en-CA');
        }),
      );
    });
  });

  describe('given a list of preferences, as navigator.languages gives', () => {
    it('returns the first one it supports', () => {
      expect(resolveLocale(['de-DE', 'en-GB', 'fr-CA'])).toBe('en-CA');
      expect(resolveLocale(['es', 'fr-BE', 'en'])).toBe('fr-CA');
    });
  });

  describe('given anything at all', () => {
    it('never throws and always returns a supported locale', { timeout: PROPERTY_TEST_MS }, () => {
      fc.assert(
        fc.property(
          // Portals call this from JavaScript too: lists may hold anything.
          fc.oneof(fc.string(), fc.array(fc.anything()), fc.constant(null), fc.constant(undefined)),
          (requested) => {
            expect(SUPPORTED_LOCALES).toContain(resolveLocale(requested as string[]));
          },
        ),
      );
    });

    it('falls back when no language matches, even for prototype keys', () => {
      expect(resolveLocale('constructor')).toBe(DEFAULT_LOCALE);
      expect(resolveLocale(['__proto__', 'es-MX'], 'en-CA')).toBe('en-CA');
      expect(resolveLocale([])).toBe(DEFAULT_LOCALE);
      expect(resolveLocale('french')).toBe(DEFAULT_LOCALE);
      expect(resolveLocale([42, null, 'en'] as unknown as string[], 'fr-CA')).toBe('en-CA');
    });
  });
});

describe('isLocale', () => {
  it('accepts exactly the supported locales', () => {
    for (const locale of SUPPORTED_LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of ['fr', 'en', 'fr-FR', 'FR-CA', '', null, 42]) {
      expect(isLocale(other)).toBe(false);
    }
  });
});
