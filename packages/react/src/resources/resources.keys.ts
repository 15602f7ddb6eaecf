import type { PartnershipFields } from '../editors/usePartnershipFields';

/** The fields of the partnership that `ResourcesEditor` edits (EST-2). */
export const RESOURCES_KEYS = ['resources', 'sharedDocuments'] as const;

/** What `ResourcesEditor` edits: the resource inventory and the shared documents. */
export type ResourcesValue = PartnershipFields<(typeof RESOURCES_KEYS)[number]>;
