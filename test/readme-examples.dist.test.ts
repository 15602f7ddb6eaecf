import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every TypeScript example of the READMEs, checked as a portal would meet it: type-checked under
// `strict` against the BUILT packages (their dist types, as published: no source condition),
// and, for server code (core and templates only), run in Node with no browser global at all.
// Run after `pnpm build` (the dist project). A block may opt out with a first line
// `// readme-check: skip — <why>`; server examples never may.
const root = fileURLToPath(new URL('..', import.meta.url));
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/templates/README.md',
  'packages/react/README.md',
];
const SKIP = /^\/\/ readme-check: skip — (\S.*)$/;
/** Type-checking every block with React's types and running the server ones: seconds, not ms. */
const README_TEST_MS = 120_000;

interface Block {
  /** `README.md:93`: where the block's code starts. */
  readonly where: string;
  readonly readme: string;
  /** The heading the block sits under. */
  readonly section: string;
  readonly startLine: number;
  readonly lang: 'ts' | 'tsx';
  readonly code: string;
  readonly skip?: string;
  /** Imports only core, templates and node: — code that must run on a server. */
  readonly server: boolean;
  file: string;
}

const SERVER_IMPORT = /^(?:@partnership-kit\/(?:core|templates)(?:\/[\w-]+)?|node:.+)$/;

function extract(readme: string): Block[] {
  const text = readFileSync(path.join(root, readme), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(/^```(tsx|typescript|ts)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)) {
    const before = text.slice(0, match.index);
    const startLine = before.split('\n').length + 1;
    const section = [...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? '';
    const lang = match[1] === 'tsx' ? 'tsx' : 'ts';
    const code = match[2] ?? '';
    const specifiers = [...code.matchAll(/^\s*import\s[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    blocks.push({
      where: `${readme}:${startLine}`,
      readme,
      section,
      startLine,
      lang,
      code,
      ...(SKIP.test(code.split('\n')[0] ?? '') ? { skip: SKIP.exec(code)?.[1] ?? '' } : {}),
      server:
        lang === 'ts' &&
        specifiers.length > 0 &&
        specifiers.every((specifier) => SERVER_IMPORT.test(specifier ?? '')),
      file: '',
    });
  }
  return blocks;
}

const blocks = READMES.flatMap(extract);
const checked = blocks.filter((block) => block.skip === undefined);

/**
 * A portal next to the workspace: node_modules/.cache/readme-examples, whose node_modules link
 * to the workspace packages (resolved through their published `exports`: dist) and to the
 * React and Node types a portal would install itself.
 */
const portal = path.join(root, 'node_modules', '.cache', 'readme-examples');

function link(name: string, target: string) {
  const at = path.join(portal, 'node_modules', name);
  mkdirSync(path.dirname(at), { recursive: true });
  symlinkSync(realpathSync(target), at, 'junction');
}

function setUpPortal() {
  for (const pkg of ['core', 'templates', 'react']) {
    const dist = path.join(root, 'packages', pkg, 'dist', 'index.d.ts');
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`pnpm build\` first.`);
  }
  rmSync(portal, { recursive: true, force: true });
  mkdirSync(portal, { recursive: true });
  writeFileSync(path.join(portal, 'package.json'), '{ "private": true, "type": "module" }\n');
  for (const pkg of ['core', 'templates', 'react']) {
    link(`@partnership-kit/${pkg}`, path.join(root, 'packages', pkg));
  }
  const reactModules = path.join(root, 'packages', 'react', 'node_modules');
  for (const name of ['react', 'react-dom', '@types/react', '@types/react-dom']) {
    link(name, path.join(reactModules, name));
  }
  link('@types/node', path.join(root, 'node_modules', '@types', 'node'));
  blocks.forEach((block, index) => {
    const name = `${path.basename(path.dirname(path.join(root, block.readme))) || 'root'}`;
    block.file = path.join(portal, `${String(index + 1).padStart(2, '0')}-${name}.${block.lang}`);
    writeFileSync(block.file, block.code);
  });
}

/** What `tsc --init` sets (TypeScript 6), as a portal would have it; `noEmit` on top. */
const PLAIN: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noUncheckedSideEffectImports: true,
  moduleDetection: ts.ModuleDetectionKind.Force,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
};

/** Type errors of some blocks, as `README.md:97: message`. */
function typeErrors(files: Block[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(
    files.map((block) => block.file),
    { ...PLAIN, ...options },
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const block = files.find((b) => b.file === diagnostic.file?.fileName);
    if (!block || diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${block.readme}:${block.startLine + line}: ${message}`;
  });
}

/** Deletes what a browser has and a server does not, should this Node have any of it. */
const NO_BROWSER = `data:text/javascript,${encodeURIComponent(
  "for (const name of ['window', 'document', 'navigator', 'localStorage', 'sessionStorage']) " +
    'Object.defineProperty(globalThis, name, { value: undefined, configurable: true });',
)}`;

/** Runs a server block's JavaScript in Node, in a working folder of its own. */
function runInNode(block: Block, cwd: string) {
  const output = ts.transpileModule(block.code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const script = block.file.replace(/\.ts$/, '.mjs');
  writeFileSync(script, output);
  return spawnSync(process.execPath, ['--import', NO_BROWSER, script], { cwd, encoding: 'utf8' });
}

describe('the README examples', () => {
  beforeAll(setUpPortal);

  it('are found: every ```ts and ```tsx block of every README', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    expect(blocks.filter((block) => block.readme === 'README.md').length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((block) => block.lang === 'tsx').length).toBeGreaterThanOrEqual(2);
  });

  it('opt out only with a reason, and never for server code', () => {
    for (const block of blocks.filter((b) => b.skip !== undefined)) {
      expect(block.skip, block.where).not.toBe('');
      expect(/@partnership-kit\/(?:core|templates)/.test(block.code) && block.lang === 'ts').toBe(
        false,
      );
    }
  });

  it('type-check under strict against the built packages: server code without the DOM', {
    timeout: README_TEST_MS,
  }, () => {
    const server = checked.filter((block) => block.server);
    // The core example (the first block of the core section) is server code.
    const core = blocks.find(
      (b) => b.readme === 'README.md' && b.section === '`@partnership-kit/core`',
    );
    expect(core && server.includes(core)).toBe(true);
    expect(
      typeErrors(server, {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts'],
        types: ['node'],
      }),
    ).toEqual([]);
  });

  it('type-check under strict against the built packages: browser code, the stylesheet import too', {
    timeout: README_TEST_MS,
  }, () => {
    const client = checked.filter((block) => !block.server);
    expect(client.some((block) => block.code.includes("'@partnership-kit/react/styles.css'"))).toBe(
      true,
    );
    expect(
      typeErrors(client, {
        module: ts.ModuleKind.Preserve,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        jsx: ts.JsxEmit.ReactJSX,
        types: [],
      }),
    ).toEqual([]);
  });

  it('run in Node without browser globals, from nothing saved and again from what they saved', {
    timeout: README_TEST_MS,
  }, () => {
    const server = checked.filter((block) => block.server);
    expect(server.length).toBeGreaterThanOrEqual(3);
    for (const block of server) {
      const cwd = `${block.file}.run`;
      mkdirSync(cwd, { recursive: true });
      for (const attempt of ['first run', 'second run']) {
        const result = runInNode(block, cwd);
        expect({
          where: block.where,
          attempt,
          stderr: result.stderr,
          status: result.status,
        }).toEqual({
          where: block.where,
          attempt,
          stderr: '',
          status: 0,
        });
      }
    }
    // The core example saved its document, and loaded it back on the second run.
    const core = server.find((block) => block.code.includes('serializePartnership'));
    expect(core && existsSync(path.join(`${core.file}.run`, 'partnership.json'))).toBe(true);
  });
});
