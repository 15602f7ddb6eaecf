import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The Word export must not weigh on every portal: the React entry reaches the DOCX renderer only
// through a dynamic import(), which bundlers split into a chunk loaded on demand.
describe.each(['index.js', 'index.cjs'])('the built React entry dist/%s', (entry) => {
  const code = readFileSync(fileURLToPath(new URL(`../dist/${entry}`, import.meta.url)), 'utf8');

  it('loads @partnership-kit/templates/docx lazily, never statically', () => {
    expect(code).toMatch(
      /import\(["']@partnership-kit\/templates\/docx["']\)|require\(["']@partnership-kit\/templates\/docx["']\)\)/,
    );
    expect(code).not.toMatch(/^import [^;]*from ["']@partnership-kit\/templates\/docx["']/m);
    expect(code).not.toMatch(
      /^(var|const) \w+ = require\(["']@partnership-kit\/templates\/docx["']\)/m,
    );
    expect(code).not.toContain('wordprocessingml.document.main'); // a string from inside docx
  });
});
