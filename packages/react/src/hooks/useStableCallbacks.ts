import { useMemo, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

// biome-ignore lint/suspicious/noExplicitAny: any function signature is kept as it is.
type Callbacks = Record<string, (...args: any[]) => unknown>;

/**
 * Functions that keep their identity for the component's life and always call the latest of
 * `callbacks` (the pattern of React's `useEffectEvent`, for event handlers): a memoized child
 * given them re-renders only when what it shows changes. Call them from events, not during render.
 *
 * @example
 * ```ts
 * const actions = useStableCallbacks({ undo: () => history.undo(), adopt });
 * return <RaciToolbar actions={actions} canUndo={canUndo} />;
 * ```
 */
export function useStableCallbacks<T extends Callbacks>(callbacks: T): T {
  const latest = useRef(callbacks);
  // Updated once the render is committed: a render React discards never leaks into handlers.
  useIsomorphicLayoutEffect(() => {
    latest.current = callbacks;
  });
  const keys = Object.keys(callbacks).join(' ');
  // The set of names is the only input; calls read the latest functions.
  return useMemo(
    () =>
      Object.fromEntries(
        keys
          .split(' ')
          .filter(Boolean)
          .map((key) => [key, (...args: unknown[]) => latest.current[key]?.(...args)]),
      ) as T,
    [keys],
  );
}
