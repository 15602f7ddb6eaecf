import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineProject, mergeConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';
import viteConfig from './vite.config.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every story becomes a test in real headless Chromium: it must render, its play function must
// pass, and addon-a11y fails it on any axe violation (parameters.a11y.test = 'error').
export default mergeConfig(
  viteConfig,
  defineProject({
    plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
    test: {
      name: 'storybook',
      // Each story is one test: render, play function, then addon-a11y's axe run over the page.
      // About a second on an idle machine; several times that on a small, busy CI machine, where
      // Vitest's 5 s default failed them. Every test here is that heavy, hence one budget for all.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  }),
);
