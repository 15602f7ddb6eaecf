import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vite';
import { resolveFromSource, sourceDependencies } from '../../vitest.shared.ts';

// The benchmark pages read @partnership-kit/* from source (the `@partnership-kit/source`
// condition), like Storybook and the tests: what is measured is the code in this checkout. The
// build is a production build (React's production bundle), which is what `pnpm bench:react` serves.
export default mergeConfig(
  resolveFromSource,
  defineConfig({
    plugins: [react()],
    optimizeDeps: { include: sourceDependencies() },
    // AG Grid alone is over a megabyte: the warning would fire on every build and says nothing.
    build: { chunkSizeWarningLimit: 3000, sourcemap: false },
  }),
);
