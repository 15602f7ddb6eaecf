import { defineConfig } from 'vitest/config';

// One Vitest run, several projects: `unit:*` run in Node or jsdom from source, `dist` reads the
// built packages (run after `pnpm build`), `storybook` runs every story in headless Chromium.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/storybook/vitest.config.ts',
      {
        test: {
          name: 'unit:workspace',
          include: ['test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dist',
          include: ['packages/*/test/**/*.dist.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
