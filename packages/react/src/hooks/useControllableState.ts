import { useCallback, useRef, useState } from 'react';
import { warnOnce } from '../utils/dev';

/** Options of {@link useControllableState}. */
export interface ControllableStateOptions<T> {
  /** The value, when the parent controls it. */
  readonly value?: T | undefined;
  /** The starting value, when the component manages it itself. */
  readonly defaultValue: T | (() => T);
  /** Called with every new value, controlled or not. */
  readonly onChange?: ((value: T) => void) | undefined;
  /** Names the component in the development warning. */
  readonly name?: string;
}

/**
 * State that a parent may control (`value` + `onChange`) or leave to the component
 * (`defaultValue`), the same way for every stateful component of the kit. In development it
 * warns once when a component switches between the two, which is always a bug in the parent.
 *
 * @example
 * ```ts
 * const [matrix, setMatrix] = useControllableState({ value, defaultValue: createRaciMatrix, onChange: onValueChange });
 * ```
 */
export function useControllableState<T>({
  value,
  defaultValue,
  onChange,
  name = 'component',
}: ControllableStateOptions<T>) {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  if (wasControlled.current !== controlled) {
    warnOnce(
      `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. Pass \`value\` always or never.`,
    );
  }
  const current = controlled ? (value as T) : own;
  const latest = useRef({ current, controlled, onChange });
  latest.current = { current, controlled, onChange };
  const set = useCallback((next: T) => {
    if (Object.is(next, latest.current.current)) return;
    if (!latest.current.controlled) setOwn(() => next);
    latest.current.onChange?.(next);
  }, []);
  return [current, set] as const;
}
