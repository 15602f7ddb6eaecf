#!/usr/bin/env node
// Every check CI runs, in order, stopping at the first failure, then a table of timings and
// the test counts. `npm test` calls this after a frozen-lockfile install; developers can run
// `pnpm verify` directly.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, seconds } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'node_modules', '.cache', 'verify');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Extra arguments that make a Vitest run also write its counts to a JSON report. */
const vitestReport = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(reports, `${name}.json`)}`,
];

const steps = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit tests', script: 'test:unit', args: vitestReport('unit') },
  { name: 'build', script: 'build' },
  { name: 'dist tests', script: 'test:dist', args: vitestReport('dist') },
  { name: 'documents check', script: 'check:documents' },
  { name: 'package checks', script: 'check:packages' },
  { name: 'size budgets', script: 'size' },
  { name: 'storybook build', script: 'build-storybook' },
  { name: 'browser tests', script: 'test:browser', args: vitestReport('browser') },
];

const timings = [];
let failure;
for (const step of steps) {
  console.log(`\n▶ ${step.name} (pnpm run ${step.script})`);
  try {
    timings.push([
      step.name,
      run('pnpm', ['run', step.script, ...(step.args ?? [])], { cwd: root }),
    ]);
  } catch (error) {
    failure = `${step.name}: ${error instanceof Error ? error.message : String(error)}`;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
for (const name of ['unit', 'dist', 'browser']) {
  try {
    const report = JSON.parse(readFileSync(path.join(reports, `${name}.json`), 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    counts.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // That step did not run (an earlier one failed); its tests are simply not counted.
  }
}

console.log('\nstep              time');
for (const [name, ms] of timings) console.log(`${name.padEnd(17)} ${seconds(ms).padStart(8)}`);
if (failure) {
  console.error(`\n✖ ${failure}`);
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(1);
}
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
