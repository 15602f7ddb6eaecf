import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The published manifests are part of the API: a wrong `exports` order or a stray dependency
// breaks installs in portals that we never see. These rules are checked here, on the source
// manifests; scripts/check-packages.mjs checks the packed tarballs with publint and attw.

type Manifest = {
  name: string;
  private?: boolean;
  type?: string;
  sideEffects?: boolean | string[];
  files?: string[];
  engines?: Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
  exports?: Record<string, unknown>;
  publishConfig?: { access?: string; exports?: Record<string, unknown> };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  packageManager?: string;
};

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as T;

const PUBLISHED = ['core', 'templates', 'react'] as const;
const SOURCE_CONDITION = '@partnership-kit/source';
/** Which workspace packages each package may depend on: layers go one way. */
const ALLOWED_INTERNAL: Record<(typeof PUBLISHED)[number], string[]> = {
  core: [],
  templates: ['@partnership-kit/core'],
  react: ['@partnership-kit/core', '@partnership-kit/templates'],
};

function withoutSourceCondition(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
}

describe.each(PUBLISHED)('the published package %s', (dir) => {
  const manifest = read<Manifest>(`packages/${dir}/package.json`);
  const dot = manifest.exports?.['.'] as Record<string, Record<string, string>>;

  it('is named @partnership-kit/<folder> and publishes only dist, as ESM-first', () => {
    expect(manifest.name).toBe(`@partnership-kit/${dir}`);
    expect(manifest.private).toBeUndefined();
    expect(manifest.type).toBe('module');
    expect(manifest.files).toEqual(['dist']);
    // Only stylesheets have side effects (importing one applies it); no JavaScript module does.
    expect(
      manifest.sideEffects === false || JSON.stringify(manifest.sideEffects) === '["*.css"]',
    ).toBe(true);
    expect(manifest.engines?.node).toBe('>=20.19');
    expect(manifest.publishConfig?.access).toBe('public');
  });

  it('resolves to source inside the workspace, through its first export condition', () => {
    expect(Object.keys(dot)[0]).toBe(SOURCE_CONDITION);
    expect(dot[SOURCE_CONDITION]).toMatch(/^\.\/src\/.+\.tsx?$/);
  });

  it('lists types first in every condition of every entry, .d.ts beside .js and .d.cts beside .cjs', () => {
    const entries = Object.entries(manifest.exports ?? {}).filter(
      ([subpath]) => subpath !== './package.json' && !subpath.endsWith('.css'),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const [, value] of entries) {
      const entry = value as Record<string, Record<string, string>>;
      expect(Object.keys(entry)[0]).toBe(SOURCE_CONDITION);
      for (const condition of ['import', 'require'] as const) {
        expect(Object.keys(entry[condition] ?? {})).toEqual(['types', 'default']);
      }
      expect(entry.import?.default).toMatch(/^\.\/dist\/.+\.js$/);
      expect(entry.import?.types).toBe(entry.import?.default?.replace(/\.js$/, '.d.ts'));
      expect(entry.require?.default).toMatch(/^\.\/dist\/.+\.cjs$/);
      expect(entry.require?.types).toBe(entry.require?.default?.replace(/\.cjs$/, '.d.cts'));
    }
  });

  it('gives every stylesheet entry types, so `import "…/styles.css"` type-checks anywhere', () => {
    // TypeScript 6's `tsc --init` turns on noUncheckedSideEffectImports: without a declaration,
    // importing the theme fails to type-check in a plain TypeScript project.
    const stylesheets = Object.entries(manifest.exports ?? {}).filter(([subpath]) =>
      subpath.endsWith('.css'),
    );
    for (const [subpath, value] of stylesheets) {
      const file = `./dist${subpath.slice(1)}`;
      expect(value).toEqual({
        [SOURCE_CONDITION]: `./src${subpath.slice(1)}`,
        import: { types: `${file}.d.ts`, default: file },
        require: { types: `${file}.d.cts`, default: file },
        default: file, // for CSS tools that resolve with neither condition
      });
      const typesVersions = (manifest as { typesVersions?: Record<string, object> }).typesVersions;
      expect(typesVersions?.['*']).toMatchObject({ [subpath.slice(2)]: [`${file}.d.cts`] });
    }
  });

  it('publishes the same exports without the source condition', () => {
    expect(manifest.publishConfig?.exports).toEqual(withoutSourceCondition(manifest.exports));
  });

  it('keeps main, module and types for tools that ignore exports', () => {
    expect(manifest.main).toBe(dot.require?.default);
    expect(manifest.module).toBe(dot.import?.default);
    expect(manifest.types).toBe(dot.require?.types);
  });

  it('depends only on lower layers, through workspace:^ ranges', () => {
    const internal = Object.entries(manifest.dependencies ?? {}).filter(([name]) =>
      name.startsWith('@partnership-kit/'),
    );
    expect(internal.map(([name]) => name).sort()).toEqual(ALLOWED_INTERNAL[dir]);
    for (const [, range] of internal) expect(range).toBe('workspace:^');
  });
});

describe('the dependencies the issues ask for', () => {
  it('core brings zod and immer, and nothing of React', () => {
    const core = read<Manifest>('packages/core/package.json');
    expect(Object.keys(core.dependencies ?? {}).sort()).toEqual(['immer', 'zod']);
    expect(core.peerDependencies).toBeUndefined();
  });

  it('react brings Radix Dialog and leaves React itself to the portal (^18.2 || ^19)', () => {
    const react = read<Manifest>('packages/react/package.json');
    expect(react.dependencies?.['@radix-ui/react-dialog']).toBeDefined();
    expect(react.dependencies?.react).toBeUndefined();
    expect(react.peerDependencies).toEqual({ react: '^18.2 || ^19', 'react-dom': '^18.2 || ^19' });
  });
});

describe('the templates package', () => {
  it('keeps DOCX, PDF and the samples in entries of their own, found by old TypeScript resolution too', () => {
    const templates = read<Manifest & { typesVersions?: Record<string, Record<string, string[]>> }>(
      'packages/templates/package.json',
    );
    expect(Object.keys(templates.exports ?? {})).toEqual([
      '.',
      './docx',
      './pdf',
      './samples',
      './package.json',
    ]);
    expect(Object.keys(templates.typesVersions?.['*'] ?? {})).toEqual(['docx', 'pdf', 'samples']);
  });

  it('leaves docx to the portals that import the DOCX entry: an optional peer, never a dependency', () => {
    // docx pulls @types/node at run time and a nanoid that declares Node 22 (EBADENGINE on 20).
    const templates = read<Manifest & { peerDependenciesMeta?: Record<string, object> }>(
      'packages/templates/package.json',
    );
    expect(templates.dependencies?.docx).toBeUndefined();
    expect(templates.peerDependencies?.docx).toMatch(/^\^9\./);
    expect(templates.peerDependenciesMeta?.docx).toEqual({ optional: true });
    for (const dir of PUBLISHED) {
      expect(read<Manifest>(`packages/${dir}/package.json`).dependencies?.docx).toBeUndefined();
    }
  });

  it('leaves pdfkit to the portals that import the PDF entry, and bundles no font package', () => {
    // pdfkit brings fontkit, brotli and more; the fonts the PDF embeds are generated modules
    // (scripts/generate-pdf-fonts.mjs), so @fontsource/noto-sans is for our build only.
    const templates = read<Manifest & { peerDependenciesMeta?: Record<string, object> }>(
      'packages/templates/package.json',
    );
    expect(templates.dependencies?.pdfkit).toBeUndefined();
    expect(templates.peerDependencies?.pdfkit).toMatch(/^\^0\.20\./);
    expect(templates.peerDependenciesMeta?.pdfkit).toEqual({ optional: true });
    expect(Object.keys(templates.dependencies ?? {})).toEqual(['@partnership-kit/core']);
  });
});

describe('the workspace', () => {
  it('pins pnpm, whose newer releases do not install on these machines', () => {
    expect(read<Manifest>('package.json').packageManager).toBe('pnpm@12.4.2');
  });

  it.each([
    ['storybook', '@partnership-kit/storybook'],
    ['bench', '@partnership-kit/bench'],
  ])('keeps the %s app private, scoped, and out of releases', (dir, name) => {
    const app = read<Manifest>(`apps/${dir}/package.json`);
    expect(app.private).toBe(true);
    expect(app.name).toBe(name);
    const changesets = read<{ ignore: string[]; updateInternalDependencies: string }>(
      '.changeset/config.json',
    );
    expect(changesets.ignore).toContain(app.name);
    expect(changesets.updateInternalDependencies).toBe('patch');
  });

  it('keeps AG Grid a dev dependency of the bench app alone', () => {
    for (const dir of ['packages/core', 'packages/templates', 'packages/react', 'apps/storybook']) {
      const manifest = read<Manifest & { devDependencies?: Record<string, string> }>(
        `${dir}/package.json`,
      );
      const all = { ...manifest.dependencies, ...manifest.devDependencies };
      expect(Object.keys(all).filter((name) => name.startsWith('ag-grid'))).toEqual([]);
    }
    const bench = read<Manifest & { devDependencies?: Record<string, string> }>(
      'apps/bench/package.json',
    );
    expect(bench.dependencies).toBeUndefined();
    expect(bench.devDependencies?.['ag-grid-community']).toBeDefined();
  });
});
