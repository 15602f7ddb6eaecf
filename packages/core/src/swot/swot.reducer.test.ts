import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb, swotActionArb, swotArb } from '../../test/arbitraries';
import { applySwotAction, type SwotAction, swotReducer } from './swot.reducer';
import { SWOT_QUADRANTS, type Swot, SwotSchema } from './swot.schema';

const empty: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
const apply = (swot: Swot, ...actions: SwotAction[]) => actions.reduce(swotReducer, swot);

describe('swotReducer', () => {
  const filled = apply(
    empty,
    {
      type: 'itemAdd',
      quadrant: 'strengths',
      text: { en: 'Two job coaches' },
      resourceKind: 'human',
      availability: 'in-place',
    },
    { type: 'itemAdd', quadrant: 'strengths', text: { en: 'Employer breakfasts' } },
    {
      type: 'itemAdd',
      quadrant: 'threats',
      text: { fr: 'Financement incertain', en: 'Funding uncertain' },
      resourceKind: 'financial',
      availability: 'needed',
    },
  );

  it('adds items with replayable ids across the four quadrants', () => {
    expect(filled.strengths.map((i) => i.id)).toEqual(['swot-1', 'swot-2']);
    expect(filled.threats).toEqual([
      {
        id: 'swot-3',
        text: { fr: 'Financement incertain', en: 'Funding uncertain' },
        resourceKind: 'financial',
        availability: 'needed',
      },
    ]);
  });

  it('edits text and tags, removing a tag set to undefined', () => {
    const edited = swotReducer(filled, {
      type: 'itemEdit',
      itemId: 'swot-1',
      changes: { text: { en: 'Three job coaches' }, availability: undefined },
    });
    expect(edited.strengths[0]).toEqual({
      id: 'swot-1',
      text: { en: 'Three job coaches' },
      resourceKind: 'human',
    });
    expect(edited.threats).toBe(filled.threats);
  });

  it('reorders within a quadrant and moves between quadrants', () => {
    const moved = apply(
      filled,
      { type: 'itemMove', itemId: 'swot-2', toIndex: 0 },
      { type: 'itemMoveToQuadrant', itemId: 'swot-3', quadrant: 'weaknesses' },
    );
    expect(moved.strengths.map((i) => i.id)).toEqual(['swot-2', 'swot-1']);
    expect(moved.threats).toEqual([]);
    expect(moved.weaknesses.map((i) => i.id)).toEqual(['swot-3']);
  });

  it('refuses what would not load again, says why and changes nothing', () => {
    const cases: [unknown, string][] = [
      [
        { type: 'itemAdd', quadrant: 'strengths', text: { en: 'x'.repeat(20_001) } },
        'ACTION_TEXT_TOO_LONG',
      ],
      [{ type: 'itemAdd', quadrant: 'sideways', text: { en: 'x' } }, 'ACTION_MALFORMED'],
      [
        { type: 'itemAdd', quadrant: 'strengths', id: 'swot-1', text: { en: 'x' } },
        'ACTION_ID_TAKEN',
      ],
      [
        { type: 'itemEdit', itemId: 'swot-1', changes: { resourceKind: 'time' } },
        'ACTION_INVALID_VALUE',
      ],
      [{ type: 'itemEdit', itemId: 'swot-1', changes: { id: 'other' } }, 'ACTION_MALFORMED'],
      [{ type: 'itemRemove', itemId: 'nope' }, 'ACTION_UNKNOWN_TARGET'],
      [42, 'ACTION_MALFORMED'],
    ];
    for (const [action, code] of cases) {
      const result = applySwotAction(filled, action as SwotAction);
      expect(result.value).toBe(filled);
      expect(result.rejection?.code).toBe(code);
    }
  });

  it('gives a grid the schema accepts for any sequence of actions, hostile ones included', () => {
    fc.assert(
      fc.property(
        swotArb,
        fc.array(fc.oneof(hostileActionArb, swotArb.chain(swotActionArb)), { maxLength: 10 }),
        (start, actions) => {
          const end = actions.reduce<Swot>(
            (swot, action) => swotReducer(swot, action as SwotAction),
            start,
          );
          expect(SwotSchema.safeParse(end).success).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('returns the same object for actions that change nothing', () => {
    expect(swotReducer(filled, { type: 'itemRemove', itemId: 'nope' })).toBe(filled);
    expect(swotReducer(filled, { type: 'itemMove', itemId: 'swot-1', toIndex: 0 })).toBe(filled);
    expect(
      swotReducer(filled, {
        type: 'itemEdit',
        itemId: 'swot-1',
        changes: { text: { en: 'Two job coaches' } },
      }),
    ).toBe(filled);
    expect(
      swotReducer(filled, { type: 'itemMoveToQuadrant', itemId: 'swot-1', quadrant: 'strengths' }),
    ).toBe(filled);
  });

  it('never loses nor duplicates an item, whatever the moves', () => {
    const quadrant = fc.constantFrom(...SWOT_QUADRANTS);
    const action = fc.oneof(
      fc.record({
        type: fc.constant('itemMove' as const),
        itemId: fc.constantFrom('swot-1', 'swot-2', 'swot-3'),
        toIndex: fc.integer({ min: -1, max: 4 }),
      }),
      fc.record({
        type: fc.constant('itemMoveToQuadrant' as const),
        itemId: fc.constantFrom('swot-1', 'swot-2', 'swot-3'),
        quadrant,
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        const end = actions.reduce(swotReducer, filled);
        const ids = SWOT_QUADRANTS.flatMap((q) => end[q].map((i) => i.id)).sort();
        expect(ids).toEqual(['swot-1', 'swot-2', 'swot-3']);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
