import '@partnership-kit/react/styles.css';
import { SUPPORTED_LOCALES } from '@partnership-kit/core';
import { PartnershipKitProvider } from '@partnership-kit/react';
import type { Preview } from '@storybook/react-vite';
import { expectFocusNeverLost, watchFocus } from './focus-guard';
import { expectNoRawText } from './raw-text-guard';

const LOCALE_TITLES = { 'fr-CA': 'Français (fr-CA)', 'en-CA': 'English (en-CA)' } as const;

const preview: Preview = {
  // Every story can be seen in both official languages from the toolbar; a story may pin one
  // language with `globals: { locale: 'en-CA' }`. Components read it from the provider.
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Langue / Language',
        icon: 'globe',
        items: SUPPORTED_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr-CA' },
  decorators: [
    (Story, { globals }) => (
      <PartnershipKitProvider locale={globals.locale}>
        <div lang={globals.locale}>
          <Story />
        </div>
      </PartnershipKitProvider>
    ),
  ],
  // The language is a global (toolbar), not a per-story control: hide the `locale` prop's control
  // so the two cannot disagree.
  argTypes: { locale: { control: false, table: { disable: true } } },
  parameters: {
    // Any axe violation fails the story's test, in the Vitest run and in the Storybook UI. Axe
    // checks the whole page — dialogs and other portals included — with the WCAG 2.2 A and AA
    // rules (target size among them).
    a11y: {
      test: 'error',
      context: 'body',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    // A phone (390 px) for the narrow-screen stories; the story test sizes the page to it.
    viewport: {
      options: {
        phone: {
          name: 'Phone (390 px)',
          styles: { width: '390px', height: '844px' },
          type: 'mobile',
        },
      },
    },
    focusGuard: true,
    rawTextGuard: true,
    controls: { expanded: true },
  },
  beforeEach: () => watchFocus(),
  afterEach: async ({ parameters }) => {
    await expectFocusNeverLost(parameters.focusGuard !== false);
    expectNoRawText(parameters.rawTextGuard !== false);
  },
  tags: ['autodocs'],
};

export default preview;
