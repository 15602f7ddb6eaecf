#!/usr/bin/env node
// Package checks, on the tarballs exactly as they would be published (run after `pnpm build`):
//   1. `pnpm pack` each package (workspace:^ ranges and publishConfig applied),
//   2. publint --strict and attw on each tarball,
//   3. a consumer smoke test in a fresh project outside the workspace that installs the three
//      tarballs with npm and fails unless that install is clean (no warning, no EBADENGINE on
//      our Node range, no @types/* at run time), then imports them as ESM, requires them as
//      CommonJS, server-renders a component with React 19 and React 18, type-checks a plain
//      TypeScript project using them, builds a Vite + React app with them, and, when a Chromium
//      is available, opens that app and uses the component. Optional peers (docx) are installed
//      last, as the README tells portals to, after their entries were checked without them.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
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
import { auditInstall } from './lib/install-audit.mjs';
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
const templatesManifest = readJson('packages/templates/package.json');
const versions = {
  react: readJson('packages/react/package.json').devDependencies.react,
  typesReact: readJson('packages/react/package.json').devDependencies['@types/react'],
  vite: readJson('package.json').devDependencies.vite,
  pluginReact: readJson('apps/storybook/package.json').devDependencies['@vitejs/plugin-react'],
};
// Optional peers (docx for `@partnership-kit/templates/docx`, later pdfkit…): each has a script
// pair in scripts/consumer/peers/ that uses its entry, run before and after the portal installs it.
const optionalPeers = Object.entries(templatesManifest.peerDependenciesMeta ?? {})
  .filter(([, meta]) => meta.optional)
  .map(([name]) => ({ name, range: templatesManifest.peerDependencies[name] }));
const npmEnv = packageManagerEnv();

/**
 * `npm install` in the consumer, its output captured (not printed) and audited: no warning, no
 * EBADENGINE, no @types/* among the run-time dependencies (see scripts/lib/install-audit.mjs),
 * except below the optional peers named in `allowVia`, which the portal chose to install.
 */
function npmInstall(args, { allowVia = [], cwd = consumer } = {}) {
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', ...args], {
    cwd,
    env: npmEnv,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    console.error(output);
    throw new Error(`\`npm install ${args.join(' ')}\` failed (exit code ${result.status}).`);
  }
  const tree = capture('npm', ['ls', '--all', '--omit=dev', '--long', '--json'], {
    cwd,
    env: npmEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (tree === undefined) throw new Error('`npm ls --omit=dev` failed in the consumer project.');
  const { problems, allowed } = auditInstall({ output, runtimeTree: JSON.parse(tree), allowVia });
  if (problems.length > 0) {
    console.error(output);
    throw new Error(`the install is not clean:\n  ${problems.join('\n  ')}`);
  }
  const what = ['npm install', ...args].join(' ');
  if (allowed.length === 0) {
    console.log(
      `  ${what}: clean (npm printed nothing to fix, no engine mismatch, no run-time @types)`,
    );
    return;
  }
  const peers = allowVia.join(' and ');
  console.log(
    `  ${what}: clean but for what ${peers} ${allowVia.length > 1 ? 'bring' : 'brings'}:`,
  );
  for (const line of allowed) console.log(`    ${line}`);
}

/** Runs the scripts of every optional peer in the consumer: `missing` or `installed`. */
function runPeerScripts(state) {
  for (const peer of optionalPeers) {
    for (const script of [`peers/${peer.name}.mjs`, `peers/${peer.name}.cjs`]) {
      if (!existsSync(path.join(consumer, script))) {
        throw new Error(`scripts/consumer/${script} is missing: every optional peer needs one.`);
      }
      run('node', [script, state], { cwd: consumer });
    }
  }
}

await step('consumer: npm install the tarballs (a clean install)', () => {
  // The portal's own files: ESM and CJS scripts, a Vite + React app, a TypeScript check
  // (scripts/consumer/).
  cpSync(path.join(root, 'scripts', 'consumer'), consumer, { recursive: true });
  const local = Object.fromEntries(
    PACKAGES.map((name) => [`@partnership-kit/${name}`, `file:${tarballs[name]}`]),
  );
  const pkg = {
    name: 'existing-portal',
    private: true,
    type: 'module',
    dependencies: { ...local, react: versions.react, 'react-dom': versions.react },
    // The portal's own dev tools, @types included: chosen by the portal, not pulled by us.
    devDependencies: {
      vite: versions.vite,
      '@vitejs/plugin-react': versions.pluginReact,
      '@types/react': versions.typesReact,
    },
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

await step('consumer: optional peers not installed, their entries say what to install', () => {
  runPeerScripts('missing');
});

await step('consumer: a plain TypeScript project type-checks (tsc --init settings)', () => {
  // The workspace's tsc, on the consumer's files: types come from the consumer's node_modules.
  run(bin('tsc'), ['-p', path.join(consumer, 'tsconfig.json')], { cwd: consumer });
  console.log('  the stylesheet import, the components and the core API type-check, ESM and CJS');
});

await step('consumer: vite build of a React app (no docx installed)', () => {
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

await step('consumer: optional peers installed as the README says, then used', () => {
  // Each install audits the whole tree again: what the peers installed before it brought is
  // still the portal's choice, so it stays allowed.
  const installed = [];
  for (const peer of optionalPeers) {
    installed.push(peer.name);
    npmInstall([`${peer.name}@${peer.range}`], { allowVia: [...installed] });
  }
  runPeerScripts('installed');
});

await step('consumer: a portal on React 18.3, ESM + CJS', () => {
  // A second portal, on React 18 from the start (swapping React inside the first one would
  // only test npm's handling of peers that change under it).
  const portal18 = path.join(workDir, 'consumer-react18');
  mkdirSync(portal18);
  for (const file of ['esm.mjs', 'cjs.cjs'])
    cpSync(path.join(consumer, file), path.join(portal18, file));
  const pkg = JSON.parse(readFileSync(path.join(consumer, 'package.json'), 'utf8'));
  const dependencies = { ...pkg.dependencies, react: '18.3', 'react-dom': '18.3' };
  for (const peer of optionalPeers) delete dependencies[peer.name]; // no docx in this one
  const manifest = { ...pkg, dependencies, devDependencies: {} };
  writeFileSync(path.join(portal18, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  npmInstall([], { cwd: portal18 });
  run('node', ['esm.mjs'], { cwd: portal18 });
  run('node', ['cjs.cjs'], { cwd: portal18 });
});

console.log(`\n${'package checks'.padEnd(72)} ${'time'.padStart(7)}`);
for (const [name, ms] of timings) console.log(`${name.padEnd(72)} ${seconds(ms).padStart(7)}`);
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
    // The RACI grid, styled by the theme: the sample's matrix is adopted, so reopen it as a
    // draft, as a working group would, then set a letter with the keyboard.
    await page.getByRole('button', { name: 'Reopen as draft' }).click();
    const cell = page.locator('[role="grid"] [data-row="1"][data-col="2"]');
    await cell.focus();
    await page.keyboard.press('i');
    await page
      .waitForFunction(
        () =>
          document.querySelector('[role="grid"] [data-row="1"][data-col="2"]')?.textContent === 'I',
        null,
        { timeout: 5_000 },
      )
      .catch(() => {
        throw new Error('typing I in the RACI grid did not set the cell');
      });
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
