import type { PartnershipFields } from '../editors/usePartnershipFields';

/** The fields of the partnership that `PurposeScopeForm` edits (EST-1). */
export const PURPOSE_SCOPE_KEYS = [
  'name',
  'purpose',
  'scope',
  'why',
  'values',
  'objectives',
  'startedOn',
  'approvals',
] as const;

/** What `PurposeScopeForm` edits: the partnership's name, purpose, scope, background, values, objectives, start date and approvals. */
export type PurposeScope = PartnershipFields<(typeof PURPOSE_SCOPE_KEYS)[number]>;
