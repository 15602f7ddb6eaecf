import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { formatIssue } from '../issues/format-issue';
import type { Partnership } from '../partnership/partnership.schema';
import { lintPartnership } from './lint-partnership';

const found = (issues: ReturnType<typeof lintPartnership>) =>
  issues.map((i) => [i.code, i.path.join('.')]);
const agreementOf = (p: Partnership) => p.agreement as NonNullable<Partnership['agreement']>;

describe('lintPartnership', () => {
  it('finds nothing to fix in case study 1 on a day when everything is up to date', () => {
    expect(lintPartnership(caseStudyPartnership(), { today: '2026-08-01' })).toEqual([]);
  });

  it('lists what needs attention in case study 2, with paths from the document root', () => {
    const organizations = caseStudy2Partnership().organizations;
    expect(found(lintPartnership(caseStudy2Partnership(), { today: '2026-11-27' }))).toEqual([
      ['RACI_NO_TASKS', 'raci.tasks'],
      ['AGREEMENT_NO_CONFLICT_CLAUSE', 'agreement.clauses.conflictResolution'],
      ['AGREEMENT_CLAUSE_MISSING', 'agreement.clauses.confidentiality'],
      ['AGREEMENT_KIND_MISMATCH', 'agreement.kind'],
      ...organizations.slice(1).map(() => ['AGREEMENT_NO_SIGNATORY', 'agreement.signatories']),
      ...organizations.map(() => ['LEADERSHIP_NOT_CONFIRMED', 'approvals']),
    ]);
  });

  it('reports a broken document: draft matrix, untitled contact, overdue review, missing clause', () => {
    const base = caseStudyPartnership();
    const { termination: _, ...clauses } = agreementOf(base).clauses;
    const broken: Partnership = {
      ...base,
      raci: { ...base.raci, status: 'draft' },
      organizations: base.organizations.map((o, i) =>
        i === 0 ? { ...o, pointsOfContact: [{ id: 'x', title: { fr: '  ' } }] } : o,
      ),
      agreement: { ...agreementOf(base), clauses },
    };
    const issues = lintPartnership(broken, { today: '2027-03-01' });
    expect(found(issues)).toEqual([
      ['RACI_NOT_ADOPTED', 'raci.status'],
      ['CONTACT_TITLE_MISSING', 'organizations.0.pointsOfContact.0.title'],
      ['AGREEMENT_NO_TERMINATION_CLAUSE', 'agreement.clauses.termination'],
      ['MEETING_OVERDUE', 'meetings'],
      ['REVIEW_OVERDUE', 'reviews'],
    ]);
    expect(issues.map((i) => formatIssue(i, 'fr'))).toContain(
      'L’examen officiel prévu le 8 janvier 2027 est en retard de 52 jours\u00a0: il en faut au moins deux par année.',
    );
  });

  describe('given references that point nowhere (G1 item 14)', () => {
    it('reports every unknown organization and member at its own path, and duplicate organization ids', () => {
      const base = caseStudyPartnership();
      const p: Partnership = {
        ...base,
        organizations: [
          ...base.organizations,
          { ...(base.organizations[0] as Partnership['organizations'][number]) },
        ],
        approvals: [
          ...base.approvals,
          {
            id: 'approval-z',
            organizationId: 'ghost',
            approvedBy: 'board',
            approvedOn: '2026-01-01',
          },
        ],
        workingGroup: [
          ...base.workingGroup,
          { id: 'wg-z', title: { en: 'Coach' }, organizationId: 'ghost' },
        ],
        resources: base.resources.map((r, i) =>
          i === 0 ? { ...r, organizationId: 'ghost', swotItemIds: ['nope'] } : r,
        ),
        sharedDocuments: [
          {
            ...(base.sharedDocuments[0] as Partnership['sharedDocuments'][number]),
            organizationIds: ['agency-a', 'ghost'],
          },
        ],
        agreement: {
          ...agreementOf(base),
          signatories: [
            ...agreementOf(base).signatories,
            { id: 'sig-z', organizationId: 'ghost', signedOn: '2026-01-25' },
          ],
          provisions: agreementOf(base).provisions.map((provision) => ({
            ...provision,
            organizationId: 'ghost',
          })),
          governance: { members: [], chairMemberId: 'cm-1' },
        },
        pathway: {
          phases: [
            {
              id: 'p',
              name: { en: 'P' },
              leadOrganizationId: 'ghost',
              supportingOrganizationIds: ['ghost'],
              services: [],
            },
          ],
        },
        meetings: {
          ...base.meetings,
          records: base.meetings.records.map((m) => ({
            ...m,
            attendeeIds: ['wg-1', 'nobody'],
            actionItems: m.actionItems.map((a) => ({ ...a, ownerId: 'nobody' })),
          })),
        },
      };
      const paths = lintPartnership(p, { today: '2026-08-01' })
        .filter(
          (i) =>
            i.code.startsWith('REFERENCE_') ||
            i.code === 'ORGANIZATION_DUPLICATE_ID' ||
            i.code === 'AGREEMENT_CHAIR_NOT_MEMBER',
        )
        .map((i) => `${i.code} ${i.path.join('.')}`);
      expect(paths).toEqual([
        'ORGANIZATION_DUPLICATE_ID organizations.2.id',
        'REFERENCE_UNKNOWN_ORGANIZATION approvals.2.organizationId',
        'REFERENCE_UNKNOWN_ORGANIZATION workingGroup.2.organizationId',
        'REFERENCE_UNKNOWN_ORGANIZATION resources.0.organizationId',
        'REFERENCE_UNKNOWN_ORGANIZATION sharedDocuments.0.organizationIds.1',
        'REFERENCE_UNKNOWN_ORGANIZATION pathway.phases.0.leadOrganizationId',
        'REFERENCE_UNKNOWN_ORGANIZATION pathway.phases.0.supportingOrganizationIds.0',
        'REFERENCE_UNKNOWN_ORGANIZATION agreement.signatories.2.organizationId',
        'REFERENCE_UNKNOWN_ORGANIZATION agreement.provisions.0.organizationId',
        'REFERENCE_UNKNOWN_MEMBER meetings.records.0.attendeeIds.1',
        'REFERENCE_UNKNOWN_MEMBER meetings.records.0.actionItems.0.ownerId',
        'AGREEMENT_CHAIR_NOT_MEMBER agreement.governance.chairMemberId',
        'REFERENCE_UNKNOWN_SWOT_ITEM resources.0.swotItemIds.0',
      ]);
    });
  });

  describe('given unusual terms (G1 item 10)', () => {
    it('warns about a notice under 30 days and tells about a term over five years, neither an error', () => {
      const base = caseStudyPartnership();
      const p = { ...base, agreement: { ...agreementOf(base), noticeDays: 14, termYears: 10 } };
      const issues = lintPartnership(p, { today: '2026-08-01' });
      expect(issues.map((i) => [i.code, i.severity])).toEqual([
        ['AGREEMENT_NOTICE_SHORT', 'warning'],
        ['AGREEMENT_TERM_LONG', 'info'],
      ]);
      expect(formatIssue(issues[0] as never, 'en')).toContain('14 days');
      expect(formatIssue(issues[1] as never, 'fr')).toContain('10 ans');
    });
  });

  describe('given an MOU between organizations where one pays the other (AGR-4)', () => {
    it('reports the MOU as the wrong instrument', () => {
      const base = caseStudyPartnership();
      const p = { ...base, agreementFacts: { ...base.agreementFacts, paysForServices: true } };
      expect(
        lintPartnership(p, { today: '2026-08-01' }).map((i) => [i.code, i.ruleId, i.severity]),
      ).toEqual([
        ['AGR_PAYMENT_NEEDS_CONTRACT', 'AGR-4', 'warning'],
        ['AGREEMENT_MOU_WITH_PAYMENT', 'AGR-4', 'error'],
      ]);
    });
  });

  describe('given overdue action items (REV-1)', () => {
    it('lists each one not done past its due date', () => {
      const base = caseStudyPartnership();
      const p = {
        ...base,
        meetings: {
          ...base.meetings,
          records: base.meetings.records.map((m) => ({
            ...m,
            actionItems: m.actionItems.map((a) => ({ ...a, done: false })),
          })),
        },
      };
      const issues = lintPartnership(p, { today: '2026-06-01' }).filter(
        (i) => i.code === 'ACTION_ITEM_OVERDUE',
      );
      expect(issues).toMatchObject([
        {
          path: ['meetings', 'records', 0, 'actionItems', 0],
          params: { due: '2026-05-15', days: 17 },
        },
      ]);
      expect(formatIssue(issues[0] as never, 'fr')).toBe(
        'La mesure de suivi «\u00a0Rédiger le formulaire\u00a0» devait être terminée le 15 mai 2026 (17 jours de retard).',
      );
    });
  });

  describe('given texts missing one of the partnership’s languages (B1)', () => {
    it('warns once per text with its path; a one-language partnership raises none', () => {
      const base = caseStudyPartnership();
      const p = { ...base, purpose: { fr: base.purpose.fr } };
      expect(lintPartnership(p, { today: '2026-08-01' })).toMatchObject([
        {
          code: 'TRANSLATION_MISSING',
          severity: 'warning',
          path: ['purpose'],
          params: { language: 'en' },
        },
      ]);
      expect(lintPartnership({ ...p, languages: ['fr'] }, { today: '2026-08-01' })).toEqual([]);
    });
  });

  describe('given a today that is not a date', () => {
    it('refuses it with one clear issue instead of inventing overdue ones', () => {
      for (const today of ['2026-02-30', 'yesterday', Number.NaN]) {
        const issues = lintPartnership(caseStudyPartnership(), { today: today as string });
        expect(issues).toMatchObject([
          { code: 'ARGUMENT_INVALID_DATE', params: { argument: 'today' } },
        ]);
      }
    });
  });
});
