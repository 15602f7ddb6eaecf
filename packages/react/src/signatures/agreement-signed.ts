import type { Partnership } from '@partnership-kit/core';

/** Where the signatures of the partnership's MOU or agreement stand. */
export interface SignatureState {
  /** The partners with at least one authorized signatory who signed (a date recorded). */
  readonly signedOrganizationIds: ReadonlySet<string>;
  /**
   * Every partner has signed and no listed signatory is still waiting to: the document is in
   * force and changes go through amendments.
   */
  readonly complete: boolean;
}

/**
 * Whether the agreement is fully signed. Core decides "signed by a partner" as
 * `establishmentProgress` does for EST-5 (at least one of its authorized signatories has a
 * date), and "in force from the last signature" as `agreementDates` does (every listed
 * signatory has a date): the agreement counts as fully signed only when both hold, so a second
 * signature line left blank keeps it open — it can still be filled in, or removed.
 *
 * @example
 * ```ts
 * signatureState(partnership).complete; // true once every party has signed
 * ```
 */
export function signatureState(
  partnership: Pick<Partnership, 'organizations' | 'agreement'>,
): SignatureState {
  const signatories = partnership.agreement?.signatories ?? [];
  const signedOrganizationIds = new Set(
    signatories.filter((s) => s.signedOn !== undefined).map((s) => s.organizationId),
  );
  const complete =
    partnership.organizations.length > 0 &&
    partnership.organizations.every((o) => signedOrganizationIds.has(o.id)) &&
    signatories.every((s) => s.signedOn !== undefined);
  return { signedOrganizationIds, complete };
}
