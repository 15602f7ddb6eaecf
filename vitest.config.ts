import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import { resolveFromSource } from './vitest.shared.ts';

// One Vitest run, several projects: `unit:*` run in Node or jsdom from source, `dist` reads the
// built packages (run after `pnpm build`), `storybook` runs every story in headless Chromium.
export default defineConfig({
  test: {
    // Vitest runs one file per worker and defaults to one worker less than the cores: on the
    // 2-core machines CI and many laptops have, a single worker, and every file after the other.
    // Two let the slow files (fuzz, axe) overlap the rest: the unit tests went from 53 s to 42 s
    // on 2 idle cores. Heavy tests carry budgets sized for a busy machine (test/test-budgets.test.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // `pnpm test:coverage`: what the unit tests exercise in the published packages' source.
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.{ts,tsx}'],
      exclude: ['**/*.test.{ts,tsx}', '**/index.ts'],
      reporter: ['text', 'html'],
    },
    projects: [
      'packages/*/vitest.config.ts',
      'apps/storybook/vitest.config.ts',
      mergeConfig(resolveFromSource, {
        test: {
          name: 'unit:workspace',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.dist.test.ts'],
          environment: 'node',
        },
      }),
      mergeConfig(resolveFromSource, {
        test: {
          name: 'unit:storybook',
          root: 'apps/storybook',
          include: ['.storybook/**/*.test.ts'],
          environment: 'node',
        },
      }),
      {
        test: {
          name: 'dist',
          include: ['packages/*/test/**/*.dist.test.ts', 'test/**/*.dist.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
