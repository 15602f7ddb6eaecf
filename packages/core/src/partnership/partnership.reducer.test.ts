import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileActionArb, idArb, localizedArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import {
  applyPartnershipAction,
  type EditPath,
  type PartnershipAction,
  partnershipReducer,
} from './partnership.reducer';
import { validateReferences } from './partnership.references';
import { PartnershipSchema } from './partnership.schema';

const p = caseStudyPartnership();
const reduce = (...actions: PartnershipAction[]) => actions.reduce(partnershipReducer, p);

describe('partnershipReducer', () => {
  it('sets a text anywhere by ids, sharing every untouched part', () => {
    const next = reduce({
      type: 'set',
      path: ['organizations', { id: 'agency-b' }, 'mission'],
      value: { fr: 'Soutenir l’emploi', en: 'Support employment' },
    });
    expect(next.organizations[1]?.mission).toEqual({
      fr: 'Soutenir l’emploi',
      en: 'Support employment',
    });
    expect(next.organizations[0]).toBe(p.organizations[0]);
    expect(next.raci).toBe(p.raci);
  });

  it('removes an optional field set to undefined, and keeps the same document when nothing changes', () => {
    expect(
      reduce({ type: 'set', path: ['startedOn'], value: undefined }).startedOn,
    ).toBeUndefined();
    expect(reduce({ type: 'set', path: ['status'], value: p.status })).toBe(p);
  });

  it('adds with a fresh id, moves and removes items of any list', () => {
    const added = reduce({
      type: 'add',
      path: ['objectives'],
      item: { text: { en: 'Ten placements' } },
    });
    const id = added.objectives.at(-1)?.id as string;
    expect(added.objectives.map((o) => o.id)).not.toContain(undefined);
    const moved = partnershipReducer(added, { type: 'move', path: ['objectives'], id, toIndex: 0 });
    expect(moved.objectives[0]?.id).toBe(id);
    const removed = partnershipReducer(moved, { type: 'remove', path: ['objectives'], id });
    expect(removed.objectives).toEqual(p.objectives);
  });

  it('refuses what would not load again, with the schema’s code and the path of the fault', () => {
    const tooLong = applyPartnershipAction(p, {
      type: 'set',
      path: ['purpose'],
      value: { fr: 'x'.repeat(20_001) },
    });
    expect(tooLong.value).toBe(p);
    expect(tooLong.rejection?.path).toEqual(['purpose', 'fr']);
    const badDate = applyPartnershipAction(p, {
      type: 'set',
      path: ['startedOn'],
      value: '2026-02-30',
    });
    expect(badDate.rejection?.path).toEqual(['startedOn']);
    const duplicate = applyPartnershipAction(p, {
      type: 'add',
      path: ['organizations'],
      item: { ...p.organizations[0] },
    });
    expect(duplicate.rejection?.code).toBe('ACTION_ID_TAKEN');
    expect(
      applyPartnershipAction(p, { type: 'set', path: ['schemaVersion'], value: 3 }).rejection,
    ).toBeDefined();
    expect(
      applyPartnershipAction(p, {
        type: 'set',
        path: ['organizations', { id: 'nope' }, 'mission'],
        value: {},
      }).rejection?.code,
    ).toBe('ACTION_UNKNOWN_TARGET');
  });

  describe('removing something still named elsewhere', () => {
    it('refuses until confirmed, saying how many places name it', () => {
      const result = applyPartnershipAction(p, {
        type: 'remove',
        path: ['organizations'],
        id: 'agency-a',
      });
      expect(result.value).toBe(p);
      expect(result.rejection).toMatchObject({
        code: 'ACTION_STILL_REFERENCED',
        params: { id: 'agency-a' },
      });
      expect(Number(result.rejection?.params.count)).toBeGreaterThan(3);
    });

    it('with cascade, removes every mention and leaves no dangling reference', () => {
      const next = reduce({
        type: 'remove',
        path: ['organizations'],
        id: 'agency-a',
        cascade: true,
      });
      expect(next.organizations.map((o) => o.id)).toEqual(['agency-b']);
      expect(validateReferences(next)).toEqual([]);
      expect(next.raci.tasks.some((t) => t.leadOrganizationId === 'agency-a')).toBe(false);
      expect(next.approvals.some((a) => a.organizationId === 'agency-a')).toBe(false);
      expect(next.agreement?.signatories.some((s) => s.organizationId === 'agency-a')).toBe(false);
      expect(PartnershipSchema.safeParse(next).success).toBe(true);
    });

    it('a working-group member leaves the meetings it attended, and the action items it owned', () => {
      const next = reduce({ type: 'remove', path: ['workingGroup'], id: 'wg-1', cascade: true });
      expect(next.meetings.records.flatMap((m) => m.attendeeIds)).not.toContain('wg-1');
      expect(
        next.meetings.records.flatMap((m) => m.actionItems.map((a) => a.ownerId)),
      ).not.toContain('wg-1');
      expect(validateReferences(next)).toEqual([]);
    });
  });

  it('hands RACI, SWOT and dissolution actions to their reducers, refusals included', () => {
    const next = reduce(
      { type: 'raci', action: { type: 'taskAdd', label: { en: 'Follow-up' } } },
      { type: 'swot', action: { type: 'itemAdd', quadrant: 'threats', text: { en: 'Funding' } } },
      { type: 'dissolution', action: { type: 'reasonSet', reason: 'goals-met' } },
    );
    expect(next.raci.tasks.at(-1)?.label).toEqual({ en: 'Follow-up' });
    expect(next.swot.threats.at(-1)?.text).toEqual({ en: 'Funding' });
    expect(next.dissolution?.reason).toBe('goals-met');
    const refused = applyPartnershipAction(p, {
      type: 'raci',
      action: { type: 'taskAdd', label: { en: 'x'.repeat(600) } },
    });
    expect(refused.rejection?.path[0]).toBe('action');
  });

  it('applies a batch as one change, or none of it', () => {
    const batch: PartnershipAction = {
      type: 'batch',
      actions: [
        { type: 'set', path: ['purpose'], value: { en: 'New' } },
        { type: 'set', path: ['startedOn'], value: 'not a date' },
      ],
    };
    expect(applyPartnershipAction(p, batch).value).toBe(p);
  });

  it('whatever it is sent, never throws and always gives a document that loads again', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    const paths: fc.Arbitrary<EditPath> = fc.oneof(
      fc.constantFrom<EditPath>(
        ['purpose'],
        ['name'],
        ['startedOn'],
        ['organizations'],
        ['organizations', { id: 'agency-a' }, 'mission'],
        ['organizations', { id: 'agency-a' }, 'legalName'],
        ['workingGroup'],
        ['agreement', 'clauses', 'termination'],
        ['agreement', 'signatories'],
        ['meetings', 'records'],
        ['__proto__', 'x'],
        ['extensions', 'app'],
        ['raci', 'tasks'],
      ),
      fc.array(
        fc.oneof(
          fc.string(),
          idArb.map((id) => ({ id })),
        ),
        { maxLength: 4 },
      ),
    );
    const action = fc.oneof(
      hostileActionArb,
      fc.record({
        type: fc.constantFrom('set', 'add', 'remove', 'move', 'batch'),
        path: paths,
        value: fc.oneof(localizedArb, fc.anything(), fc.constant(undefined)),
        item: fc.oneof(fc.record({ id: fc.oneof(idArb, fc.constant('agency-a')) }), fc.anything()),
        id: fc.oneof(fc.constantFrom('agency-a', 'wg-1', 'obj-1'), fc.anything()),
        toIndex: fc.oneof(fc.integer(), fc.anything()),
        cascade: fc.boolean(),
        actions: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 6 }), (actions) => {
        const end = (actions as PartnershipAction[]).reduce(partnershipReducer, p);
        expect(PartnershipSchema.safeParse(end).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
