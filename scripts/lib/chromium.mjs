// Where the real browser comes from. Playwright's own browser download cannot work on these
// machines (closed network), so every browser test drives Debian's chromium instead.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Flags that let Chromium start as root, headless, on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to launch: `$CHROMIUM_PATH` when set, else the first one installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Like {@link findChromium}, but explains how to get a browser when there is none. */
export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  throw new Error(
    'No Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH. ' +
      '`npm test` installs it by itself when run as root.',
  );
}

// `node scripts/lib/chromium.mjs` (run before the browser tests): prints the browser it will
// use, or says how to get one, instead of Playwright's advice to download its own browser.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`Chromium: ${requireChromium()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
