import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Next.js (App Router) treats a module as a client boundary only when 'use client' is its first
// statement; esbuild strips directives when bundling, so this reads what the build produced.
const entries = ['js', 'cjs'].flatMap((ext) =>
  ['index', 'guide', 'preview', 'editors', 'workspace'].map((name) => `${name}.${ext}`),
);

describe.each(entries)('the built entry dist/%s', (entry) => {
  it("starts with the 'use client' directive", () => {
    const file = fileURLToPath(new URL(`../dist/${entry}`, import.meta.url));
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first.`);
    const source = ts.createSourceFile(entry, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const first = source.statements[0];
    expect(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)).toBe(
      true,
    );
    expect((first as ts.ExpressionStatement).expression.getText(source).slice(1, -1)).toBe(
      'use client',
    );
  });
});
