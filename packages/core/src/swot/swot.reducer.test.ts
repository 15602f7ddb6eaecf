import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { type SwotAction, swotReducer } from './swot.reducer';
import { SWOT_QUADRANTS, type Swot } from './swot.schema';

const empty: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
const apply = (swot: Swot, ...actions: SwotAction[]) => actions.reduce(swotReducer, swot);

describe('swotReducer', () => {
  const filled = apply(
    empty,
    {
      type: 'itemAdd',
      quadrant: 'strengths',
      text: 'Two job coaches',
      resourceKind: 'human',
      availability: 'in-place',
    },
    { type: 'itemAdd', quadrant: 'strengths', text: 'Employer breakfasts' },
    {
      type: 'itemAdd',
      quadrant: 'threats',
      text: 'Funding uncertain',
      resourceKind: 'financial',
      availability: 'needed',
    },
  );

  it('adds items with replayable ids across the four quadrants', () => {
    expect(filled.strengths.map((i) => i.id)).toEqual(['swot-1', 'swot-2']);
    expect(filled.threats).toEqual([
      {
        id: 'swot-3',
        text: 'Funding uncertain',
        resourceKind: 'financial',
        availability: 'needed',
      },
    ]);
  });

  it('edits text and tags, removing a tag set to undefined', () => {
    const edited = swotReducer(filled, {
      type: 'itemEdit',
      itemId: 'swot-1',
      changes: { text: 'Three job coaches', availability: undefined },
    });
    expect(edited.strengths[0]).toEqual({
      id: 'swot-1',
      text: 'Three job coaches',
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

  it('returns the same object for actions that change nothing', () => {
    expect(swotReducer(filled, { type: 'itemRemove', itemId: 'nope' })).toBe(filled);
    expect(swotReducer(filled, { type: 'itemMove', itemId: 'swot-1', toIndex: 0 })).toBe(filled);
    expect(
      swotReducer(filled, {
        type: 'itemEdit',
        itemId: 'swot-1',
        changes: { text: 'Two job coaches' },
      }),
    ).toBe(filled);
    expect(
      swotReducer(filled, { type: 'itemMoveToQuadrant', itemId: 'swot-1', quadrant: 'strengths' }),
    ).toBe(filled);
  });

  it('never loses nor duplicates an item, whatever the moves', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
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
  });
});
