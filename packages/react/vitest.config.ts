import { defineProject, mergeConfig } from 'vitest/config';
import { resolveFromSource } from '../../vitest.shared.ts';

export default mergeConfig(
  resolveFromSource,
  defineProject({
    test: {
      name: 'unit:react',
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./test/setup.ts'],
    },
  }),
);
