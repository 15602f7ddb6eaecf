import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `pnpm version-packages` refuses the whole set when one changeset's front matter is broken (a
// Markdown formatter once rewrote them all into headings; biome.jsonc now leaves them alone).
const dir = new URL('../.changeset/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md');
const PUBLISHED = ['@partnership-kit/core', '@partnership-kit/templates', '@partnership-kit/react'];

describe('changesets', () => {
  it.each(files)(
    '%s names published packages and bumps in its front matter, then says why',
    (name) => {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const match = /^---\n((?:['"][^'"]+['"]: (?:major|minor|patch)\n)+)---\n\n(\S[\s\S]*)$/.exec(
        text,
      );
      expect(match, 'front matter: ---, one "package": bump per line, ---, a blank line').not.toBe(
        null,
      );
      const packages = [...(match?.[1] ?? '').matchAll(/['"]([^'"]+)['"]:/g)].map((m) => m[1]);
      for (const pkg of packages) expect(PUBLISHED).toContain(pkg);
      expect((match?.[2] ?? '').trim().length).toBeGreaterThan(40);
    },
  );
});
