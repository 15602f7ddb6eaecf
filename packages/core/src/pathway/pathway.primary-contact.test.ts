import { describe, expect, it } from 'vitest';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { primaryContact } from './pathway.primary-contact';
import type { ClientPathway } from './pathway.schema';

// Case study 2's pathway: assessment (lead-es), classroom (lead-eo), trial (lead-eo),
// placement (lead-es), retention (lead-es).
const pathway = caseStudy2Partnership().pathway as ClientPathway;
const rules = (result: ReturnType<typeof primaryContact>) => result.reasons.map((r) => r.ruleId);

describe('primaryContact', () => {
  it('is the organization contacted first at intake (PATH-1)', () => {
    const result = primaryContact(pathway, { firstContactOrganizationId: 'lead-eo' });
    expect(result.organizationId).toBe('lead-eo');
    expect(rules(result)).toEqual(['PATH-1']);
  });

  it('is reviewed at a new phase and moves to the organization giving most supports (PATH-2, PATH-3)', () => {
    const result = primaryContact(pathway, {
      firstContactOrganizationId: 'lead-eo',
      currentPhaseId: 'placement',
      currentPrimaryContactId: 'lead-eo',
      servicesByOrganization: { 'lead-es': 3, 'lead-eo': 1 },
    });
    expect(result.organizationId).toBe('lead-es');
    expect(rules(result)).toEqual(['PATH-1', 'PATH-2', 'PATH-3']);
    expect(result.reasons[2]).toMatchObject({
      code: 'PATH_MOST_SERVICES_ELSEWHERE',
      params: { organization: 'lead-es', count: 3, total: 4 },
    });
  });

  describe('compared with the current primary contact, not the first (PATH-3)', () => {
    it('keeps the current contact on a tie, even when it is not the first one', () => {
      const result = primaryContact(pathway, {
        firstContactOrganizationId: 'lead-eo',
        currentPrimaryContactId: 'lead-es',
        currentPhaseId: 'retention',
        servicesByOrganization: { 'lead-es': 2, 'lead-eo': 2 },
      });
      expect(result.organizationId).toBe('lead-es');
      expect(result.reasons.at(-1)).toMatchObject({ code: 'PATH_CONTACT_KEPT', ruleId: 'PATH-3' });
    });

    it('moves back to the first organization only when it now gives more than the current one', () => {
      const result = primaryContact(pathway, {
        firstContactOrganizationId: 'lead-eo',
        currentPrimaryContactId: 'lead-es',
        currentPhaseId: 'retention',
        servicesByOrganization: { 'lead-es': 1, 'lead-eo': 2 },
      });
      expect(result.organizationId).toBe('lead-eo');
    });

    it('works the current contact out from the earlier phases when the app does not track it', () => {
      // Entered at lead-es (assessment); classroom and trial are led by lead-eo, so by
      // placement lead-eo is the current contact; a tie at placement keeps it.
      const result = primaryContact(pathway, {
        firstContactOrganizationId: 'lead-es',
        currentPhaseId: 'placement',
        servicesByOrganization: { 'lead-es': 1, 'lead-eo': 1 },
      });
      expect(result.organizationId).toBe('lead-eo');
    });
  });

  it('lets the organization giving the most services win among three, and keeps the current one when two tie for the most', () => {
    const three = { firstContactOrganizationId: 'lead-eo', currentPhaseId: 'classroom' };
    expect(
      primaryContact(pathway, {
        ...three,
        servicesByOrganization: { 'lead-eo': 1, college: 2, 'adult-school': 3 },
      }).organizationId,
    ).toBe('adult-school');
    expect(
      primaryContact(pathway, {
        ...three,
        servicesByOrganization: { 'lead-eo': 1, college: 2, 'adult-school': 2 },
      }).organizationId,
    ).toBe('lead-eo');
  });

  it("takes the phase's lead as the main provider when counts are not given", () => {
    expect(
      primaryContact(pathway, {
        firstContactOrganizationId: 'lead-eo',
        currentPhaseId: 'retention',
      }).organizationId,
    ).toBe('lead-es');
    expect(
      primaryContact(pathway, { firstContactOrganizationId: 'lead-eo', currentPhaseId: 'trial' })
        .organizationId,
    ).toBe('lead-eo');
  });

  it('reports an unknown phase id as an issue, and keeps the contact', () => {
    const result = primaryContact(pathway, {
      firstContactOrganizationId: 'lead-eo',
      currentPhaseId: 'no-such-phase',
    });
    expect(result.organizationId).toBe('lead-eo');
    expect(result.issues).toMatchObject([
      { code: 'PATH_UNKNOWN_PHASE', severity: 'error', params: { phase: 'no-such-phase' } },
    ]);
  });

  it('never lets a NaN, negative or fractional count switch the rule off (G1 item 16)', () => {
    const result = primaryContact(pathway, {
      firstContactOrganizationId: 'lead-eo',
      currentPhaseId: 'placement',
      currentPrimaryContactId: 'lead-eo',
      servicesByOrganization: {
        'lead-es': 3,
        'lead-eo': Number.NaN,
        college: -1,
        'adult-school': 0.5,
      },
    });
    expect(result.organizationId).toBe('lead-es');
    expect(result.issues.map((i) => i.organizationId)).toEqual([
      'lead-eo',
      'college',
      'adult-school',
    ]);
    expect(result.issues.every((i) => i.code === 'PATH_SERVICE_COUNT_INVALID')).toBe(true);
  });
});
