#!/usr/bin/env node
// Performance of the React RACI grid in real Chromium (issue R1): first render, one cell edit on
// 200×15 vs 10×5, the components React renders per edit, and the same edit in a naive table.
// Figures, not assertions: the machine is shared and noisy, so read the ratios. Needs a
// Storybook build (`pnpm build-storybook`); run with `pnpm bench:react`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'apps', 'storybook', 'storybook-static');
if (!existsSync(path.join(site, 'iframe.html'))) {
  console.error('No Storybook build: run `pnpm build-storybook` first.');
  process.exit(1);
}
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = path.join(site, decodeURIComponent(url.pathname));
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
const { port } = server.address();
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(
    `http://127.0.0.1:${port}/iframe.html?id=benchmarks-raci--measure&viewMode=story`,
  );
  await page.waitForFunction(() => 'pkBench' in window || '__pkBench' in window, null, {
    timeout: 60_000,
  });
  const results = await page.evaluate(() => window.__pkBench.run());
  console.log(
    '\nscenario                 first render   edit (median)   components rendered per edit',
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(24)} ${`${r.firstRenderMs.toFixed(1)} ms`.padStart(12)} ${`${r.editMedianMs.toFixed(2)} ms`.padStart(15)}   ${r.renderedPerEdit}`,
    );
  }
  const [small, large, naive] = results;
  console.log(
    `\nedit 200×15 / edit 10×5: ${(large.editMedianMs / small.editMedianMs).toFixed(2)}×`,
  );
  console.log(
    `naive edit / our edit (200×15): ${(naive.editMedianMs / large.editMedianMs).toFixed(2)}×`,
  );
  console.log(`rendered per edit (200×15): ${large.components.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
