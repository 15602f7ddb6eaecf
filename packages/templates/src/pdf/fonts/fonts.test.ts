import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../pdf-fonts';
import { NOTO_SANS_EXTENDED } from './noto-sans-extended.font';
import { NOTO_SANS_LATIN } from './noto-sans-latin.font';

const require = createRequire(import.meta.url);
const file = (name: string) =>
  new Uint8Array(
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${name}.woff`)),
  );

// The font modules are generated (scripts/generate-pdf-fonts.mjs): they must hold exactly the
// faces of the @fontsource/noto-sans version installed, so that bumping it without running the
// script fails here.
describe('the fonts the PDF embeds', () => {
  it.each([
    ['regular', NOTO_SANS_LATIN.regular, 'latin-400-normal'],
    ['bold', NOTO_SANS_LATIN.bold, 'latin-700-normal'],
    ['italic', NOTO_SANS_LATIN.italic, 'latin-400-italic'],
    ['extRegular', NOTO_SANS_EXTENDED.extRegular, 'latin-ext-400-normal'],
    ['extBold', NOTO_SANS_EXTENDED.extBold, 'latin-ext-700-normal'],
    ['vietRegular', NOTO_SANS_EXTENDED.vietRegular, 'vietnamese-400-normal'],
    ['vietBold', NOTO_SANS_EXTENDED.vietBold, 'vietnamese-700-normal'],
    ['vietItalic', NOTO_SANS_EXTENDED.vietItalic, 'vietnamese-400-italic'],
  ])('%s is noto-sans-%s.woff of the installed @fontsource/noto-sans', (_face, data, name) => {
    expect(fromBase64(data)).toEqual(file(name));
  });

  it('are WOFF files whose licence allows embedding (SIL Open Font License)', () => {
    const bytes = fromBase64(NOTO_SANS_LATIN.regular);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('wOFF');
    expect(require('@fontsource/noto-sans/package.json').license).toBe('OFL-1.1');
  });
});

describe('fromBase64', () => {
  it('decodes what base64 encodes, padding or not', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'Accord de partenariat ✓']) {
      const bytes = new TextEncoder().encode(text);
      expect(fromBase64(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    }
    expect(() => fromBase64('ab$d')).toThrow(/not base64/);
  });
});
