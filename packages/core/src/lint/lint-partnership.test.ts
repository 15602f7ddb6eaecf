import { describe, expect, it } from 'vitest';
import { caseStudyPartnership } from '../../test/fixtures/case-study';
import { caseStudy2Partnership } from '../../test/fixtures/case-study-2';
import { formatIssue } from '../issues/format-issue';
import { lintPartnership } from './lint-partnership';

const found = (issues: ReturnType<typeof lintPartnership>) =>
  issues.map((i) => [i.code, i.path.join('.')]);

describe('lintPartnership', () => {
  it('finds nothing to fix in case study 1 on a day when everything is up to date', () => {
    expect(lintPartnership(caseStudyPartnership(), { today: '2026-08-01' })).toEqual([]);
  });

  it('lists what needs attention in case study 2, with paths from the document root', () => {
    expect(found(lintPartnership(caseStudy2Partnership(), { today: '2026-11-27' }))).toEqual([
      ['RACI_NO_TASKS', 'raci.tasks'],
      ['AGREEMENT_NO_CONFLICT_CLAUSE', 'agreement.clauses.conflictResolution'],
      ['AGREEMENT_KIND_MISMATCH', 'agreement.kind'],
      ...caseStudy2Partnership().organizations.map(() => [
        'LEADERSHIP_NOT_CONFIRMED',
        'worksheets',
      ]),
    ]);
  });

  it('reports a broken document: draft matrix, untitled contact, overdue review, missing clause', () => {
    const base = caseStudyPartnership();
    const broken = {
      ...base,
      raci: { ...base.raci, status: 'draft' as const },
      organizations: base.organizations.map((o, i) =>
        i === 0 ? { ...o, pointsOfContact: [{ id: 'x', title: '  ' }] } : o,
      ),
      agreement: base.agreement && {
        ...base.agreement,
        clauses: { termination: false, conflictResolution: true },
      },
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
      'L’examen officiel prévu le 2027-01-08 est en retard de 52 jours : il en faut au moins deux par année.',
    );
  });
});
