import { defaultClientConditions, defaultServerConditions } from 'vite';

/**
 * The export condition under which each workspace package points at its TypeScript source
 * (`"@partnership-kit/source": "./src/index.ts"` in its `exports`). Tests, type checks and
 * Storybook resolve it, so no build is needed to run them; the published manifests drop it
 * (`publishConfig.exports`), so consumers only ever see `dist`.
 */
export const SOURCE_CONDITION = '@partnership-kit/source';

/** Vite/Vitest settings that resolve workspace packages from source, in browser and Node alike. */
export const resolveFromSource = {
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
};
