import type { Partnership } from '@partnership-kit/core';
import { buildDocument, DOCUMENT_TEMPLATES } from '@partnership-kit/templates';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { describe, expect, it } from 'vitest';
import { EDITOR_COVERAGE } from './editor-coverage';

// E1's acceptance: every value of the saved document that a template prints is edited by some
// component. The list of printed values is not written by hand: the templates are run on a
// document that records every value they read, so a new field that reaches a document without
// an editor fails here.

/** `a.0.b.fr` → `a.*.b`: list items by `*`, the language sides of a text left out. */
function normalize(path: readonly string[]): string {
  const segments = path.map((segment) => (/^\d+$/.test(segment) ? '*' : segment));
  const last = segments.at(-1);
  if (last === 'fr' || last === 'en') segments.pop();
  return segments.join('.');
}

/** The document wrapped so that every value read (and every absent field asked for) is recorded. */
function recording(value: unknown, path: string[], read: Set<string>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const result = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || typeof result === 'function' || key === 'length')
        return result;
      const next = [...path, key];
      if (typeof result !== 'object' || result === null) read.add(normalize(next));
      return recording(result, next, read);
    },
  });
}

function printedPaths(partnership: Partnership): Set<string> {
  const read = new Set<string>();
  for (const template of Object.keys(DOCUMENT_TEMPLATES) as (keyof typeof DOCUMENT_TEMPLATES)[]) {
    for (const locale of ['fr', 'en', 'fr-en']) {
      buildDocument(template, recording(partnership, [], read) as Partnership, {
        locale,
        includeGuidance: true,
      });
    }
  }
  // Identity and bookkeeping, not printed values a person fills in: the document's version and
  // languages, and the ids that tie its parts together.
  for (const path of [...read]) {
    if (
      ['schemaVersion', 'languages', 'primaryLanguage'].includes(path) ||
      path.split('.').at(-1) === 'id'
    )
      read.delete(path);
  }
  return read;
}

const matches = (pattern: string, path: string) => {
  const p = pattern.split('.');
  const x = path.split('.');
  // A pattern covers the path itself and everything under it; `*` stands for one segment.
  return p.length <= x.length && p.every((segment, i) => segment === '*' || segment === x[i]);
};

describe('every value a document prints', () => {
  it.each([
    ['the MOU sample', caseStudy1],
    ['the agreement sample', caseStudy2],
  ])('in %s has an editor', (_name, partnership) => {
    const patterns = Object.values(EDITOR_COVERAGE).flat();
    const printed = [...printedPaths(partnership)].sort();
    expect(printed.length).toBeGreaterThan(20);
    expect(printed.filter((path) => !patterns.some((pattern) => matches(pattern, path)))).toEqual(
      [],
    );
  });

  it('is found by reading the templates, so a field added to one is found too', () => {
    const printed = printedPaths(caseStudy2);
    expect(printed).toContain('purpose');
    expect(printed).toContain('organizations.*.legalName');
    expect(printed).toContain('agreement.clauses.termination');
  });
});
