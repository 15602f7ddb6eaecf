import { defineProject, mergeConfig } from 'vitest/config';
import { resolveFromSource } from '../../vitest.shared.ts';

export default mergeConfig(
  resolveFromSource,
  defineProject({
    test: {
      name: 'unit:react',
      environment: 'jsdom',
      // Every test here renders React in jsdom and most drive it with user-event: up to a second
      // on an idle machine (the first test of a file also warms React up), several times that on
      // a small, busy one. Axe tests set a larger budget of their own (test/budgets.ts).
      testTimeout: 30_000,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      exclude: ['**/*.dist.test.ts'],
      setupFiles: ['./test/setup.ts'],
    },
  }),
);
