#!/usr/bin/env node
// Package checks, on the tarballs exactly as they would be published (run after `pnpm build`):
//   1. `pnpm pack` each package (workspace:^ ranges and publishConfig applied),
//   2. publint --strict and attw on each tarball,
//   3. a consumer smoke test in a fresh project outside the workspace that installs the three
//      tarballs with npm, then imports them as ESM, requires them as CommonJS, server-renders a
//      component with React 19 and React 18, builds a Vite + React app with them, and, when a
//      Chromium is available, opens that app and uses the component.
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';
import { capture, packageManagerEnv, run, seconds } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const PACKAGES = ['core', 'templates', 'react'];
const workDir = mkdtempSync(path.join(os.tmpdir(), 'partnership-kit-packages-'));
const keep = process.argv.includes('--keep');
const timings = [];
process.on('exit', (code) => {
  if (code !== 0) console.error(`\nThe tarballs and the consumer project are kept in ${workDir}`);
});

/** Runs one named part of the check and records how long it took (sync or async). */
async function step(name, action) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const result = await action();
  timings.push([name, performance.now() - started]);
  return result;
}

// 1. Pack.
const tarballs = await step('pnpm pack', () => {
  const destination = path.join(workDir, 'tarballs');
  mkdirSync(destination);
  return Object.fromEntries(
    PACKAGES.map((name) => {
      const out = capture('pnpm', ['pack', '--pack-destination', destination, '--json'], {
        cwd: path.join(root, 'packages', name),
      });
      if (out === undefined) throw new Error(`pnpm pack failed in packages/${name}`);
      const { filename, files } = JSON.parse(out);
      const size = `${(statSync(filename).size / 1000).toFixed(1)} kB`;
      console.log(`  ${path.basename(filename)} (${size}): ${files.map((f) => f.path).join(', ')}`);
      return [name, filename];
    }),
  );
});

// 2. Lint what would be published.
await step('publint --strict', () => {
  for (const tarball of Object.values(tarballs)) run(bin('publint'), ['run', tarball, '--strict']);
});
await step('attw (are the types wrong?)', () => {
  for (const name of PACKAGES) {
    // Stylesheets are entry points with no types by nature: attw checks the JavaScript ones.
    const stylesheets = Object.keys(readJson(`packages/${name}/package.json`).exports ?? {}).filter(
      (subpath) => subpath.endsWith('.css'),
    );
    const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : [];
    run(bin('attw'), [tarballs[name], '--format', 'table-flipped', ...exclude]);
  }
});

// 3. A consumer project outside the workspace, with nothing but npm and the registry.
const consumer = path.join(workDir, 'consumer');
const versions = {
  react: readJson('packages/react/package.json').devDependencies.react,
  vite: readJson('package.json').devDependencies.vite,
  pluginReact: readJson('apps/storybook/package.json').devDependencies['@vitejs/plugin-react'],
};
const npmEnv = packageManagerEnv();
const npmInstall = (args) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...args], {
    cwd: consumer,
    env: npmEnv,
  });

await step('consumer: npm install the tarballs', () => {
  // The portal's own files: ESM and CJS scripts, and a Vite + React app (scripts/consumer/).
  cpSync(path.join(root, 'scripts', 'consumer'), consumer, { recursive: true });
  const local = Object.fromEntries(
    PACKAGES.map((name) => [`@partnership-kit/${name}`, `file:${tarballs[name]}`]),
  );
  const pkg = {
    name: 'existing-portal',
    private: true,
    type: 'module',
    dependencies: { ...local, react: versions.react, 'react-dom': versions.react },
    devDependencies: { vite: versions.vite, '@vitejs/plugin-react': versions.pluginReact },
    // The packed manifests name each other by version (^0.1.0); point those at the tarballs
    // too, so nothing is fetched from the registry under our names.
    overrides: local,
  };
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  npmInstall([]);
});

await step('consumer: ESM import + CJS require, React 19', () => {
  run('node', ['esm.mjs'], { cwd: consumer });
  run('node', ['cjs.cjs'], { cwd: consumer });
});

await step('consumer: vite build of a React app', () => {
  run(path.join(consumer, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: consumer,
  });
});

await step('consumer: the built app used in Chromium', async () => {
  const executablePath = findChromium();
  if (!executablePath) {
    if (process.env.CI) throw new Error('No Chromium in CI: the consumer app cannot be opened.');
    console.log('  skipped: no Chromium on this machine (set CHROMIUM_PATH or install chromium)');
    return;
  }
  await checkInBrowser(executablePath);
});

await step('consumer: ESM + CJS again with React 18.3', () => {
  npmInstall(['react@18.3', 'react-dom@18.3']);
  run('node', ['esm.mjs'], { cwd: consumer });
  run('node', ['cjs.cjs'], { cwd: consumer });
});

console.log('\npackage checks                                   time');
for (const [name, ms] of timings) console.log(`${name.padEnd(48)} ${seconds(ms).padStart(7)}`);
if (!keep) rmSync(workDir, { recursive: true, force: true });
else console.log(`\nkept ${workDir}`);

/** Serves the consumer's build with `vite preview` and uses the component like a person. */
async function checkInBrowser(executablePath) {
  const port = await freePort();
  const preview = spawn(
    path.join(consumer, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: consumer, stdio: 'ignore' },
  );
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.getByText('Assume la responsabilité').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'What do R, A, C and I mean?' }).click();
    await page.getByRole('dialog', { name: 'RACI matrix legend' }).waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 5_000 });
    // The RACI grid, styled by the theme: set a letter with the keyboard.
    const cell = page.locator('[role="grid"] [data-row="1"][data-col="2"]');
    await cell.focus();
    await page.keyboard.press('i');
    if ((await cell.textContent()) !== 'I')
      throw new Error('typing I in the RACI grid did not set the cell');
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
    console.log('  the legend rendered, the dialog opened and closed, the RACI grid took a letter');
  } finally {
    await browser.close();
    preview.kill();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
