import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { AXE_TEST_MS } from './budgets';

describe('expectNoAxeViolations', () => {
  it('queues runs that overlap instead of failing with "Axe is already running"', {
    timeout: AXE_TEST_MS,
  }, async () => {
    const { container } = render(
      <main>
        <h1>Partnership</h1>
        <button type="button">Save</button>
      </main>,
    );
    await expect(
      Promise.all([expectNoAxeViolations(container), expectNoAxeViolations(container)]),
    ).resolves.toEqual([undefined, undefined]);
  });

  it('still reports violations', { timeout: AXE_TEST_MS }, async () => {
    const { container } = render(
      // biome-ignore lint/a11y/useAltText: the missing alt is the violation axe must report
      <img src="logo.png" />,
    );
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/image-alt/);
  });

  it('applies label-in-name (WCAG 2.5.3) in jsdom, as Chromium does', {
    timeout: AXE_TEST_MS,
  }, async () => {
    const { container } = render(
      <button type="button" aria-label="Remove the organization">
        Move up
      </button>,
    );
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/label-content-name-mismatch/);
  });
});
