import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `pnpm version-packages` fails on a changeset it cannot read, long after the change landed:
// every file is checked here, in the shape `@changesets/parse` reads.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.changeset');
const packages = new Set([
  '@partnership-kit/core',
  '@partnership-kit/templates',
  '@partnership-kit/react',
]);
const files = readdirSync(dir).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('changesets', () => {
  it.each(files)('%s has front matter naming published packages and a summary', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const match = /^---\n((?:'[^'\n]+': (?:major|minor|patch)\n)+)---\n\n(\S[\s\S]*)$/.exec(text);
    expect(
      match,
      `${name} must start with ---, one "'package': bump" line per package, --- and a blank line`,
    ).not.toBeNull();
    const names = [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    for (const pkg of names) expect(packages.has(pkg as string)).toBe(true);
  });
});
