#!/usr/bin/env node
// The two commands the README promises to someone with only Node and npm:
//   npm start  → install everything, then serve Storybook on http://127.0.0.1:6006
//   npm test   → install everything (frozen lockfile), then run every check CI runs
// It brings the pnpm version pinned in package.json's "packageManager" into .tools/ (newer
// pnpm releases do not install here, and corepack needs signatures this registry lacks), and
// from Debian, when they are missing and we may install them: chromium for the browser tests,
// LibreOffice Writer and poppler-utils for the documents check (poppler also for the PDF tests,
// which read the files renderPdf writes back with pdfinfo and pdffonts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/chromium.mjs';
import { missingOfficePackages } from './lib/office.mjs';
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

/**
 * How to run apt-get here: as root, through passwordless sudo, or not at all (null) — then the
 * caller explains what to install by hand.
 */
function aptGetRunner() {
  const isRoot = process.getuid?.() === 0;
  const asRoot = isRoot
    ? []
    : capture('sudo', ['-n', 'true']) !== undefined
      ? ['sudo', '-n']
      : null;
  if (asRoot === null || capture('sh', ['-c', 'command -v apt-get']) === undefined) return null;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let updated = false;
  return (packages, flags = []) => {
    const aptGet = (...args) => {
      const [command = 'apt-get', ...rest] = [...asRoot, 'apt-get', ...args];
      run(command, rest, { env });
    };
    if (!updated) aptGet('update', '-qq');
    updated = true;
    aptGet('install', '-y', '-qq', ...flags, ...packages);
  };
}

/** Installs Debian's chromium when no Chromium is found and this user may run apt-get. */
function ensureChromium(aptGet) {
  if (findChromium()) return;
  if (!aptGet) {
    console.warn(
      '\n⚠ No Chromium found and it cannot be installed from here: the browser tests will fail.\n' +
        '  Install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    return;
  }
  console.log('\n▶ installing Debian chromium for the browser tests');
  aptGet(['chromium']);
}

/**
 * Installs LibreOffice Writer and poppler's tools for the documents check when they are missing
 * (Writer alone, without recommended packages: the check only converts DOCX to PDF).
 */
function ensureOffice(aptGet) {
  const missing = missingOfficePackages();
  if (missing.length === 0) return;
  if (!aptGet) {
    console.warn(
      `\n⚠ ${missing.join(' and ')} missing and not installable from here: the documents check will fail.\n` +
        `  Install them (Debian: apt-get install -y --no-install-recommends ${missing.join(' ')}).`,
    );
    return;
  }
  console.log(`\n▶ installing Debian ${missing.join(' and ')} for the documents check`);
  const took = performance.now();
  aptGet(missing, ['--no-install-recommends']);
  console.log(`  took ${seconds(performance.now() - took)}`);
}

const started = performance.now();
try {
  // With .tools/ first on PATH, the scripts pnpm runs find the same pinned pnpm.
  const env = packageManagerEnv({
    PATH: `${toolsBin}${path.delimiter}${process.env.PATH ?? ''}`,
  });
  const pnpm = ensurePnpm(env);
  if (mode === 'test') {
    const aptGet = aptGetRunner();
    ensureChromium(aptGet);
    ensureOffice(aptGet);
  }
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
