import { useCallback, useRef, useState } from 'react';
import { warnOnce } from '../utils/dev';

/** Options of {@link useControllableReducer}. */
export interface ControllableReducerOptions<S> {
  /** The state, when the parent controls it (pair with `onValueChange`). */
  readonly value?: S | undefined;
  /** The starting state, when the component manages it itself. */
  readonly defaultValue: S | (() => S);
  /** Called with every new state, controlled or not. */
  readonly onValueChange?: ((state: S) => void) | undefined;
  /** Names the component in the development warning. */
  readonly name?: string;
}

/**
 * A reducer whose state a parent may control (`value` + `onValueChange`) or leave to the
 * component (`defaultValue`). `dispatch` always applies the action to the latest state — two
 * actions in one event both count, even before React re-renders — and `set` takes a value or an
 * updater function; neither ever reads a stale closure. An action that changes nothing (the
 * reducer returns the same state) calls nobody. Both functions keep their identity.
 *
 * @example
 * ```ts
 * const [matrix, dispatch] = useControllableReducer(raciReducer, { value, defaultValue: createRaciMatrix, onValueChange });
 * dispatch({ type: 'cellSet', taskId: 't1', roleId: 'r1', letters: ['R'] });
 * ```
 */
export function useControllableReducer<S, A>(
  reducer: (state: S, action: A) => S,
  { value, defaultValue, onValueChange, name = 'component' }: ControllableReducerOptions<S>,
) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  if (wasControlled.current !== controlled) {
    warnOnce(
      `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. Pass \`value\` always or never.`,
    );
  }
  const current = controlled ? (value as S) : own;
  // The latest state: what was rendered, or what the last dispatch made since.
  const latest = useRef(current);
  const rendered = useRef(current);
  if (rendered.current !== current) {
    rendered.current = current;
    latest.current = current;
  }
  const config = useRef({ reducer, controlled, onValueChange });
  config.current = { reducer, controlled, onValueChange };

  const commit = useCallback((next: S) => {
    if (Object.is(next, latest.current)) return;
    latest.current = next;
    if (!config.current.controlled) setOwn(() => next);
    config.current.onValueChange?.(next);
  }, []);
  const dispatch = useCallback(
    (action: A) => commit(config.current.reducer(latest.current, action)),
    [commit],
  );
  const set = useCallback(
    (next: S | ((previous: S) => S)) =>
      commit(typeof next === 'function' ? (next as (previous: S) => S)(latest.current) : next),
    [commit],
  );
  return [current, dispatch, set] as const;
}
