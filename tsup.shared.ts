import type { Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

/**
 * Build options every published package shares: one entry per public subpath, ESM + CJS,
 * each format with its own declaration file (`.d.ts` beside `.js`, `.d.cts` beside `.cjs`)
 * so that TypeScript's node16 resolution sees the right module kind (checked by attw).
 */
export function packageBuild(overrides: Options = {}): Options {
  return {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    ...overrides,
  };
}

const USE_CLIENT_LINE = /^[ \t]*(['"])use client\1;?[ \t]*\r?\n?/gm;

/**
 * Puts `'use client'` first in built files that hold it anywhere. With `splitting`, tsup turns
 * ESM chunks into CommonJS after the plugins have run and writes `"use strict"` on top, so the
 * CJS entries are fixed on disk, after the build (call it from `onSuccess`).
 */
export async function putClientDirectiveFirst(files: readonly string[]): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  await Promise.all(
    files.map(async (file) => {
      const code = await readFile(file, 'utf8');
      // In CJS the directive follows `"use strict";Object.defineProperty(…);` on the same line.
      const directive = /(['"])use client\1;[ \t]*\r?\n?/g;
      if (code.match(directive) === null) return;
      await writeFile(file, `'use client';\n${code.replace(directive, '')}`);
    }),
  );
}

/**
 * Keeps `'use client'` as the very first statement of every output file whose source entry
 * declares it. esbuild keeps the directive but, in CJS, writes `"use strict"` above it, and
 * Next.js (App Router) only honours the directive when it comes first.
 */
export function keepClientDirectiveFirst(): TsupPlugin {
  return {
    name: 'use-client-first',
    renderChunk(code, chunk) {
      if (!/\.[cm]?js$/.test(chunk.path) || code.match(USE_CLIENT_LINE) === null) return;
      return { code: `'use client';\n${code.replace(USE_CLIENT_LINE, '')}` };
    },
  };
}
