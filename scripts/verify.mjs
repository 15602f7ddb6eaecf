#!/usr/bin/env node
// Every check CI runs, in order, stopping at the first failure, then a table of timings and
// the test counts. `npm test` calls this after a frozen-lockfile install; developers can run
// `pnpm verify` directly. A clean run prints no warning: the output of every step is read as
// it goes by, and a run whose steps printed one fails at the end, with the lines.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seconds } from './lib/run.mjs';
import { findWarnings } from './lib/warnings.mjs';

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

/**
 * Runs `pnpm run <script>`, passing its output through as it comes (in colour when this runs in
 * a terminal) and keeping it to look for warnings. Resolves with the time it took, the exit code
 * and the warning lines.
 */
function runStep(script, args) {
  const started = performance.now();
  const child = spawn('pnpm', ['run', script, ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    env: process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env,
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        ms: performance.now() - started,
        code: code ?? signal,
        warnings: findWarnings(output),
      }),
    );
  });
}

const timings = [];
const warnings = [];
let failure;
for (const step of steps) {
  console.log(`\n▶ ${step.name} (pnpm run ${step.script})`);
  const result = await runStep(step.script, step.args ?? []);
  timings.push([step.name, result.ms]);
  warnings.push(...result.warnings.map((line) => `${step.name}: ${line}`));
  if (result.code !== 0) {
    failure = `${step.name}: \`pnpm run ${step.script}\` failed (exit code ${result.code}).`;
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
if (warnings.length > 0 && !failure) {
  failure = `a clean run prints no warning; these steps printed some:\n  ${warnings.join('\n  ')}`;
}
if (failure) {
  console.error(`\n✖ ${failure}`);
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(1);
}
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
