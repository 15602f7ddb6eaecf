#!/usr/bin/env node
// `pnpm test:under-load`: the whole verify pipeline (what `npm test` runs after installing)
// beside two CPU-bound processes, as on a small CI machine or a laptop busy with other work.
// Time budgets of heavy tests are sized for this (test/test-budgets.test.ts); this run proves
// them. Prints how long it took and exits with the pipeline's own exit code.
//   node scripts/test-under-load.mjs [--processes=N]   (2 by default)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seconds } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(/^--processes=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 2);

// A busy loop that stops by itself if this script dies without stopping it (its parent
// changes): no CPU burner is ever left behind.
const BUSY_LOOP = `
const parent = process.ppid;
for (;;) {
  for (let i = 0; i < 1e8; i += 1);
  if (process.ppid !== parent) process.exit(0);
}`;

const burners = Array.from({ length: count }, () =>
  spawn(process.execPath, ['-e', BUSY_LOOP], { stdio: 'ignore' }),
);
const stopLoad = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}

const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(
  `▶ test:under-load: ${count} busy processes (pids ${burners.map((b) => b.pid).join(', ')}) ` +
    `on ${cores} cores, beside the verify pipeline`,
);

// The pnpm that `npm test` brought, when there is one (see scripts/newcomer.mjs).
const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');
const env = existsSync(toolsBin)
  ? { ...process.env, PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}` }
  : process.env;

const started = performance.now();
const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'verify.mjs')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const took = performance.now() - started;
stopLoad();

const code = result.status ?? 1;
console.log(
  `\ntest:under-load ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(took)} ` +
    `(verify pipeline beside ${count} busy processes on ${cores} cores, exit code ${code})`,
);
process.exit(code);
