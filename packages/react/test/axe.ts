import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * The run in progress, if any. axe-core allows one run at a time per page and throws "Axe is
 * already running" at a second one: a test that timed out leaves its run going, and the next
 * axe test of the file would fail for that reason instead of its own. Runs therefore queue here.
 */
let previous: Promise<unknown> = Promise.resolve();

function runAxe(container: Element): Promise<axe.AxeResults> {
  const run = previous.then(() =>
    axe.run(container, {
      rules: {
        'color-contrast': { enabled: false },
        // WCAG 2.5.3 (label in name) is off by default in axe; Storybook's run has it on too.
        'label-content-name-mismatch': { enabled: true },
      },
    }),
  );
  previous = run.catch(() => undefined);
  return run;
}

/**
 * Runs axe on a rendered container and fails on any violation. jsdom has no layout or canvas,
 * so colour contrast is checked in Chromium (Storybook tests), not here. Give the calling test
 * a budget of its own (test/budgets.ts): one run takes up to a second on an idle machine.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await runAxe(container);
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  // Every violation by rule and element, in full (a diff would cut long lists short).
  expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
}
