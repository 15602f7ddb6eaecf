import { type ActionResult, createPartnership, type Partnership } from '@partnership-kit/core';
import {
  applyPartnershipAction,
  type EditPath,
  type PartnershipAction,
} from '@partnership-kit/core/editing';
import { useCallback, useMemo, useRef } from 'react';
import { useControllableReducer } from '../hooks/useControllableReducer';

/** The parts of the document an editor can own. */
export type PartnershipSliceKey = Exclude<keyof Partnership, 'schemaVersion' | 'id'>;

/**
 * Props every partnership editor shares. Two ways to use one:
 * - on its slice: `value` / `defaultValue` / `onValueChange` (an `Organization[]`, the
 *   `agreement`…), with `partnership` passed read-only for what it names (organizations,
 *   languages, references);
 * - on the whole document: `partnership` + `onPartnershipChange`. Then removals cascade through
 *   the document (an organization leaves the RACI matrix too) and the document is one undo history
 *   in the app — what `PartnershipWorkspace` does.
 */
export interface PartnershipSliceProps<K extends PartnershipSliceKey> {
  readonly value?: Partnership[K];
  readonly defaultValue?: Partnership[K];
  readonly onValueChange?: (value: Partnership[K]) => void;
  readonly partnership?: Partnership;
  readonly onPartnershipChange?: (partnership: Partnership) => void;
}

const BLANK = /* @__PURE__ */ createPartnership({ id: 'editor' });

/** An action whose paths are relative to the slice, made absolute. */
function prefixed(key: PartnershipSliceKey, action: PartnershipAction): PartnershipAction {
  switch (action.type) {
    case 'set':
    case 'add':
    case 'remove':
    case 'move':
      return { ...action, path: [key, ...action.path] };
    case 'batch':
      return { ...action, actions: action.actions.map((inner) => prefixed(key, inner)) };
    default:
      return action;
  }
}

/**
 * The state of one editor's slice of the partnership, on core's `applyPartnershipAction`:
 * `slice` to show, `partnership` (the document as the editor sees it, for names and references)
 * and `dispatch` of actions whose paths start inside the slice (`['0', …]` is not used: list
 * items are `{ id }`). It returns what happened, refusals included, so the editor can say why.
 *
 * @example
 * ```ts
 * const { slice, dispatch } = usePartnershipSlice('workingGroup', props);
 * dispatch({ type: 'add', path: [], item: { title: { fr: 'Direction' } } });
 * ```
 */
export function usePartnershipSlice<K extends PartnershipSliceKey>(
  key: K,
  props: PartnershipSliceProps<K>,
  fallback: () => Partnership[K],
) {
  const documentMode = props.partnership !== undefined && props.onPartnershipChange !== undefined;
  // A document without this optional slice is still controlled by its document: an absent slice
  // stands for an empty one, so the first edit does not switch the editor to controlled.
  const empty = useRef<Partnership[K]>(undefined);
  let fromDocument: Partnership[K] | undefined;
  if (documentMode) {
    fromDocument = (props.partnership as Partnership)[key];
    if (fromDocument === undefined) {
      empty.current ??= fallback();
      fromDocument = empty.current;
    }
  }
  const [own, , set] = useControllableReducer<Partnership[K], never>((state) => state, {
    value: documentMode ? fromDocument : props.value,
    defaultValue: () => props.defaultValue ?? props.partnership?.[key] ?? fallback(),
    onValueChange: documentMode ? undefined : props.onValueChange,
    name: `editor of ${key}`,
  });
  const partnership = useMemo(
    () =>
      documentMode
        ? (props.partnership as Partnership)
        : { ...(props.partnership ?? BLANK), [key]: own },
    [documentMode, props.partnership, key, own],
  );
  const latest = useRef(partnership);
  latest.current = partnership;
  const config = useRef(props);
  config.current = props;
  const dispatch = useCallback(
    (action: PartnershipAction): ActionResult<Partnership> => {
      const result = applyPartnershipAction(latest.current, prefixed(key, action));
      if (result.rejection || result.value === latest.current) return result;
      latest.current = result.value;
      if (documentMode) config.current.onPartnershipChange?.(result.value);
      else set(result.value[key]);
      return result;
    },
    [documentMode, key, set],
  );
  return { slice: partnership[key], partnership, dispatch, documentMode } as const;
}

/** An {@link EditPath} inside a slice, for `dispatch`. */
export type SlicePath = EditPath;
