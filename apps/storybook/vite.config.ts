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
    // No `build` options here: Storybook ignores them. The static build's chunking and its chunk
    // budget are set in .storybook/main.ts (viteFinal).
  }),
);
