/**
 * The export condition under which each workspace package points at its TypeScript source
 * (`"@partnership-kit/source": "./src/index.ts"` in its `exports`). Tests, type checks and
 * Storybook resolve it, so no build is needed to run them; the published manifests drop it
 * (`publishConfig.exports`), so consumers only ever see `dist`.
 */
export declare const SOURCE_CONDITION = "@partnership-kit/source";
/** Vite/Vitest settings that resolve workspace packages from source, in browser and Node alike. */
export declare const resolveFromSource: {
    resolve: {
        conditions: string[];
    };
    ssr: {
        resolve: {
            conditions: string[];
        };
    };
};
/**
 * What the packages' source imports from npm, as Vite `optimizeDeps.include` entries
 * (`@partnership-kit/core > zod/mini`). Read from source, Vite's scan misses these and finds them
 * mid-run, then reloads the page: in the browser tests that breaks the running story with
 * "failed to find the current suite". Listing them up front makes every run pre-bundle them.
 */
export declare function sourceDependencies(): string[];
