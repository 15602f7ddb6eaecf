import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hostileActionArb,
  partnershipArb,
  raciActionArb,
  swotActionArb,
} from '../../test/arbitraries';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import type { RaciAction } from '../raci/raci.reducer';
import { raciReducer } from '../raci/raci.reducer';
import type { SwotAction } from '../swot/swot.reducer';
import { swotReducer } from '../swot/swot.reducer';
import { MAX_DOCUMENT_DEPTH } from './partnership.inspect';
import { parsePartnership, serializePartnership } from './partnership.parse';
import type { Partnership } from './partnership.schema';

/** A refusal must come with at least one issue, each with a path and a stable code. */
function expectAnswer(input: unknown) {
  const result = parsePartnership(input);
  const issues = result.ok ? [] : result.issues;
  expect(result.ok || issues.length > 0).toBe(true);
  expect(issues.filter((i) => !Array.isArray(i.path) || !/^[A-Z_]+$/.test(i.code))).toEqual([]);
}

/** Milliseconds a call takes. */
function timed(call: () => unknown): number {
  const start = performance.now();
  call();
  return performance.now() - start;
}

/** `{ a: { a: { … } } }` `depth` levels deep, built without recursion. */
function nested(depth: number, key = 'a'): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i += 1) value = { [key]: value };
  return value;
}

// Budgets sized for a slow, busy 2-core machine: each case is a few milliseconds when idle.
const CASE_BUDGET_MS = 1_500;

describe('parsePartnership is bounded (G1 item 12)', () => {
  it('answers at once for a 200 KB input nested 100,000 levels, with SCHEMA_TOO_DEEP and a short path', () => {
    const text = `{"schemaVersion":2,"extensions":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    expect(text.length).toBeGreaterThan(200_000);
    const input = JSON.parse(text);
    let result: ReturnType<typeof parsePartnership> | undefined;
    expect(timed(() => (result = parsePartnership(input)))).toBeLessThan(CASE_BUDGET_MS);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'SCHEMA_TOO_DEEP', params: { maximum: MAX_DOCUMENT_DEPTH } }],
    });
    expect(!result?.ok && result?.issues[0]?.path.length).toBeLessThanOrEqual(
      MAX_DOCUMENT_DEPTH + 1,
    );
  }, 30_000);

  it('accepts app data nested within the limit and refuses it one level past', () => {
    const base = JSON.parse(serializePartnership(caseStudyPartnership()));
    // The document is level 1, `extensions` level 2, `deep` level 3: nested(n) adds n more levels.
    expect(
      parsePartnership({ ...base, extensions: { deep: nested(MAX_DOCUMENT_DEPTH - 3) } }).ok,
    ).toBe(true);
    expect(
      parsePartnership({ ...base, extensions: { deep: nested(MAX_DOCUMENT_DEPTH - 2) } }),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'SCHEMA_TOO_DEEP' }],
    });
  });

  it('refuses an in-memory object that contains itself with SCHEMA_CYCLE, at the path where it loops', () => {
    const doc = caseStudyPartnership() as Partnership & { extensions: Record<string, unknown> };
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const cyclic = { ...doc, extensions: { ...doc.extensions, loop } };
    let result: ReturnType<typeof parsePartnership> | undefined;
    expect(timed(() => (result = parsePartnership(cyclic)))).toBeLessThan(CASE_BUDGET_MS);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'SCHEMA_CYCLE',
          severity: 'error',
          path: ['extensions', 'loop', 'self'],
          params: {},
        },
      ],
    });
  });

  it('refuses a small object graph that stands for a huge document (shared references) with SCHEMA_TOO_LARGE', () => {
    let node: unknown[] = ['leaf'];
    for (let i = 0; i < 40; i += 1) node = [node, node]; // 2^40 values once written out
    const doc = { ...caseStudyPartnership(), extensions: { tree: node } };
    let result: ReturnType<typeof parsePartnership> | undefined;
    expect(timed(() => (result = parsePartnership(doc)))).toBeLessThan(CASE_BUDGET_MS);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'SCHEMA_TOO_LARGE' }] });
  });

  it('grows linearly with the nesting it has to look at', () => {
    // Within the limit, time follows the input's size; past it, the answer comes at once.
    const small = timed(() =>
      parsePartnership({ schemaVersion: 2, extensions: { x: nested(100_000) } }),
    );
    const large = timed(() =>
      parsePartnership({ schemaVersion: 2, extensions: { x: nested(1_000_000) } }),
    );
    expect(large).toBeLessThan(CASE_BUDGET_MS);
    expect(small).toBeLessThan(CASE_BUDGET_MS);
  }, 30_000);
});

describe('fuzz', () => {
  it('never throws on arbitrary JSON values, and explains every refusal', () => {
    expect.hasAssertions();
    fc.assert(fc.property(fc.jsonValue(), expectAnswer), { numRuns: 10_000 });
  }, 120_000);

  it('never throws on valid documents with one part replaced by anything', () => {
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
    fc.assert(fc.property(mutated, expectAnswer), { numRuns: 5_000 });
  }, 240_000);

  it('answers deep and cyclic inputs within the per-case budget', () => {
    const deepOrCyclic = fc.oneof(
      fc
        .integer({ min: 1, max: 50_000 })
        .map((depth) => ({ schemaVersion: 2, extensions: { x: nested(depth) } })),
      fc.integer({ min: 1, max: 20 }).map((length) => {
        const items: Record<string, unknown>[] = Array.from({ length }, (_, i) => ({ i }));
        items.forEach((item, i) => {
          item.next = items[(i + 1) % length];
        });
        return { ...caseStudyPartnership(), extensions: { ring: items[0] } };
      }),
    );
    fc.assert(
      fc.property(deepOrCyclic, (input) => {
        expect(timed(() => expectAnswer(input))).toBeLessThan(CASE_BUDGET_MS);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe('nothing the reducers produce fails to load (G1 item 13)', () => {
  type Step = { raci?: unknown; swot?: unknown };
  const scenario = partnershipArb.chain((partnership) =>
    fc
      .array(
        fc.oneof(
          raciActionArb(partnership.raci).map((raci): Step => ({ raci })),
          swotActionArb(partnership.swot).map((swot): Step => ({ swot })),
          hostileActionArb.map((raci): Step => ({ raci })),
          hostileActionArb.map((swot): Step => ({ swot })),
        ),
        { maxLength: 15 },
      )
      .map((steps) => ({ partnership, steps })),
  );

  it('for any sequence of actions on any valid document, parsePartnership accepts what serializePartnership writes', () => {
    fc.assert(
      fc.property(scenario, ({ partnership, steps }) => {
        let raci = partnership.raci;
        let swot = partnership.swot;
        for (const step of steps) {
          if (step.raci !== undefined) raci = raciReducer(raci, step.raci as RaciAction);
          if (step.swot !== undefined) swot = swotReducer(swot, step.swot as SwotAction);
        }
        const end: Partnership = { ...partnership, raci, swot };
        const loaded = parsePartnership(JSON.parse(serializePartnership(end)));
        expect(loaded.ok ? [] : loaded.issues).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 240_000);
});
