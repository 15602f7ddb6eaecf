#!/usr/bin/env node
// Size budgets: each built entry is bundled the way a portal's bundler would — Vite (Rolldown),
// minified, with every dependency except React itself — gzipped, and compared with its budget.
// What loads first counts (the entry and the chunks it imports statically); chunks loaded with
// import() (a dialog opened later, a CSV export) are shown apart as lazy. Prints the measured
// sizes and fails when one is over. Run after `pnpm build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REACT = [/^react($|\/)/, /^react-dom($|\/)/, 'scheduler'];
const PROBES = path.join(root, 'node_modules/.cache/size-probes');

/** Budgets in kB (1,000 bytes) gzipped. Later issues tighten them; never loosen one quietly. */
const BUDGETS = [
  // F1 set 20 kB before the domain model existed. Measured with C1 + C2 (whole entry, gzipped):
  // zod/mini 7.9 kB and immer with patches 5.1 kB before any of our code; bilingual text 6.4 kB
  // (issue messages 4.6, review and dissolution checklists 1.8); the rest is logic. Parts
  // tree-shake: parse + schemas alone is 15.5 kB, a RACI editor (reducer, history, rules,
  // formatIssue, navigation) 17.6 kB. Budget = measured 30.6 kB + a little room; see issue notes.
  // A1: the main entry is the document (schemas, parse with migrations from versions 0 and 1,
  // bilingual texts) within 20 kB — zod/mini alone is about 9 kB of it; the RACI engine, the
  // guide's rules, the editing reducers, issue wording, CSV and message formatting are subpaths
  // an app imports when it needs them. Subpath budgets are their first measure (A1) + ~3 %.
  { name: '@partnership-kit/core', entry: 'packages/core/dist/index.js', limitKb: 20 },
  { name: '@partnership-kit/core/raci', entry: 'packages/core/dist/raci.js', limitKb: 15 },
  { name: '@partnership-kit/core/rules', entry: 'packages/core/dist/rules.js', limitKb: 15 },
  // Every reducer of the document with schema validation after each action: zod + immer.
  { name: '@partnership-kit/core/editing', entry: 'packages/core/dist/editing.js', limitKb: 26 },
  { name: '@partnership-kit/core/issues', entry: 'packages/core/dist/issues.js', limitKb: 12 },
  { name: '@partnership-kit/core/csv', entry: 'packages/core/dist/csv.js', limitKb: 3 },
  { name: '@partnership-kit/core/format', entry: 'packages/core/dist/format.js', limitKb: 3 },
  { name: '@partnership-kit/templates', entry: 'packages/templates/dist/index.js', limitKb: 25 },
  // DOCX is a separate entry so that only apps that import it pay for the docx package (an
  // optional peer the portal installs), measured here with it.
  {
    name: '@partnership-kit/templates/docx',
    entry: 'packages/templates/dist/docx.js',
    limitKb: 80,
    // The entry is only a loader: what it loads (docx and the writer) is what it costs.
    includeLazy: true,
  },
  // PDF is a separate entry too, so that only apps that import it pay for pdfkit (an optional
  // peer the portal installs, measured here with it) and the fonts the PDF embeds. Measured in
  // D2: 463 kB gzipped in all, of which pdfkit with fontkit, brotli and linebreak ~213 kB, the
  // Noto Sans Latin faces ~52 kB, our code ~14 kB, and the Latin Extended and Vietnamese faces
  // ~184 kB, which load (a chunk of their own) only for a document with a letter the Latin faces
  // lack: a French or English document loads 280 kB. WOFF data does not gzip further.
  {
    name: '@partnership-kit/templates/pdf',
    entry: 'packages/templates/dist/pdf.js',
    limitKb: 475,
    includeLazy: true,
  },
  // A1: the main entry holds the grids and forms (RaciMatrix with its legend, FfpmGrid,
  // WorksheetForm) and what every component shares; the rest are subpaths. Code loaded only when
  // used (the task and role dialog, Word) is a lazy chunk: counted apart, not in the entry.
  {
    name: '@partnership-kit/react',
    entry: 'packages/react/dist/index.js',
    limitKb: 45,
    external: REACT,
  },
  {
    name: 'RaciMatrix alone',
    entry: 'packages/react/dist/index.js',
    only: ['RaciMatrix'],
    limitKb: 30,
    external: REACT,
  },
  {
    name: '@partnership-kit/react/guide',
    entry: 'packages/react/dist/guide.js',
    limitKb: 40,
    external: REACT,
  },
  // The preview is a modal dialog (Radix Dialog, about 18 kB of it) around the document markup.
  {
    name: '@partnership-kit/react/preview',
    entry: 'packages/react/dist/preview.js',
    limitKb: 43,
    external: REACT,
  },
  // Every editor of the document, with core's editing reducers and rules behind them.
  {
    name: '@partnership-kit/react/editors',
    entry: 'packages/react/dist/editors.js',
    limitKb: 101,
    external: REACT,
  },
  // The whole guide in one component: every editor, grid, panel and the preview.
  {
    name: '@partnership-kit/react/workspace',
    entry: 'packages/react/dist/workspace.js',
    limitKb: 161,
    external: REACT,
  },
  // Every built-in string of every component, in both languages (for apps that reword them).
  {
    name: '@partnership-kit/react/messages',
    entry: 'packages/react/dist/messages.js',
    limitKb: 17,
    external: REACT,
  },
];

/**
 * What an app downloads first for an entry (or for some of its exports, tree-shaken): the
 * entry's chunk and every chunk it imports statically, minified, gzipped. Chunks it loads with
 * `import()` are measured apart as `lazy` (or counted in, with `includeLazy`).
 */
async function measure({ name, entry, only, external = [], includeLazy = false }) {
  const file = path.join(root, entry);
  if (!existsSync(file)) throw new Error(`${entry} is missing: run \`pnpm build\` first.`);
  mkdirSync(PROBES, { recursive: true });
  const probe = path.join(PROBES, `${name.replace(/[^\w]+/g, '-')}.js`);
  writeFileSync(
    probe,
    only
      ? `export { ${only.join(', ')} } from ${JSON.stringify(file)};\n`
      : `export * from ${JSON.stringify(file)};\n`,
  );
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: probe, formats: ['es'], fileName: 'probe' },
      rollupOptions: { external },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((chunk) => chunk.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const first = new Set();
  const visit = (chunk) => {
    if (!chunk || first.has(chunk)) return;
    first.add(chunk);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  const counted = includeLazy ? chunks : [...first];
  const gz = (list) =>
    list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).byteLength, 0);
  return {
    minified: counted.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    gzipped: gz(counted),
    lazy: includeLazy ? 0 : gz(chunks.filter((chunk) => !first.has(chunk))),
  };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let over = 0;
console.log('entry (with dependencies, without React)   minified     gzipped    budget   used\n');
for (const budget of BUDGETS) {
  const { minified, gzipped, lazy } = await measure(budget);
  const limit = budget.limitKb * 1000;
  const used = `${Math.round((gzipped / limit) * 100)}%`;
  const flag = gzipped > limit ? '  ✖ OVER BUDGET' : '';
  if (gzipped > limit) over += 1;
  console.log(
    `${budget.name.padEnd(42)} ${kb(minified).padStart(10)} ${kb(gzipped).padStart(11)} ${`${budget.limitKb} kB`.padStart(9)} ${used.padStart(6)}${lazy > 0 ? `   (+ ${kb(lazy)} lazy)` : ''}${flag}`,
  );
}
if (over > 0) {
  console.error(`\n✖ ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
