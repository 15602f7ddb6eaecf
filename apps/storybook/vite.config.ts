import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vite';
import { resolveFromSource, sourceDependencies } from '../../vitest.shared.ts';

// Storybook's Vite builder reads this file: components come from the packages' source, so a
// designer sees an edit at once, without building the packages.
export default mergeConfig(
  resolveFromSource,
  defineConfig({
    plugins: [react()],
    optimizeDeps: { include: sourceDependencies() },
    // Storybook's own runtime chunks are large; our packages are held to budgets elsewhere
    // (scripts/size-budgets.mjs), so this warning would only be noise in every build.
    build: { chunkSizeWarningLimit: 2000 },
  }),
);
