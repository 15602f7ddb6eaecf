import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';
import { chunkBudget } from './chunk-budget.ts';

/**
 * Storybook's JavaScript transforms are asked about every module of the build. react-docgen
 * parsed all 425 source files outside node_modules for prop tables, core and templates included
 * (no component there): two thirds of the static build's time, and on a busy machine Rolldown's
 * warning that JavaScript callbacks dominate the build (PLUGIN_TIMINGS). Each now carries a
 * Rolldown hook filter, so that only the files it can act on cross into JavaScript: components
 * (the React package's .tsx files, stories) for docgen, stories for addon-docs' CSF plugin.
 */
const TRANSFORM_FILTERS: Record<string, { include: RegExp; exclude: RegExp }> = {
  'storybook:react-docgen-plugin': {
    include:
      /[\\/](?:packages[\\/]react[\\/]src|apps[\\/]storybook[\\/](?:stories|\.storybook))[\\/].*\.tsx$/,
    exclude: /[\\/]node_modules[\\/]/,
  },
  'plugin-csf': { include: /\.(?:story|stories)\.[tj]sx?$/, exclude: /[\\/]node_modules[\\/]/ },
};

function withTransformFilter(plugin: PluginOption): PluginOption {
  if (Array.isArray(plugin)) return plugin.map(withTransformFilter);
  if (!plugin || typeof plugin !== 'object' || !('name' in plugin)) return plugin;
  const id = TRANSFORM_FILTERS[plugin.name];
  const { transform } = plugin;
  if (id === undefined || transform === undefined) return plugin;
  const hook = typeof transform === 'function' ? { handler: transform } : transform;
  return { ...plugin, transform: { ...hook, filter: { id } } };
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
        ...(viteConfig.plugins ?? []).map(withTransformFilter),
        chunkBudget(Object.values(INDIVISIBLE)),
      ],
      build: {
        ...viteConfig.build,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          // Rolldown times each JavaScript callback from its start to its end, awaits included:
          // the theme's CSS transform awaits its @import files while docgen runs on the same
          // thread, so on a busy machine docgen's time is reported as the CSS plugin's and the
          // warning comes and goes with the load (4 builds out of 6 here, same code). The
          // filters above removed the real cost; this check would only measure the machine.
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
          output: {
            ...(Array.isArray(output) ? {} : output),
            codeSplitting: {
              groups: [
                ...Object.entries(INDIVISIBLE).map(([name, test]) => ({
                  name,
                  test,
                  priority: 30,
                })),
                // The PDF export, loaded when someone asks for a PDF: pdfkit's font engine
                // (fontkit with its brotli decoder, 330 kB) in a chunk of its own, beside pdfkit
                // and the fonts it embeds (over 600 kB together).
                {
                  name: 'pdf-font-engine',
                  test: /[\\/]node_modules[\\/](?:fontkit|brotli|restructure|unicode-properties)[\\/]/,
                  priority: 25,
                },
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
