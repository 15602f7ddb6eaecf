#!/usr/bin/env node
// Size budgets: each built entry is bundled the way a portal's bundler would (minified, with
// every dependency except React itself), gzipped, and compared with its budget. Prints the
// measured sizes and fails when one is over. Run after `pnpm build`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'];

/** Budgets in kB (1,000 bytes) gzipped. Later issues tighten them; never loosen one quietly. */
const BUDGETS = [
  // F1 set 20 kB before the domain model existed. Measured with C1 + C2 (whole entry, gzipped):
  // zod/mini 7.9 kB and immer with patches 5.1 kB before any of our code; bilingual text 6.4 kB
  // (issue messages 4.6, review and dissolution checklists 1.8); the rest is logic. Parts
  // tree-shake: parse + schemas alone is 15.5 kB, a RACI editor (reducer, history, rules,
  // formatIssue, navigation) 17.6 kB. Budget = measured 30.6 kB + a little room; see issue notes.
  { name: '@partnership-kit/core', entry: 'packages/core/dist/index.js', limitKb: 32 },
  { name: '@partnership-kit/templates', entry: 'packages/templates/dist/index.js', limitKb: 25 },
  // DOCX is a separate entry so that only apps that import it pay for the docx package (an
  // optional peer the portal installs), measured here with it.
  {
    name: '@partnership-kit/templates/docx',
    entry: 'packages/templates/dist/docx.js',
    limitKb: 80,
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
  },
  {
    // 45 kB in F1. Measured since: R1's RaciMatrix and FfpmGrid 41.0 kB; R2's guide panels add
    // core's rules (lintPartnership, schedules, advice): 46.0 kB; AgreementPreview adds the MOU
    // and agreement templates and the HTML/Markdown/text renderers: 57.9 kB; WorksheetForm
    // 60.2 kB. Components a portal does not import tree-shake away.
    name: '@partnership-kit/react',
    entry: 'packages/react/dist/index.js',
    limitKb: 65,
    // Word export is opt-in (AgreementPreview's loadDocx): the entry refers to no DOCX code.
    external: REACT,
  },
];

async function measure({ entry, external = [] }) {
  const file = path.join(root, entry);
  if (!existsSync(file)) throw new Error(`${entry} is missing: run \`pnpm build\` first.`);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let over = 0;
console.log('entry (with dependencies, without React)   minified     gzipped    budget   used\n');
for (const budget of BUDGETS) {
  const { minified, gzipped } = await measure(budget);
  const limit = budget.limitKb * 1000;
  const used = `${Math.round((gzipped / limit) * 100)}%`;
  const flag = gzipped > limit ? '  ✖ OVER BUDGET' : '';
  if (gzipped > limit) over += 1;
  console.log(
    `${budget.name.padEnd(42)} ${kb(minified).padStart(10)} ${kb(gzipped).padStart(11)} ${`${budget.limitKb} kB`.padStart(9)} ${used.padStart(6)}${flag}`,
  );
}
if (over > 0) {
  console.error(`\n✖ ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
