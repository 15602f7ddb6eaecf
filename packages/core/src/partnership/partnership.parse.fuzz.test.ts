import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipArb } from '../../test/arbitraries';
import { FUZZ_TEST_MS } from '../../test/budgets';
import { parsePartnership, serializePartnership } from './partnership.parse';

// The fuzz tests of parsePartnership (about 7 s on an idle machine), in a file of their own so
// that Vitest runs them beside the other test files instead of after them.
describe('parsePartnership, fuzzed', () => {
  /** A refusal must come with at least one issue, each with a path and a stable code. */
  const expectAnswer = (input: unknown) => {
    const result = parsePartnership(input);
    const issues = result.ok ? [] : result.issues;
    expect(result.ok || issues.length > 0).toBe(true);
    expect(issues.filter((i) => !Array.isArray(i.path) || !/^[A-Z_]+$/.test(i.code))).toEqual([]);
  };

  it('never throws on arbitrary JSON values, and explains every refusal', {
    timeout: FUZZ_TEST_MS,
  }, () => {
    expect.hasAssertions();
    fc.assert(fc.property(fc.jsonValue(), expectAnswer), { numRuns: 10_000 });
  });

  it('never throws on valid documents with one part replaced by anything', {
    timeout: FUZZ_TEST_MS,
  }, () => {
    expect.hasAssertions();
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => {
            const path = [...prefix, Array.isArray(value) ? Number(key) : key];
            return [path, ...paths(inner, path)];
          })
        : [];
    const mutated = fc
      .tuple(partnershipArb, fc.nat(), fc.jsonValue())
      .map(([partnership, pick, replacement]) => {
        const doc = JSON.parse(serializePartnership(partnership));
        const all = paths(doc);
        const path = all[pick % Math.max(1, all.length)];
        if (!path) return doc;
        let parent = doc;
        for (const segment of path.slice(0, -1)) parent = parent[segment];
        parent[path.at(-1) as string] = replacement;
        return doc;
      });
    fc.assert(fc.property(mutated, expectAnswer), { numRuns: 10_000 });
  });
});
