import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { LocalizedTextSchema, localize } from './localized-text';

describe('localize', () => {
  it('returns the French side for fr-CA and the English side for en-CA', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (fr, en) => {
        expect(localize({ fr, en }, 'fr-CA')).toBe(fr);
        expect(localize({ fr, en }, 'en-CA')).toBe(en);
      }),
    );
  });
});

describe('LocalizedTextSchema', () => {
  describe('given a text missing one language', () => {
    it('reports the missing side by its path', () => {
      const result = LocalizedTextSchema.safeParse({ fr: 'Matrice RACI' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['en']]);
    });
  });
});
