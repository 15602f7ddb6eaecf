import type { Issue, IssuePath } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { SWOT_QUADRANTS } from '../swot/swot.schema';
import type { Partnership } from './partnership.schema';

type RefIssue = Issue<IssueCode>;

/** Every place outside the RACI matrix (checked by its own rules) that names an organization, with its path. */
export function organizationRefs(p: Partnership): [id: string, path: IssuePath][] {
  const refs: [string, IssuePath][] = [];
  const add = (id: string | undefined, path: IssuePath) => {
    if (id !== undefined) refs.push([id, path]);
  };
  for (const [i, a] of p.approvals.entries())
    add(a.organizationId, ['approvals', i, 'organizationId']);
  for (const [i, m] of p.workingGroup.entries())
    add(m.organizationId, ['workingGroup', i, 'organizationId']);
  for (const [i, r] of p.resources.entries())
    add(r.organizationId, ['resources', i, 'organizationId']);
  for (const [i, d] of p.sharedDocuments.entries()) {
    for (const [j, id] of d.organizationIds.entries())
      add(id, ['sharedDocuments', i, 'organizationIds', j]);
  }
  for (const [i, w] of p.worksheets.entries())
    add(w.organizationId, ['worksheets', i, 'organizationId']);
  for (const [i, phase] of (p.pathway?.phases ?? []).entries()) {
    add(phase.leadOrganizationId, ['pathway', 'phases', i, 'leadOrganizationId']);
    for (const [j, id] of phase.supportingOrganizationIds.entries()) {
      add(id, ['pathway', 'phases', i, 'supportingOrganizationIds', j]);
    }
  }
  const agreement = p.agreement;
  for (const [i, s] of (agreement?.signatories ?? []).entries())
    add(s.organizationId, ['agreement', 'signatories', i, 'organizationId']);
  for (const [i, s] of (agreement?.provisions ?? []).entries())
    add(s.organizationId, ['agreement', 'provisions', i, 'organizationId']);
  for (const [i, m] of (agreement?.governance?.members ?? []).entries()) {
    add(m.organizationId, ['agreement', 'governance', 'members', i, 'organizationId']);
  }
  const dissolution = p.dissolution;
  add(dissolution?.noticeGivenBy, ['dissolution', 'noticeGivenBy']);
  for (const [i, h] of (dissolution?.clientHandovers ?? []).entries()) {
    add(h.fromOrganizationId, ['dissolution', 'clientHandovers', i, 'fromOrganizationId']);
    add(h.toOrganizationId, ['dissolution', 'clientHandovers', i, 'toOrganizationId']);
  }
  return refs;
}

/**
 * Checks that every id the document uses points at something: each organization named anywhere
 * (approvals, working group, resources, shared documents, worksheets, pathway phases,
 * signatories, provisions, the steering committee, the dissolution) is a partner; meeting
 * attendees and action-item owners are working-group members; the steering committee's chair is
 * one of its members; resources link to SWOT items that exist. Two organizations with the same
 * id are an error too: a reference must name one. Each issue has the path of the reference. The
 * RACI matrix's own references are checked by `validateRaci` (RACI-2, RACI-3).
 *
 * @example
 * ```ts
 * validateReferences(partnership).map((issue) => issue.path.join('.'));
 * // ['agreement.signatories.2.organizationId']
 * ```
 */
export function validateReferences(p: Partnership): RefIssue[] {
  const issues: RefIssue[] = [];
  const organizations = new Set<string>();
  p.organizations.forEach((o, i) => {
    if (organizations.has(o.id)) {
      issues.push({
        code: 'ORGANIZATION_DUPLICATE_ID',
        severity: 'error',
        path: ['organizations', i, 'id'],
        params: { id: o.id },
        organizationId: o.id,
      });
    }
    organizations.add(o.id);
  });
  for (const [id, path] of organizationRefs(p)) {
    if (!organizations.has(id)) {
      issues.push({
        code: 'REFERENCE_UNKNOWN_ORGANIZATION',
        severity: 'error',
        path,
        params: { organization: id },
        organizationId: id,
      });
    }
  }
  const members = new Set(p.workingGroup.map((m) => m.id));
  p.meetings.records.forEach((meeting, i) => {
    meeting.attendeeIds.forEach((id, j) => {
      if (!members.has(id))
        issues.push({
          code: 'REFERENCE_UNKNOWN_MEMBER',
          severity: 'error',
          path: ['meetings', 'records', i, 'attendeeIds', j],
          params: { member: id },
        });
    });
    meeting.actionItems.forEach((item, j) => {
      if (item.ownerId !== undefined && !members.has(item.ownerId)) {
        issues.push({
          code: 'REFERENCE_UNKNOWN_MEMBER',
          severity: 'error',
          path: ['meetings', 'records', i, 'actionItems', j, 'ownerId'],
          params: { member: item.ownerId },
        });
      }
    });
  });
  const governance = p.agreement?.governance;
  if (
    governance?.chairMemberId !== undefined &&
    !governance.members.some((m) => m.id === governance.chairMemberId)
  ) {
    issues.push({
      code: 'AGREEMENT_CHAIR_NOT_MEMBER',
      severity: 'error',
      path: ['agreement', 'governance', 'chairMemberId'],
      params: { member: governance.chairMemberId },
    });
  }
  const swotItems = new Set(SWOT_QUADRANTS.flatMap((q) => p.swot[q].map((item) => item.id)));
  p.resources.forEach((resource, i) => {
    resource.swotItemIds?.forEach((id, j) => {
      if (!swotItems.has(id))
        issues.push({
          code: 'REFERENCE_UNKNOWN_SWOT_ITEM',
          severity: 'error',
          path: ['resources', i, 'swotItemIds', j],
          params: { item: id },
        });
    });
  });
  return issues;
}
