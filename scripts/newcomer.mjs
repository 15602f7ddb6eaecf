#!/usr/bin/env node
// The two commands the README promises to someone with only Node and npm:
//   npm start  → install everything, then serve Storybook on http://127.0.0.1:6006
//   npm test   → install everything (frozen lockfile), then run every check CI runs
// It brings the pnpm version pinned in package.json's "packageManager" into .tools/ (newer
// pnpm releases do not install here, and corepack needs signatures this registry lacks), and
// Debian's chromium for the browser tests when it is missing and we may install it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/chromium.mjs';
import { capture, packageManagerEnv, run, seconds } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const pnpmVersion = /^pnpm@(\d+\.\d+\.\d+)$/.exec(manifest.packageManager ?? '')?.[1];
const toolsDir = path.join(root, '.tools');
const toolsBin = path.join(toolsDir, 'node_modules', '.bin');

const mode = process.argv[2];
if (mode !== 'start' && mode !== 'test') {
  console.error('usage: node scripts/newcomer.mjs start|test');
  process.exit(2);
}
if (!pnpmVersion) {
  console.error('package.json must pin pnpm as "packageManager": "pnpm@X.Y.Z".');
  process.exit(2);
}

/** Returns a pnpm binary of the pinned version, installing it into .tools/ when needed. */
function ensurePnpm(env) {
  const local = path.join(toolsBin, 'pnpm');
  if (existsSync(local) && capture(local, ['--version'], { env }) === pnpmVersion) return local;
  if (capture('pnpm', ['--version'], { env }) === pnpmVersion) return 'pnpm';
  console.log(`\n▶ installing pnpm ${pnpmVersion} into .tools/`);
  run(
    'npm',
    [
      'install',
      '--prefix',
      toolsDir,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${pnpmVersion}`,
    ],
    { cwd: root },
  );
  return local;
}

/** Installs Debian's chromium when no Chromium is found and this user may run apt-get. */
function ensureChromium() {
  if (findChromium()) return;
  const isRoot = process.getuid?.() === 0;
  const asRoot = isRoot
    ? []
    : capture('sudo', ['-n', 'true']) !== undefined
      ? ['sudo', '-n']
      : null;
  if (asRoot === null || capture('sh', ['-c', 'command -v apt-get']) === undefined) {
    console.warn(
      '\n⚠ No Chromium found and it cannot be installed from here: the browser tests will fail.\n' +
        '  Install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    return;
  }
  console.log('\n▶ installing Debian chromium for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args) => {
    const [command = 'apt-get', ...rest] = [...asRoot, 'apt-get', ...args];
    run(command, rest, { env });
  };
  aptGet('update', '-qq');
  aptGet('install', '-y', '-qq', 'chromium');
}

const started = performance.now();
try {
  // With .tools/ first on PATH, the scripts pnpm runs find the same pinned pnpm.
  const env = packageManagerEnv({
    PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`,
  });
  const pnpm = ensurePnpm(env);
  if (mode === 'test') ensureChromium();
  console.log('\n▶ pnpm install --frozen-lockfile');
  const installMs = run(pnpm, ['install', '--frozen-lockfile'], { cwd: root, env });
  console.log(`  install took ${seconds(installMs)}`);
  if (mode === 'start') {
    console.log('\n▶ Storybook on http://127.0.0.1:6006 (Ctrl+C to stop)');
    run(pnpm, ['run', 'storybook'], { cwd: root, env });
  } else {
    run(pnpm, ['run', 'verify'], { cwd: root, env });
    console.log(`\nnpm test finished in ${seconds(performance.now() - started)}`);
  }
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
