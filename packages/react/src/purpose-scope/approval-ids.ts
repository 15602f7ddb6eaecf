import { isUsableId, nextId, organizationLabel, type Partnership } from '@partnership-kit/core';
import type { PurposeScopeTranslate } from './purpose-scope.messages';

/**
 * The id of an organization's approval: the one recorded, or the one it will be recorded with —
 * so that its controls keep their ids (and focus) when it is.
 */
export function approvalIdFor(p: Partnership, organizationId: string): string {
  const recorded = p.approvals.find((a) => a.organizationId === organizationId);
  if (recorded) return recorded.id;
  const taken = p.approvals.map((a) => a.id);
  const candidate = `approval-${organizationId}`;
  return isUsableId(candidate) && !taken.includes(candidate)
    ? candidate
    : nextId(`approval-${p.organizations.findIndex((o) => o.id === organizationId) + 1}`, taken);
}

/** The organization an approval (recorded or not yet) is for, by name. */
export function approvalLabel(p: Partnership, approvalId: string, t: PurposeScopeTranslate) {
  const organizationId =
    p.approvals.find((a) => a.id === approvalId)?.organizationId ??
    p.organizations.find((o) => approvalIdFor(p, o.id) === approvalId)?.id;
  const organization = p.organizations.find((o) => o.id === organizationId);
  return organization
    ? organizationLabel(organization)
    : t('editor.unknownOrganization', { id: organizationId ?? approvalId });
}
