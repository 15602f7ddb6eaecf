import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { typeset } from './typography';

// The one typography function documents, messages and screens share (DOMAIN.md, Canadian
// French typography). Typed text may only gain or lose spacing.
const visible = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '');

describe('typeset', () => {
  it('keeps numbers whole in French: groups of digits, % and $ held by no-break spaces', () => {
    expect(typeset('2 000 000 $ et 70 %', 'fr')).toBe('2\u00a0000\u00a0000\u00a0$ et 70\u00a0%');
    expect(typeset('70%', 'fr', { userText: true })).toBe('70\u00a0%');
    expect(typeset('70% and $2,000', 'en')).toBe('70% and $2,000');
  });

  it('changes nothing but spacing in text people typed, whatever they typed', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (text, lang) => {
          expect(visible(typeset(text, lang, { userText: true }))).toBe(visible(text));
        },
      ),
    );
  });

  it('changes nothing but spacing and apostrophes in built-in text', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (text, lang) => {
          expect(visible(typeset(text, lang)).replaceAll('’', "'")).toBe(
            visible(text).replaceAll('’', "'"),
          );
        },
      ),
    );
  });

  it('is idempotent: typesetting twice changes nothing more', { timeout: PROPERTY_TEST_MS }, () => {
    const typographic = fc.stringMatching(/^[a-z0-9 '«»:;?!%$]{0,40}$/);
    fc.assert(
      fc.property(typographic, fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        const once = typeset(text, lang);
        expect(typeset(once, lang)).toBe(once);
      }),
    );
  });

  it('never leaves a plain or missing space before a French colon, nor any before ; ? !', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    // Sentences of words each followed by a sign, typed with any spacing before it.
    const clause = fc
      .tuple(
        fc.stringMatching(/^[a-zé]{1,8}$/),
        fc.constantFrom('', ' ', '  ', '\u00a0', '\u202f'),
        fc.constantFrom(':', ';', '?', '!'),
      )
      .map(([word, space, sign]) => `${word}${space}${sign}`);
    fc.assert(
      fc.property(fc.array(clause, { maxLength: 8 }), (clauses) => {
        const out = typeset(clauses.join(' '), 'fr');
        expect(out).not.toMatch(/[^\u00a0]:/);
        expect(out).not.toMatch(/\s[;?!]/);
      }),
    );
  });
});

describe('typeset on a piece of a line', () => {
  it('keeps the no-break space of a colon that starts the piece, but not of one that starts a line', () => {
    expect(typeset(' : ', 'fr', { fragment: true })).toBe('\u00a0: ');
    expect(typeset(' : ', 'fr')).toBe(': ');
    expect(typeset('a\n: b', 'fr', { fragment: true })).toBe('a\n: b');
  });
});
