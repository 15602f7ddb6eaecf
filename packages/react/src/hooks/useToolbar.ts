import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react';

/** The toolbar's usable controls, in order. */
const controlsOf = (root: HTMLElement | null) =>
  [...(root?.querySelectorAll<HTMLElement>('button, input, select, a[href]') ?? [])].filter(
    (element) => !(element as HTMLButtonElement).disabled,
  );

/**
 * The WAI-ARIA toolbar pattern: one tab stop for the whole toolbar, ←/→ (and Home/End) to move
 * between its controls, wrapping at the ends. Controls are the toolbar's buttons, inputs and
 * selects; those marked `aria-disabled` stay reachable (so their reason can be read). Returns the
 * toolbar's props; the tab stop follows the last control used.
 *
 * @example
 * ```tsx
 * const toolbar = useToolbar('RACI matrix tools');
 * return <div {...toolbar}><button type="button">Undo</button><button type="button">Redo</button></div>;
 * ```
 */
export function useToolbar(label: string) {
  const ref = useRef<HTMLDivElement | null>(null);
  const active = useRef<HTMLElement | null>(null);
  /** Only one control is in the tab order: the focused one, else the first. */
  const settle = useCallback((chosen?: HTMLElement) => {
    const all = controlsOf(ref.current);
    if (chosen) active.current = chosen;
    const current = active.current && all.includes(active.current) ? active.current : all[0];
    for (const element of all) {
      const tabIndex = element === current ? 0 : -1;
      // Written only when it changes: each write is a DOM mutation the browser restyles.
      if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
    }
  }, []);
  // Controls come and go (Adopt becomes Reopen): keep exactly one tab stop after each render.
  useEffect(() => settle());
  const refCallback = useCallback(
    (element: HTMLDivElement | null) => {
      ref.current = element;
      if (element) settle();
    },
    [settle],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = controlsOf(ref.current);
    const index = all.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: all.length - 1,
    };
    // A select uses its arrows itself; Home/End still leave it.
    if ((event.target as HTMLElement).tagName === 'SELECT' && event.key.startsWith('Arrow')) return;
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = all[(to + all.length) % all.length];
    settle(next);
    next?.focus();
  };
  const onFocus = (event: { target: EventTarget }) => settle(event.target as HTMLElement);
  return { role: 'toolbar', 'aria-label': label, ref: refCallback, onKeyDown, onFocus } as const;
}
