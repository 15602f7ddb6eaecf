import { type ActionResult, createPartnership, type Partnership } from '@partnership-kit/core';
import { applyPartnershipAction, type PartnershipAction } from '@partnership-kit/core/editing';
import { useCallback, useMemo, useRef } from 'react';
import { useControllableReducer } from '../hooks/useControllableReducer';
import type { PartnershipSliceKey } from './usePartnershipSlice';

/** Several top-level fields of the partnership, edited together (purpose and scope, resources…). */
export type PartnershipFields<K extends PartnershipSliceKey> = Pick<Partnership, K>;

/**
 * Props of an editor of several top-level fields: like {@link PartnershipSliceProps}, with a
 * `value` that holds each of those fields (`{ purpose, scope, … }`), or the whole document
 * (`partnership` + `onPartnershipChange`).
 */
export interface PartnershipFieldsProps<K extends PartnershipSliceKey> {
  readonly value?: PartnershipFields<K>;
  readonly defaultValue?: PartnershipFields<K>;
  readonly onValueChange?: (value: PartnershipFields<K>) => void;
  readonly partnership?: Partnership;
  readonly onPartnershipChange?: (partnership: Partnership) => void;
}

const BLANK = /* @__PURE__ */ createPartnership({ id: 'editor' });

function pick<K extends PartnershipSliceKey>(
  p: Partnership,
  keys: readonly K[],
): PartnershipFields<K> {
  const out: Partial<Partnership> = {};
  for (const key of keys) {
    // An absent optional field (startedOn) stays absent: the value matches the document's shape.
    if (p[key] !== undefined) (out as Record<string, unknown>)[key] = p[key];
  }
  return out as PartnershipFields<K>;
}

/**
 * {@link usePartnershipSlice} for an editor of several top-level fields at once (EST-1's purpose,
 * scope, objectives and approvals; EST-2's resources and shared documents). Actions carry paths
 * from the document's root (`['purpose']`, `['approvals', { id }, 'approvedOn']`), since the
 * editor's fields are the root's. In slice mode `onValueChange` gets every field of the editor
 * together; in document mode `onPartnershipChange` gets the whole document, removals cascaded.
 *
 * @example
 * ```ts
 * const { fields, dispatch } = usePartnershipFields(['purpose', 'scope'], props, () => ({ purpose: {}, scope: {} }));
 * dispatch({ type: 'set', path: ['purpose'], value: { fr: 'Collaborer' } });
 * ```
 */
export function usePartnershipFields<K extends PartnershipSliceKey>(
  keys: readonly K[],
  props: PartnershipFieldsProps<K>,
  fallback: () => PartnershipFields<K>,
) {
  const documentMode = props.partnership !== undefined && props.onPartnershipChange !== undefined;
  const keyList = keys.join(' ');
  // `keys` is read through its content (keyList): callers may pass a new array each render.
  const fromDocument = useMemo(
    () =>
      documentMode ? pick(props.partnership as Partnership, keyList.split(' ') as K[]) : undefined,
    [documentMode, props.partnership, keyList],
  );
  const [own, , set] = useControllableReducer<PartnershipFields<K>, never>((state) => state, {
    value: documentMode ? fromDocument : props.value,
    defaultValue: () =>
      props.defaultValue ?? (props.partnership ? pick(props.partnership, keys) : fallback()),
    onValueChange: documentMode ? undefined : props.onValueChange,
    name: `editor of ${keyList}`,
  });
  const partnership = useMemo(() => {
    if (documentMode) return props.partnership as Partnership;
    // The editor's fields replace the document's, absent ones included (a cleared start date).
    const base: Record<string, unknown> = { ...(props.partnership ?? BLANK) };
    for (const key of keyList.split(' ')) delete base[key];
    return { ...base, ...own } as Partnership;
  }, [documentMode, props.partnership, own, keyList]);
  const latest = useRef(partnership);
  latest.current = partnership;
  const config = useRef({ props, keys });
  config.current = { props, keys };
  const dispatch = useCallback(
    (action: PartnershipAction): ActionResult<Partnership> => {
      const result = applyPartnershipAction(latest.current, action);
      if (result.rejection || result.value === latest.current) return result;
      latest.current = result.value;
      if (documentMode) config.current.props.onPartnershipChange?.(result.value);
      else set(pick(result.value, config.current.keys));
      return result;
    },
    [documentMode, set],
  );
  const fields = documentMode ? (fromDocument as PartnershipFields<K>) : own;
  return { fields, partnership, dispatch, documentMode } as const;
}
