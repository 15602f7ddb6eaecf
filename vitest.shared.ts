import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * The export condition under which each workspace package points at its TypeScript source
 * (`"@partnership-kit/source": "./src/index.ts"` in its `exports`). Tests, type checks and
 * Storybook resolve it, so no build is needed to run them; the published manifests drop it
 * (`publishConfig.exports`), so consumers only ever see `dist`.
 */
export const SOURCE_CONDITION = '@partnership-kit/source';

/** Vite/Vitest settings that resolve workspace packages from source, in browser and Node alike. */
export const resolveFromSource = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};

const IMPORT_FROM = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm;
/** `import('docx')`: optional peers are loaded on demand (see packages/templates/src/optional-peer.ts). */
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * What the packages' source imports from npm, as Vite `optimizeDeps.include` entries
 * (`@partnership-kit/core > zod/mini`). Read from source, Vite's scan misses these and finds them
 * mid-run, then reloads the page: in the browser tests that breaks the running story with
 * "failed to find the current suite". Listing them up front makes every run pre-bundle them.
 */
export function sourceDependencies(): string[] {
  const packagesDir = path.join(root, 'packages');
  const entries = new Set<string>();
  for (const dir of readdirSync(packagesDir)) {
    const manifest = JSON.parse(readFileSync(path.join(packagesDir, dir, 'package.json'), 'utf8'));
    for (const file of sourceFiles(path.join(packagesDir, dir, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(IMPORT_FROM), ...text.matchAll(DYNAMIC_IMPORT)];
      for (const [, specifier = ''] of specifiers) {
        if (specifier.startsWith('.') || specifier.startsWith('@partnership-kit/')) continue;
        entries.add(`${manifest.name} > ${specifier}`);
      }
    }
  }
  return [...entries].sort();
}
