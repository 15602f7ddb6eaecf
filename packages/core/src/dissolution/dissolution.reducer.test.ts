import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import {
  applyDissolutionAction,
  type DissolutionAction,
  dissolutionReducer,
} from './dissolution.reducer';
import { type Dissolution, DissolutionSchema } from './dissolution.schema';

const start: Dissolution = { checklist: {}, clientHandovers: [] };

describe('dissolutionReducer (DIS-1..5)', () => {
  it('records the reason, the notice, the path, the checklist and every hand-over', () => {
    const actions: DissolutionAction[] = [
      { type: 'reasonSet', reason: 'funding-ended' },
      { type: 'noticeSet', on: '2028-01-10', by: 'agency-a' },
      { type: 'pathSet', path: 'celebrate-and-close' },
      { type: 'checklistSet', itemId: 'written-notice', done: true },
      { type: 'handoverAdd', jobSeeker: 'File 2027-014' },
      { type: 'handoverAdd', jobSeeker: 'File 2027-015' },
      {
        type: 'handoverEdit',
        handoverId: 'handover-1',
        changes: { toOrganizationId: 'agency-b', handedOver: true },
      },
      { type: 'handoverRemove', handoverId: 'handover-2' },
      { type: 'textSet', field: 'lessonsLearned', text: { fr: 'Commencer plus tôt' } },
    ];
    expect(actions.reduce(dissolutionReducer, start)).toEqual({
      reason: 'funding-ended',
      noticeGivenOn: '2028-01-10',
      noticeGivenBy: 'agency-a',
      path: 'celebrate-and-close',
      checklist: { 'written-notice': true },
      clientHandovers: [
        {
          id: 'handover-1',
          jobSeeker: 'File 2027-014',
          toOrganizationId: 'agency-b',
          handedOver: true,
        },
      ],
      lessonsLearned: { fr: 'Commencer plus tôt' },
    });
  });

  it('removes optional values set to undefined and keeps the record when nothing changes', () => {
    const withNotice = dissolutionReducer(start, { type: 'noticeSet', on: '2028-01-10', by: 'a' });
    expect(
      dissolutionReducer(withNotice, { type: 'noticeSet', on: undefined, by: undefined }),
    ).toEqual(start);
    expect(dissolutionReducer(start, { type: 'checklistSet', itemId: 'x', done: false })).toBe(
      start,
    );
  });

  it('refuses what would make the record invalid, saying where', () => {
    expect(
      applyDissolutionAction(start, { type: 'noticeSet', on: '2028-13-01' }).rejection,
    ).toEqual(expect.objectContaining({ code: 'ACTION_INVALID_DATE', path: ['on'] }));
    const removeName = {
      type: 'handoverEdit',
      handoverId: 'handover-1',
      changes: { jobSeeker: undefined },
    } as unknown as DissolutionAction;
    const one = dissolutionReducer(start, { type: 'handoverAdd', jobSeeker: 'F-1' });
    expect(applyDissolutionAction(one, removeName).rejection?.path).toEqual([
      'changes',
      'jobSeeker',
    ]);
    expect(
      applyDissolutionAction(one, { type: 'handoverRemove', handoverId: 'nope' }).rejection?.code,
    ).toBe('ACTION_UNKNOWN_TARGET');
  });

  it('whatever it is sent, never throws and always gives a record that loads again', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    const one = dissolutionReducer(start, { type: 'handoverAdd', jobSeeker: 'F-1' });
    fc.assert(
      fc.property(fc.array(hostileActionArb, { maxLength: 8 }), (actions) => {
        const end = (actions as DissolutionAction[]).reduce(dissolutionReducer, one);
        expect(DissolutionSchema.safeParse(end).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
