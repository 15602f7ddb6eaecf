#!/usr/bin/env node
// `pnpm bench:react` (issue A1): our RACI grid beside a naive table and AG Grid Community, in
// real Chromium, in one run. For each grid and size, on a fresh page: the first render, then
// chained single-key edits of one cell in the middle of the matrix, each measured as main-thread
// time from the key press until the change is painted and the page is quiet again (deferred
// renders included), read from the Chrome DevTools Protocol's Performance metrics. Figures, not
// assertions: the machine is shared and noisy, so compare ratios taken in the same run. Not in
// CI. Options: --edits N (default 25), --grids ours,naive,aggrid, --sizes 10x5,200x15,1000x15,
// --no-build (reuse apps/bench/dist). What is measured and how to read it: apps/bench/README.md.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(root, 'apps', 'bench');
const site = path.join(app, 'dist');
const cacheDir = path.join(root, 'node_modules', '.cache', 'bench-react');

const { values: options } = parseArgs({
  options: {
    edits: { type: 'string', default: '25' },
    grids: { type: 'string', default: 'ours,naive,aggrid' },
    sizes: { type: 'string', default: '10x5,200x15,1000x15' },
    'no-build': { type: 'boolean', default: false },
  },
});
const EDITS = Math.max(20, Number(options.edits) || 25);
/** Edits made before the measured ones (the first runs cold code); the first is reported apart. */
const WARM_UP = 2;
/**
 * Key presses that change nothing (X, which no grid maps), on the focused cell: the cost of a key
 * press, two frames and the wait for quiet, which every edit pays too.
 */
const FLOOR_SAMPLES = 10;
const GRIDS = options.grids.split(',');
const SIZES = options.sizes.split(',');
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------- build and serve apps/bench

if (!options['no-build']) {
  console.log('Building apps/bench (vite build, production React)…');
  const { build } = await import('vite');
  await build({ root: app, logLevel: 'warn' });
}
if (!existsSync(path.join(site, 'index.html'))) {
  console.error('No build of apps/bench: run without --no-build.');
  process.exit(1);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = path.join(
    site,
    decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname),
  );
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- CDP metrics

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Performance.getMetrics, durations in milliseconds (the protocol gives seconds), counts as is. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(
    list.map(({ name, value }) => [name, /Duration$|Time$/.test(name) ? value * 1000 : value]),
  );
}

/**
 * Main-thread time that belongs to the page: every task (TaskDuration) less the time spent
 * answering the harness's own DevTools commands (Runtime.evaluate, getMetrics…), which Chromium
 * counts apart. Key events sent with Input.dispatchKeyEvent reach the page as ordinary input
 * tasks, so handling them is counted.
 */
const pageTime = (m) => m.TaskDuration - m.DevToolsCommandDuration;

/**
 * Waits until the page is quiet: three 50 ms windows in a row in which it ran less than 0.1 ms
 * of its own tasks (React's deferred renders, timers, idle callbacks all done). Returns the last
 * reading, so that a delta taken against it includes everything the page did.
 */
async function settle(cdp, maxMs = 5000) {
  const started = Date.now();
  let last = await metrics(cdp);
  let quiet = 0;
  while (quiet < 3) {
    await sleep(50);
    const now = await metrics(cdp);
    quiet = pageTime(now) - pageTime(last) < 0.1 ? quiet + 1 : 0;
    last = now;
    if (Date.now() - started > maxMs) return { ...last, unsettled: true };
  }
  return last;
}

/** The split of one measurement: page time and the parts Chromium names. */
function delta(before, after) {
  const script = after.ScriptDuration - before.ScriptDuration;
  const layout = after.LayoutDuration - before.LayoutDuration;
  const style = after.RecalcStyleDuration - before.RecalcStyleDuration;
  const compile = after.V8CompileDuration - before.V8CompileDuration;
  const cpu = pageTime(after) - pageTime(before);
  return {
    cpu,
    script,
    layout,
    style,
    // Everything else on the main thread: input dispatch, paint (display lists), compositing
    // commit, garbage collection outside scripts, and V8 compilation.
    other: cpu - script - layout - style,
    compile,
    // CPU time the main thread actually got (ThreadTime): unlike the durations above, it does not
    // grow when the thread waits for a core, but it includes the harness's DevTools commands.
    thread: after.ThreadTime - before.ThreadTime,
    unsettled: Boolean(after.unsettled),
  };
}

const KEYS = {
  c: { code: 'KeyC', vk: 67 },
  i: { code: 'KeyI', vk: 73 },
  x: { code: 'KeyX', vk: 88 },
};

/** A real key press (keydown with its text, then keyup), as the browser would send it. */
async function press(cdp, key) {
  const { code, vk } = KEYS[key];
  const common = { key, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk };
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    text: key,
    unmodifiedText: key,
    ...common,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
const medians = (samples) =>
  Object.fromEntries(
    ['cpu', 'script', 'layout', 'style', 'other', 'thread', 'latency']
      .filter((key) => samples.every((s) => typeof s[key] === 'number'))
      .map((key) => [key, median(samples.map((s) => s[key]))]),
  );

// ---------------------------------------------------------------- one grid, one size, one page

async function runPage(browser, grid, size) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/?grid=${grid}&size=${size}&mount=manual`);
    await page.waitForFunction(() => ['loaded', 'error'].includes(window.__pkBench?.state), null, {
      timeout: 60_000,
    });
    const failed = await page.evaluate(() => window.__pkBench.error);
    if (failed) throw new Error(failed);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    // First render: mount → first rows painted → quiet (effects and deferred renders included).
    const beforeMount = await settle(cdp);
    await page.evaluate(() => window.__pkBench.mount()); // rejects on an error or after 30 s
    const mount = delta(beforeMount, await settle(cdp));
    const times = await page.evaluate(() => {
      const { loadedAt, mountStartedAt, readyAt } = window.__pkBench;
      return { loadedAt, mountStartedAt, readyAt };
    });
    const firstRender = {
      ...mount,
      // Navigation start → code loaded and matrix built (the page's own JS, the grid's chunk).
      loadMs: times.loadedAt,
      // mount() called → first rows painted, wall clock.
      mountMs: times.readyAt - times.mountStartedAt,
      // Navigation start → grid painted, without the harness's pause between load and mount.
      navigationToReadyMs: times.loadedAt + (times.readyAt - times.mountStartedAt),
      nodes: (await metrics(cdp)).Nodes,
    };

    if (!(await page.evaluate(() => window.__pkBench.focusTarget()))) {
      throw new Error('could not focus the target cell');
    }
    await settle(cdp);

    // The floor: a key press that changes nothing, two frames, quiet.
    const floor = [];
    for (let n = 0; n < FLOOR_SAMPLES; n += 1) {
      const before = await metrics(cdp);
      await press(cdp, 'x');
      await page.evaluate(() => window.__pkBench.frames());
      floor.push(delta(before, await settle(cdp)));
    }

    // Chained edits of the target cell, alternating C and I so that each one changes it.
    let letter = await page.evaluate(() => window.__pkBench.letter());
    if (!letter) throw new Error('the target cell shows neither C nor I');
    const edits = [];
    let refocused = 0;
    for (let n = 0; n < WARM_UP + EDITS; n += 1) {
      if (!(await page.evaluate(() => window.__pkBench.hasFocus()))) {
        refocused += 1;
        await page.evaluate(() => window.__pkBench.focusTarget());
        await settle(cdp);
      }
      const next = letter === 'C' ? 'I' : 'C';
      await page.evaluate((l) => window.__pkBench.expect(l), next);
      const before = await metrics(cdp);
      await press(cdp, next.toLowerCase());
      const shown = await page.evaluate(() =>
        Promise.race([
          window.__pkBench.expected,
          new Promise((resolve) => setTimeout(() => resolve(null), 10_000)),
        ]),
      );
      if (!shown) throw new Error(`edit ${n + 1}: the cell never showed ${next}`);
      edits.push({
        ...delta(before, await settle(cdp)),
        // keydown (the event's time stamp) → two frames after the DOM showed the letter.
        latency: shown.paintedAt - shown.keydownAt,
      });
      letter = next;
    }
    const measured = edits.slice(WARM_UP);
    return {
      grid,
      size,
      firstRender,
      floor: medians(floor),
      coldEdit: edits[0],
      edit: {
        ...medians(measured),
        p25: quantile(
          measured.map((e) => e.cpu),
          0.25,
        ),
        p75: quantile(
          measured.map((e) => e.cpu),
          0.75,
        ),
        count: measured.length,
      },
      edits,
      refocused,
      unsettled: edits.filter((e) => e.unsettled).length + (mount.unsettled ? 1 : 0),
      errors,
    };
  } catch (error) {
    return {
      grid,
      size,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      errors,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- run, print, save

const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const results = [];
try {
  for (const size of SIZES) {
    for (const grid of GRIDS) {
      process.stdout.write(`${grid} ${size}… `);
      const result = await runPage(browser, grid, size);
      results.push(result);
      console.log(
        result.error ? `failed: ${result.error}` : `edit ${result.edit.cpu.toFixed(2)} ms CPU`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value, digits = 2) => (typeof value === 'number' ? value.toFixed(digits) : '—');
const pad = (text, width) => String(text).padStart(width);
const header = [
  'grid',
  'size',
  'nav→ready',
  'mount',
  'mount CPU',
  'edit CPU',
  '(p25–p75)',
  'script',
  'layout',
  'style',
  'other',
  'thread',
  'latency',
  'cold',
  'no-op',
];
const widths = [7, 8, 10, 8, 10, 9, 14, 7, 7, 7, 7, 7, 8, 7, 6];
console.log(`
Milliseconds. First render: nav→ready = navigation start → first rows painted, without the pause
before mount(); mount = mount() → first rows painted (wall clock); mount CPU = the page's main-thread
task time from mount() until quiet. Edit (median of ${EDITS}, after ${WARM_UP} warm-up): edit CPU =
the page's main-thread task time from the key press until painted and quiet (CDP TaskDuration less
DevTools commands), p25–p75; script / layout / style / other (input, paint, commit, GC) split it;
thread = main-thread CPU time (ThreadTime); latency = keydown → painted (wall clock); cold = the
first edit; no-op = a key press that changes nothing (X), the floor of every edit.
`);
console.log(header.map((h, i) => (i < 2 ? h.padEnd(widths[i]) : pad(h, widths[i]))).join(' '));
for (const r of results) {
  if (r.error) {
    console.log(`${r.grid.padEnd(widths[0])} ${r.size.padEnd(widths[1])} failed: ${r.error}`);
    continue;
  }
  const f = r.firstRender;
  const e = r.edit;
  const cells = [
    r.grid.padEnd(widths[0]),
    r.size.padEnd(widths[1]),
    ms(f.navigationToReadyMs, 1),
    ms(f.mountMs, 1),
    ms(f.cpu, 1),
    ms(e.cpu),
    `${ms(e.p25)}–${ms(e.p75)}`,
    ms(e.script),
    ms(e.layout),
    ms(e.style),
    ms(e.other),
    ms(e.thread),
    ms(e.latency, 1),
    ms(r.coldEdit.cpu),
    ms(r.floor.cpu),
  ];
  console.log(cells.map((c, i) => (i < 2 ? c : pad(c, widths[i]))).join(' '));
}

const find = (grid, size) => results.find((r) => r.grid === grid && r.size === size && !r.error);
const ratio = (a, b) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const goals = [
  {
    goal: 'ours: edit CPU 1000×15 / 10×5 (goal ≤ 2)',
    value: ratio(find('ours', '1000x15')?.edit.cpu, find('ours', '10x5')?.edit.cpu),
    limit: 2,
  },
  {
    goal: 'edit CPU ours / AG Grid at 200×15 (goal ≤ 1)',
    value: ratio(find('ours', '200x15')?.edit.cpu, find('aggrid', '200x15')?.edit.cpu),
    limit: 1,
  },
  {
    goal: 'edit CPU ours / AG Grid at 1000×15 (goal ≤ 1)',
    value: ratio(find('ours', '1000x15')?.edit.cpu, find('aggrid', '1000x15')?.edit.cpu),
    limit: 1,
  },
  {
    goal: 'first render 1000×15, mount CPU ours / AG Grid (goal ≤ 1)',
    value: ratio(
      find('ours', '1000x15')?.firstRender.cpu,
      find('aggrid', '1000x15')?.firstRender.cpu,
    ),
    limit: 1,
  },
  {
    goal: 'first render 1000×15, nav→ready ours / AG Grid (goal ≤ 1)',
    value: ratio(
      find('ours', '1000x15')?.firstRender.navigationToReadyMs,
      find('aggrid', '1000x15')?.firstRender.navigationToReadyMs,
    ),
    limit: 1,
  },
];
const context = [
  {
    goal: 'naive: edit CPU 1000×15 / 10×5',
    value: ratio(find('naive', '1000x15')?.edit.cpu, find('naive', '10x5')?.edit.cpu),
  },
  {
    goal: 'AG Grid: edit CPU 1000×15 / 10×5',
    value: ratio(find('aggrid', '1000x15')?.edit.cpu, find('aggrid', '10x5')?.edit.cpu),
  },
  {
    goal: 'edit CPU naive / AG Grid at 1000×15',
    value: ratio(find('naive', '1000x15')?.edit.cpu, find('aggrid', '1000x15')?.edit.cpu),
  },
  {
    goal: 'edit CPU ours / naive at 1000×15',
    value: ratio(find('ours', '1000x15')?.edit.cpu, find('naive', '1000x15')?.edit.cpu),
  },
];
console.log('\nGoals (ratios from this run):');
for (const g of goals) {
  const verdict = g.value === undefined ? 'n/a' : g.value <= g.limit ? 'met' : 'NOT met';
  console.log(
    `  ${g.goal.padEnd(60)} ${pad(g.value === undefined ? '—' : `${g.value.toFixed(2)}×`, 7)}  ${verdict}`,
  );
}
console.log('For context:');
for (const g of context) {
  console.log(
    `  ${g.goal.padEnd(60)} ${pad(g.value === undefined ? '—' : `${g.value.toFixed(2)}×`, 7)}`,
  );
}
const warnings = results.flatMap((r) => [
  ...(r.unsettled
    ? [`${r.grid} ${r.size}: ${r.unsettled} measurement(s) never went quiet (5 s cap)`]
    : []),
  ...(r.refocused ? [`${r.grid} ${r.size}: focus left the cell ${r.refocused} time(s)`] : []),
  ...(r.errors?.length ? [`${r.grid} ${r.size}: page errors: ${r.errors.join(' | ')}`] : []),
]);
for (const warning of warnings) console.log(`! ${warning}`);

mkdirSync(cacheDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  node: process.version,
  cpus: os.cpus().length,
  load: os.loadavg(),
  viewport: VIEWPORT,
  edits: EDITS,
  warmUp: WARM_UP,
  goals,
  context,
  results,
};
const file = path.join(cacheDir, `results-${report.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join(cacheDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nResults: ${path.relative(root, file)} (and latest.json beside it)`);
