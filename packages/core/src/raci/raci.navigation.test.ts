import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { guideRaci } from '../../test/fixtures/guide-example';
import { moveRaciFocus } from './raci.navigation';

// The guide's matrix as a grid: 1 header row + 6 tasks = 7 rows (0–6); 2 leading columns
// (task, lead) + 5 roles = 7 columns (0–6).
const matrix = guideRaci();
const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl });

describe('moveRaciFocus (WAI-ARIA grid keys)', () => {
  it('moves one cell with the arrows', () => {
    expect(moveRaciFocus(matrix, { row: 2, col: 3 }, key('ArrowUp'))).toEqual({ row: 1, col: 3 });
    expect(moveRaciFocus(matrix, { row: 2, col: 3 }, key('ArrowDown'))).toEqual({ row: 3, col: 3 });
    expect(moveRaciFocus(matrix, { row: 2, col: 3 }, key('ArrowLeft'))).toEqual({ row: 2, col: 2 });
    expect(moveRaciFocus(matrix, { row: 2, col: 3 }, key('ArrowRight'))).toEqual({
      row: 2,
      col: 4,
    });
  });

  it('stops at the edges without wrapping, returning the same position', () => {
    const corner = { row: 6, col: 6 };
    expect(moveRaciFocus(matrix, corner, key('ArrowDown'))).toBe(corner);
    expect(moveRaciFocus(matrix, corner, key('ArrowRight'))).toBe(corner);
    const origin = { row: 0, col: 0 };
    expect(moveRaciFocus(matrix, origin, key('ArrowUp'))).toBe(origin);
  });

  it('goes to the row ends with Home/End and to the grid corners with Ctrl (or Cmd)', () => {
    expect(moveRaciFocus(matrix, { row: 3, col: 4 }, key('Home'))).toEqual({ row: 3, col: 0 });
    expect(moveRaciFocus(matrix, { row: 3, col: 4 }, key('End'))).toEqual({ row: 3, col: 6 });
    expect(moveRaciFocus(matrix, { row: 3, col: 4 }, key('Home', true))).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveRaciFocus(matrix, { row: 3, col: 4 }, { key: 'End', metaKey: true })).toEqual({
      row: 6,
      col: 6,
    });
  });

  it('moves a page of rows with PageUp/PageDown, clamped', () => {
    expect(moveRaciFocus(matrix, { row: 6, col: 2 }, key('PageUp'))).toEqual({ row: 1, col: 2 });
    expect(moveRaciFocus(matrix, { row: 3, col: 2 }, key('PageDown'))).toEqual({ row: 6, col: 2 });
    expect(moveRaciFocus(matrix, { row: 3, col: 2 }, key('PageUp'), { pageSize: 2 })).toEqual({
      row: 1,
      col: 2,
    });
  });

  it('returns null for keys that are not navigation, so the grid lets them through', () => {
    expect(moveRaciFocus(matrix, { row: 1, col: 2 }, key('r'))).toBeNull();
    expect(moveRaciFocus(matrix, { row: 1, col: 2 }, key('Tab'))).toBeNull();
  });

  it('follows the layout it is given', () => {
    expect(
      moveRaciFocus(matrix, { row: 0, col: 0 }, key('End', true), {
        headerRows: 0,
        leadingColumns: 1,
      }),
    ).toEqual({ row: 5, col: 5 });
  });

  it('always lands inside the grid, whatever the keys', { timeout: PROPERTY_TEST_MS }, () => {
    const keys = fc.constantFrom(
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: keys, ctrlKey: fc.boolean() }), { maxLength: 30 }),
        (presses) => {
          let focus = { row: 0, col: 0 };
          for (const press of presses) focus = moveRaciFocus(matrix, focus, press) ?? focus;
          expect(focus.row).toBeGreaterThanOrEqual(0);
          expect(focus.row).toBeLessThanOrEqual(6);
          expect(focus.col).toBeGreaterThanOrEqual(0);
          expect(focus.col).toBeLessThanOrEqual(6);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
