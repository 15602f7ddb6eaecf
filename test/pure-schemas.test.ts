import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Module-level zod calls are side effects to a bundler: one unmarked schema keeps zod in every
// bundle that imports anything from core. See packages/core/src/common/common.schema.ts.
const source = fileURLToPath(new URL('../packages/core/src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('core schemas', () => {
  it('are all built inside /* @__PURE__ */ IIFEs, so unused ones tree-shake away', () => {
    const unmarked = files(source).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^export const (\w+)(?:: [^=]+)? = (?!\/\* @__PURE__ \*\/ \(\(\) =>)z\b/gm,
        ),
      ].map((match) => `${path.relative(source, file)}: ${match[1]}`),
    );
    expect(unmarked).toEqual([]);
  });
});
