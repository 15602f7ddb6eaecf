import { SUPPORTED_LOCALES } from '@partnership-kit/core';
import { describe, expect, it } from 'vitest';
import preview from './preview';

// The browser run only fails on accessibility problems because of one parameter; a quiet edit
// to a level that only reports would turn the gate off without a single red test. Guard it here.
describe('the Storybook preview', () => {
  it('fails a story on any axe violation', () => {
    expect(preview.parameters?.a11y).toMatchObject({ test: 'error' });
  });

  it('offers exactly the supported locales in the toolbar, French first', () => {
    const items = preview.globalTypes?.locale?.toolbar?.items as { value: string }[];
    expect(items.map((item) => item.value)).toEqual([...SUPPORTED_LOCALES]);
    expect(preview.initialGlobals?.locale).toBe('fr-CA');
  });
});
