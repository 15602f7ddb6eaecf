import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// addon-a11y runs axe in the page after every story (see preview.tsx). axe-core allows one run
// at a time: a story, decorator or setup file that called axe itself could overlap that run and
// fail with "Axe is already running". The addon queues its own runs; nothing else may run axe.
const app = fileURLToPath(new URL('..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (['node_modules', 'storybook-static'].includes(entry.name)) return [];
    if (entry.isDirectory()) return files(full);
    return /\.(tsx?|mdx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('axe in the Storybook browser tests', () => {
  it('is run by addon-a11y alone: no story or setup file imports axe or calls it', () => {
    const sources = files(app);
    expect(sources.some((file) => file.endsWith('preview.tsx'))).toBe(true);
    const callers = sources.filter((file) =>
      /from ['"](?:axe-core|@axe-core\/[\w-]+|vitest-axe)['"]|\baxe\.run\(/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(callers.map((file) => path.relative(app, file))).toEqual([]);
  });
});
