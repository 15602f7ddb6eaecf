import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Designers open this to review components, not to learn Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
  core: {
    // The machines that build this have no outside network; nothing should try to reach it.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
