import {
  isEmptyText,
  type Language,
  type LocalizedText,
  localize,
  type Organization,
  organizationLabel,
  type RaciMatrix,
} from '@partnership-kit/core';

/** A text people wrote, in the interface's language or the other one, with the language it is in. */
export interface ShownText {
  readonly text: string;
  /** Set when the text stands in for a missing translation: its real language tag. */
  readonly lang?: 'fr-CA' | 'en-CA';
}

/** What to show for a task label or role title: the text in the UI language, else the other one (tagged), else `fallback`. */
export function shown(text: LocalizedText, lang: Language, fallback: string): ShownText {
  if (isEmptyText(text)) return { text: fallback };
  const result = localize(text, lang);
  return result.fallback
    ? { text: result.text, lang: result.lang === 'fr' ? 'fr-CA' : 'en-CA' }
    : { text: result.text };
}

/** Consecutive roles of one organization, for the grouped header row. */
export function roleGroups(
  matrix: Pick<RaciMatrix, 'roles'>,
  organizations: readonly Organization[],
  none: string,
) {
  const groups: { key: string; firstRoleId: string; name: string; span: number }[] = [];
  for (const role of matrix.roles) {
    const organization = organizations.find((o) => o.id === role.organizationId);
    const name = organization ? organizationLabel(organization) : none;
    const last = groups.at(-1);
    if (last && last.key === (role.organizationId ?? '')) last.span += 1;
    else groups.push({ key: role.organizationId ?? '', firstRoleId: role.id, name, span: 1 });
  }
  return groups;
}
