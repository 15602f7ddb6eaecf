import { describe, expect, it } from 'vitest';
import { CHUNK_LIMIT_KB, chunkBudget } from './chunk-budget.ts';

type Bundle = Record<string, unknown>;

/** Runs the plugin's generateBundle on a fake bundle; returns the error it raised, if any. */
function check(bundle: Bundle, indivisible = [/[\\/]axe\.js$/]): string | undefined {
  const plugin = chunkBudget(indivisible);
  const hook = plugin.generateBundle as (this: unknown, options: unknown, bundle: Bundle) => void;
  let error: string | undefined;
  hook.call(
    {
      error: (message: string) => {
        error = message;
        throw new Error(message);
      },
    },
    {},
    bundle,
  );
  return error;
}

const chunk = (fileName: string, kb: number, modules: Record<string, number>) => ({
  type: 'chunk',
  fileName,
  code: 'x'.repeat(kb * 1000),
  modules: Object.fromEntries(
    Object.entries(modules).map(([id, renderedLength]) => [id, { renderedLength }]),
  ),
});

describe('the static Storybook chunk budget', () => {
  it('accepts chunks up to the limit', () => {
    expect(CHUNK_LIMIT_KB).toBe(500);
    expect(check({ a: chunk('a.js', CHUNK_LIMIT_KB, { '/src/a.ts': 1, '/src/b.ts': 1 }) })).toBe(
      undefined,
    );
  });

  it('accepts an oversized chunk that is one indivisible vendor module', () => {
    expect(check({ axe: chunk('axe.js', 700, { '/node_modules/axe-core/axe.js': 1 }) })).toBe(
      undefined,
    );
  });

  it('fails on any other oversized chunk, naming its largest modules', () => {
    expect(() =>
      check({
        big: chunk('assets/big.js', 600, {
          '/node_modules/axe-core/axe.js': 500_000,
          '/node_modules/docx/dist/index.mjs': 450_000,
        }),
      }),
    ).toThrow(/assets\/big\.js is 600 kB, over the 500 kB chunk budget[\s\S]*500 kB .*axe\.js/);
  });

  it('turns off Vite\u2019s own warning, which it replaces', () => {
    const config = chunkBudget([]).config as () => { build: { chunkSizeWarningLimit: number } };
    expect(config().build.chunkSizeWarningLimit).toBe(Number.POSITIVE_INFINITY);
  });
});
