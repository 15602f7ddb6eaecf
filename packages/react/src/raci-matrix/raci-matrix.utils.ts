import { organizationLabel, type RaciMatrix } from '@partnership-kit/core';
import type { Translate } from '../i18n/useMessages';

/** Ids of the elements a row's cells point at with aria-describedby. */
export const issueListId = (prefix: string, kind: 'task' | 'role', id: string) =>
  `${prefix}-${kind}-issues-${encodeURIComponent(id)}`;

/** Consecutive roles of one organization, for the grouped header row. */
export function roleGroups(
  matrix: RaciMatrix,
  organizations: readonly { id: string; legalName: string; shortName?: string }[],
  t: Translate,
) {
  const groups: { key: string; firstRoleId: string; name: string; span: number }[] = [];
  for (const role of matrix.roles) {
    const organization = organizations.find((o) => o.id === role.organizationId);
    const name = organization ? organizationLabel(organization) : t('raci.noOrganization');
    const last = groups.at(-1);
    if (last && last.key === (role.organizationId ?? '')) last.span += 1;
    else groups.push({ key: role.organizationId ?? '', firstRoleId: role.id, name, span: 1 });
  }
  return groups;
}
