import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';
import { chunkBudget } from './chunk-budget.ts';

/**
 * Storybook's react-docgen plugin parses every .ts and .tsx file outside node_modules to build
 * prop tables: here the whole source of core and templates too, which hold no component — 425
 * files, two thirds of the static build's time, and on a busy machine Rolldown's warning about
 * slow plugins. Components live in the React package's .tsx files and in the stories: docgen
 * runs on those alone.
 */
const COMPONENT_FILES =
  /[\\/](?:packages[\\/]react[\\/]src|apps[\\/]storybook[\\/](?:stories|\.storybook))[\\/][^\\/].*\.tsx$/;

function docgenOnComponentsOnly(plugin: PluginOption): PluginOption {
  if (!plugin || typeof plugin !== 'object' || !('name' in plugin)) return plugin;
  const { transform } = plugin;
  if (plugin.name !== 'storybook:react-docgen-plugin' || typeof transform !== 'function') {
    return plugin;
  }
  return {
    ...plugin,
    transform(this: unknown, ...args: Parameters<typeof transform>) {
      const [, id] = args;
      return COMPONENT_FILES.test(id) ? transform.apply(this as never, args) : undefined;
    },
  };
}

/**
 * Modules that vendors ship as one pre-bundled file, each larger than the chunk budget alone (no
 * chunking can cut inside a module): Storybook's preview runtime (812 kB minified) and axe-core
 * (661 kB, which addon-a11y loads only to check a story). Each gets a chunk of its own.
 */
const INDIVISIBLE = {
  'storybook-runtime': /[\\/]node_modules[\\/]storybook[\\/]dist[\\/]preview[\\/]runtime\.js$/,
  'axe-core': /[\\/]node_modules[\\/]axe-core[\\/]axe\.js$/,
};

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
  // Storybook ignores `build` in vite.config.ts: chunking of the static build is set here.
  viteFinal: (viteConfig) => {
    const output = viteConfig.build?.rolldownOptions?.output;
    return {
      ...viteConfig,
      plugins: [
        ...(viteConfig.plugins ?? []).map(docgenOnComponentsOnly),
        chunkBudget(Object.values(INDIVISIBLE)),
      ],
      build: {
        ...viteConfig.build,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          output: {
            ...(Array.isArray(output) ? {} : output),
            codeSplitting: {
              groups: [
                ...Object.entries(INDIVISIBLE).map(([name, test]) => ({
                  name,
                  test,
                  priority: 30,
                })),
                // The rest of Storybook's browser code (components, manager API, theming) came out
                // as one 718 kB chunk: cut into pieces of at most 300 kB of source each.
                {
                  name: 'storybook',
                  test: /[\\/]node_modules[\\/]storybook[\\/]/,
                  maxSize: 300_000,
                  priority: 20,
                },
              ],
            },
          },
        },
      },
    };
  },
};

export default config;
