import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `pnpm typecheck` is `tsc -b` over the projects the root tsconfig.json references. A project
// that is not referenced is silently never checked, and a DOM type that leaks into core or
// templates would let browser-only code through: both are checked here.
const root = fileURLToPath(new URL('..', import.meta.url));

function parse(file: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, file), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${file} cannot be read`);
  return parsed;
}

/** Every tsconfig*.json of the packages and apps, relative to the root. */
function projectFiles(): string[] {
  return ['packages', 'apps'].flatMap((group) =>
    readdirSync(path.join(root, group)).flatMap((dir) =>
      readdirSync(path.join(root, group, dir))
        .filter((name) => /^tsconfig(\..+)?\.json$/.test(name))
        .map((name) => `${group}/${dir}/${name}`),
    ),
  );
}

const solution = parse('tsconfig.json');
const referenced = (solution.projectReferences ?? []).map((ref) =>
  path.relative(root, ts.resolveProjectReferencePath(ref)),
);

describe('the type-check projects (tsc -b)', () => {
  it('are all referenced from the root tsconfig.json, which has no files of its own', () => {
    expect(solution.fileNames).toEqual([]);
    expect(referenced.sort()).toEqual([...projectFiles(), 'tsconfig.node.json'].sort());
  });

  it.each(referenced)('%s is composite and keeps its build info out of git', (file) => {
    const { options } = parse(file);
    expect(options.composite).toBe(true);
    expect(options.emitDeclarationOnly).toBe(true);
    expect(path.relative(root, options.outDir ?? '')).toMatch(/^node_modules\/\.cache\/tsc\//);
  });

  it('give each project an output folder of its own', () => {
    const outDirs = referenced.map((file) => parse(file).options.outDir);
    expect(new Set(outDirs).size).toBe(referenced.length);
  });

  it.each(['packages/core/tsconfig.json', 'packages/templates/tsconfig.json'])(
    '%s checks the source without DOM or Node types, and without its tests',
    (file) => {
      const { options, fileNames } = parse(file);
      expect(options.lib).toEqual(['lib.es2022.d.ts']);
      expect(options.types).toEqual([]);
      expect(fileNames.length).toBeGreaterThan(0);
      expect(fileNames.filter((name) => /\.test\.tsx?$/.test(name))).toEqual([]);
    },
  );
});
