import type { ActionResult, Partnership } from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';

/**
 * A `dispatch` for the part of a list that one group shows (an organization's signatories in
 * `agreement.signatories`): `useListEditor` moves an item among the group's own, so a move is
 * sent to the place, in the whole list, of the neighbour it swaps with — the items of other
 * groups in between stay where they are.
 *
 * @example
 * ```ts
 * const own = all.filter((s) => s.organizationId === organization.id);
 * useListEditor({ items: own, dispatch: withinSublist(all, own, dispatch), … });
 * ```
 */
export function withinSublist(
  all: readonly { readonly id: string }[],
  own: readonly { readonly id: string }[],
  dispatch: (action: PartnershipAction) => ActionResult<Partnership>,
) {
  return (action: PartnershipAction) =>
    action.type === 'move'
      ? dispatch({
          ...action,
          toIndex: all.findIndex((item) => item.id === own[action.toIndex]?.id),
        })
      : dispatch(action);
}
