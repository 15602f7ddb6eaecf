// `import '@partnership-kit/react/styles.css'` applies the optional theme; nothing is imported by
// name. The build turns this file into dist/styles.css.d.ts and dist/styles.css.d.cts (and no
// JavaScript), the declarations `exports` gives that import, so that TypeScript resolves it in
// projects that check side-effect imports (`noUncheckedSideEffectImports`, on in every
// `tsc --init` since TypeScript 6).
export {};
