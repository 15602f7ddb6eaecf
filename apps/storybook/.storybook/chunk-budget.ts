import type { Plugin } from 'vite';

/** Vite's default chunk-size warning threshold, in kB (1,000 bytes) of minified code. */
export const CHUNK_LIMIT_KB = 500;

/**
 * Vite's large-chunk warning, made exact for the static Storybook. Every chunk must stay under
 * {@link CHUNK_LIMIT_KB}, except a chunk that holds one single module matching `indivisible`:
 * a file that vendors ship already bundled, which no chunking can cut (splitting stops at module
 * boundaries). Anything else over the limit fails the build with what to do about it, where
 * Vite would print a warning that lists no module and is easily ignored.
 */
export function chunkBudget(indivisible: readonly RegExp[]): Plugin {
  return {
    name: 'partnership-kit:chunk-budget',
    apply: 'build',
    // This plugin reports oversized chunks itself, more precisely: Vite's own report is off.
    config: () => ({ build: { chunkSizeWarningLimit: Number.POSITIVE_INFINITY } }),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const kb = Buffer.byteLength(chunk.code) / 1000;
        if (kb <= CHUNK_LIMIT_KB) continue;
        const modules = Object.keys(chunk.modules);
        const [only] = modules;
        if (modules.length === 1 && only && indivisible.some((pattern) => pattern.test(only))) {
          continue;
        }
        const largest = Object.entries(chunk.modules)
          .sort(([, a], [, b]) => b.renderedLength - a.renderedLength)
          .slice(0, 5)
          .map(([id, info]) => `  ${(info.renderedLength / 1000).toFixed(0)} kB ${id}`);
        this.error(
          `${chunk.fileName} is ${kb.toFixed(0)} kB, over the ${CHUNK_LIMIT_KB} kB chunk budget. ` +
            `Load what is heavy on demand (import()) or give it a codeSplitting group in ` +
            `.storybook/main.ts. Its largest modules, before minification:\n${largest.join('\n')}`,
        );
      }
    },
  };
}
