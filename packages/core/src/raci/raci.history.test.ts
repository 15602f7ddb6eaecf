import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raciScenarioArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { guideRaci } from '../../test/fixtures/guide-example';
import { canRedo, canUndo, redo, undo } from '../common/history';
import { createRaciHistory, raciHistoryReducer } from './raci.history';
import { raciReducer } from './raci.reducer';

describe('RACI history', () => {
  describe('given one change', () => {
    it('undo restores the matrix and redo applies the change again', () => {
      const start = guideRaci();
      let history = createRaciHistory(start);
      history = raciHistoryReducer(history, {
        type: 'cellSet',
        taskId: 'job-search',
        roleId: 'job-coach',
        letters: ['A'],
      });
      const changed = history.present;
      expect(canUndo(history)).toBe(true);
      history = undo(history);
      expect(history.present).toEqual(start);
      expect(canRedo(history)).toBe(true);
      history = redo(history);
      expect(history.present).toEqual(changed);
    });
  });

  describe('given an action that changes nothing', () => {
    it('adds no undo step', () => {
      const history = createRaciHistory(guideRaci());
      expect(raciHistoryReducer(history, { type: 'taskRemove', taskId: 'nope' })).toBe(history);
    });
  });

  describe('given a new change after an undo', () => {
    it('forgets the redo stack', () => {
      let history = createRaciHistory(guideRaci());
      history = raciHistoryReducer(history, { type: 'reopen' });
      history = undo(history);
      history = raciHistoryReducer(history, {
        type: 'taskRename',
        taskId: 'job-search',
        label: { en: 'x' },
      });
      expect(canRedo(history)).toBe(false);
      expect(redo(history)).toBe(history);
    });
  });

  describe('given more changes than the limit', () => {
    it('keeps only the latest ones', () => {
      let history = createRaciHistory(guideRaci(), { limit: 2 });
      for (const label of ['a', 'b', 'c']) {
        history = raciHistoryReducer(history, {
          type: 'taskRename',
          taskId: 'job-search',
          label: { en: label },
        });
      }
      expect(history.past).toHaveLength(2);
      history = undo(undo(history));
      expect(history.present.tasks[3]?.label).toEqual({ en: 'a' });
      expect(undo(history)).toBe(history);
    });
  });

  describe('for any sequence of actions', () => {
    it('undoing every step restores the original exactly, and redoing them gives the same result', {
      timeout: PROPERTY_TEST_MS,
    }, () => {
      fc.assert(
        fc.property(raciScenarioArb(raciReducer), ({ start, actions }) => {
          let history = createRaciHistory(start, { limit: 1000 });
          for (const action of actions) history = raciHistoryReducer(history, action);
          const end = history.present;
          expect(end).toEqual(actions.reduce(raciReducer, start));
          while (canUndo(history)) history = undo(history);
          expect(history.present).toEqual(start);
          while (canRedo(history)) history = redo(history);
          expect(history.present).toEqual(end);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
