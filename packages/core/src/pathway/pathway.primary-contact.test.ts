import { describe, expect, it } from 'vitest';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { primaryContact } from './pathway.primary-contact';
import type { ClientPathway } from './pathway.schema';

const pathway = caseStudy2Partnership().pathway as ClientPathway;
const codes = (result: ReturnType<typeof primaryContact>) => result.reasons.map((r) => r.ruleId);

describe('primaryContact', () => {
  it('is the organization contacted first at intake (PATH-1)', () => {
    const result = primaryContact(pathway, { firstContactOrganizationId: 'lead-eo' });
    expect(result.organizationId).toBe('lead-eo');
    expect(codes(result)).toEqual(['PATH-1']);
  });

  it('is reviewed at a new phase and moves to the organization giving most supports (PATH-2, PATH-3)', () => {
    const result = primaryContact(pathway, {
      firstContactOrganizationId: 'lead-eo',
      currentPhaseId: 'placement',
      servicesByOrganization: { 'lead-es': 3, 'lead-eo': 1 },
    });
    expect(result.organizationId).toBe('lead-es');
    expect(codes(result)).toEqual(['PATH-1', 'PATH-2', 'PATH-3']);
    expect(result.reasons[2]?.params).toEqual({ organization: 'lead-es', count: 3, total: 4 });
  });

  it('stays with the first organization when no other gives most of the supports', () => {
    const result = primaryContact(pathway, {
      firstContactOrganizationId: 'lead-eo',
      currentPhaseId: 'placement',
      servicesByOrganization: { 'lead-es': 2, 'lead-eo': 2 },
    });
    expect(result.organizationId).toBe('lead-eo');
    expect(codes(result)).toEqual(['PATH-1', 'PATH-2']);
  });

  it("takes the current phase's lead as the main provider when counts are not given", () => {
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
});
