import { describe, expect, it } from 'vitest';
import {
  auditInstall,
  engineWarnings,
  type NpmTreeNode,
  npmWarnings,
} from '../scripts/lib/install-audit.mjs';

// scripts/check-packages.mjs installs the packed tarballs in a fresh project and fails unless
// the install is clean; these are the rules it applies, on output npm really prints.
const EBADENGINE = `added 3 packages in 1s
npm warn EBADENGINE Unsupported engine {
npm warn EBADENGINE   package: 'nanoid@6.0.2',
npm warn EBADENGINE   required: { node: '^22 || ^24 || >=26' },
npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }
npm warn EBADENGINE }
`;

/** What `npm ls --all --omit=dev --long --json` shows with docx installed below `via`. */
const withDocx = (via: string[]): NpmTreeNode => {
  let dependencies: Record<string, NpmTreeNode> = {
    docx: {
      version: '9.15.2',
      dependencies: {
        nanoid: { version: '6.0.2' },
        '@types/node': {
          version: '26.6.2',
          dependencies: { 'undici-types': { version: '7.0.0' } },
        },
      },
    },
  };
  for (const name of [...via].reverse())
    dependencies = { [name]: { version: '0.1.0', dependencies } };
  return { dependencies };
};

describe('a clean install', () => {
  it('reads the packages npm reports with EBADENGINE, and every npm warning', () => {
    expect(engineWarnings(EBADENGINE)).toEqual(['nanoid@6.0.2']);
    expect(npmWarnings(EBADENGINE)).toHaveLength(5);
    expect(engineWarnings('added 51 packages in 4s\n')).toEqual([]);
  });

  it('passes when npm printed nothing to fix and no @types is needed at run time', () => {
    const tree: NpmTreeNode = {
      dependencies: {
        '@partnership-kit/react': {
          version: '0.1.0',
          dependencies: {
            // The portal's own dev @types, also satisfying Radix's optional peer: not ours.
            '@types/react': { version: '19.3.0', devOptional: true },
            '@types/react-dom': {}, // an optional peer nobody installed
          },
        },
      },
    };
    expect(auditInstall({ output: 'added 51 packages in 4s\n', runtimeTree: tree })).toEqual({
      problems: [],
      allowed: [],
    });
  });

  it('fails on EBADENGINE and on run-time @types pulled by one of our packages', () => {
    const { problems } = auditInstall({
      output: EBADENGINE,
      runtimeTree: withDocx(['@partnership-kit/templates']),
    });
    expect(problems).toEqual([
      'EBADENGINE: nanoid@6.0.2 declares a Node version we do not require (@partnership-kit/templates > docx > nanoid)',
      '@types/node is installed as a run-time dependency: @partnership-kit/templates > docx > @types/node',
    ]);
  });

  it('fails on any other npm warning', () => {
    const output = 'npm warn ERESOLVE overriding peer dependency\n';
    expect(auditInstall({ output, runtimeTree: {} }).problems).toEqual([
      'npm printed a warning: npm warn ERESOLVE overriding peer dependency',
    ]);
  });

  it('lets through what an optional peer the portal installed brings itself, and says so', () => {
    expect(
      auditInstall({ output: EBADENGINE, runtimeTree: withDocx([]), allowVia: ['docx'] }),
    ).toEqual({
      problems: [],
      allowed: [
        'nanoid@6.0.2 declares a newer Node (EBADENGINE), via docx > nanoid',
        '@types/node is a run-time dependency of docx > @types/node',
      ],
    });
  });
});
