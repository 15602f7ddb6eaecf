import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Word export is opt-in: `docx` is an optional peer of @partnership-kit/templates, needed only by
// its `/docx` entry. A bundler follows every import() it sees, so if the React entry referred to
// that entry, even lazily, every portal's build would need docx installed. The portal passes it
// instead (`<AgreementPreview loadDocx={() => import('@partnership-kit/templates/docx')} />`).
describe.each(['index.js', 'index.cjs'])('the built React entry dist/%s', (entry) => {
  const code = readFileSync(fileURLToPath(new URL(`../dist/${entry}`, import.meta.url)), 'utf8');

  it('never refers to @partnership-kit/templates/docx or to docx, statically or lazily', () => {
    expect(code).not.toMatch(/["']@partnership-kit\/templates\/docx["']/);
    expect(code).not.toMatch(/(?:from |import\(|require\()["']docx["']/);
    expect(code).not.toContain('wordprocessingml.document.main'); // a string from inside docx
  });
});
