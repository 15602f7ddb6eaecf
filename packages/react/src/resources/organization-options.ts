import { organizationLabel, type Partnership } from '@partnership-kit/core';
import type { FieldOption } from '../editors/EditorFields';
import type { ResourcesTranslate } from './resources.messages';

/** The partners as choices, and any organization an item names that is not one of them. */
export function organizationOptions(
  p: Partnership,
  named: readonly (string | undefined)[],
  t: ResourcesTranslate,
): FieldOption[] {
  const known = new Set(p.organizations.map((o) => o.id));
  const unknown = [...new Set(named)].filter(
    (id): id is string => id !== undefined && !known.has(id),
  );
  return [
    ...p.organizations.map((o) => ({ value: o.id, label: organizationLabel(o) })),
    ...unknown.map((id) => ({ value: id, label: t('editor.unknownOrganization', { id }) })),
  ];
}
