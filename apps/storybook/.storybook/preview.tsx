import '@partnership-kit/react/styles.css';
import { SUPPORTED_LOCALES } from '@partnership-kit/core';
import { PartnershipKitProvider } from '@partnership-kit/react';
import type { Preview } from '@storybook/react-vite';

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
    // Any axe violation fails the story's test, in the Vitest run and in the Storybook UI.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
