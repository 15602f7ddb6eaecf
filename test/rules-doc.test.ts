import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/rules.md explains every rule ID the packages cite (in `ruleId` values, issue messages,
// components and comments). A rule cited in the code and missing there fails here, so a new rule
// comes with its documentation.
const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const doc = read('docs/rules.md');

const FAMILIES = ['EST', 'RACI', 'PATH', 'AGR', 'REV', 'DIS', 'WS'];
/** `RACI-6`, `WS-SELF`, and ranges such as `EST-1..5` (every rule from 1 to 5). */
const CITATION = new RegExp(
  `\\b(${FAMILIES.join('|')})-(\\d+)(?:\\.\\.(\\d+))?\\b|\\bWS-([A-Z]+)\\b`,
  'g',
);

function ruleIds(text: string): string[] {
  const ids = new Set<string>();
  for (const [, family, from, to, worksheet] of text.matchAll(CITATION)) {
    if (worksheet) {
      ids.add(`WS-${worksheet}`);
      continue;
    }
    for (let n = Number(from); n <= Number(to ?? from); n += 1) ids.add(`${family}-${n}`);
  }
  return [...ids];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const cited = new Map<string, string>(); // rule ID → first file citing it
for (const pkg of readdirSync(path.join(root, 'packages'))) {
  for (const file of sourceFiles(path.join(root, 'packages', pkg, 'src'))) {
    for (const id of ruleIds(readFileSync(file, 'utf8'))) {
      if (!cited.has(id)) cited.set(id, path.relative(root, file));
    }
  }
}
/** The rule IDs docs/rules.md documents: the first cell of its table rows. */
const documented = new Set([...doc.matchAll(/^\| ([A-Z]+-[A-Z0-9]+) \|/gm)].map((m) => m[1]));

describe('docs/rules.md', () => {
  it('finds the rule IDs the packages cite (the scan works)', () => {
    expect(cited.size).toBeGreaterThan(30);
    expect(cited.get('RACI-6')).toMatch(/^packages\/core\/src\//);
  });

  it('documents every rule ID cited in packages/*/src', () => {
    const missing = [...cited].filter(([id]) => !documented.has(id));
    expect(missing.map(([id, file]) => `${id} (cited in ${file})`)).toEqual([]);
  });

  it('names only issue codes and exports that exist', () => {
    // Issue wording lives in one table per domain (issues/*.issue-messages.ts).
    const codes = new Set(
      ['document', 'action', 'raci', 'rules'].flatMap((domain) =>
        [
          ...read(`packages/core/src/issues/${domain}.issue-messages.ts`).matchAll(
            /^\s+([A-Z][A-Z_]+): \{/gm,
          ),
        ].map((m) => m[1]),
      ),
    );
    // The public entries (`REVIEW_CHECKLIST`, `SWOT_WORKSHEET`…), subpaths included.
    const entries = ['core', 'templates', 'react']
      .flatMap((pkg) =>
        readdirSync(path.join(root, 'packages', pkg, 'src'))
          .filter((file) => /^[\w-]+\.tsx?$/.test(file) && !file.includes('.test.'))
          .map((file) => read(`packages/${pkg}/src/${file}`)),
      )
      .join('\n');
    const named = [...doc.matchAll(/`([A-Z]+_[A-Z_]+)`/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((name) => !codes.has(name) && !entries.includes(name))).toEqual([]);
  });

  it.each([
    ['README.md', 'docs/rules.md'],
    [
      'packages/core/README.md',
      'https://github.com/partnership-kit/partnership-kit/blob/main/docs/rules.md',
    ],
    [
      'packages/templates/README.md',
      'https://github.com/partnership-kit/partnership-kit/blob/main/docs/rules.md',
    ],
    [
      'packages/react/README.md',
      'https://github.com/partnership-kit/partnership-kit/blob/main/docs/rules.md',
    ],
  ])('is linked from %s', (readme, link) => {
    expect(read(readme)).toContain(`](${link})`);
  });
});
