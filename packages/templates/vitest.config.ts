import { defineProject, mergeConfig } from 'vitest/config';
import { resolveFromSource } from '../../vitest.shared.ts';

export default mergeConfig(
  resolveFromSource,
  defineProject({
    test: {
      name: 'unit:templates',
      environment: 'node',
      include: ['src/**/*.test.ts'],
      benchmark: { include: ['bench/**/*.bench.ts'] },
    },
  }),
);
