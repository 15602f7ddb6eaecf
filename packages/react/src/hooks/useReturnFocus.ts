import { useRef } from 'react';

/**
 * Focus handling for a dialog opened by something other than its own trigger (a cell of a grid,
 * a toolbar button that opens a lazily loaded dialog). Radix gives focus back to the dialog's
 * `Trigger` only; without one, focus falls to `<body>` when the dialog closes. This remembers
 * what had focus when the dialog opened and returns focus there — unless the app has already put
 * focus somewhere on purpose (a new row after a save), or the opener is gone, in which case
 * `fallback` is asked for a target.
 *
 * @example
 * ```tsx
 * const returnFocus = useReturnFocus();
 * <Dialog.Content onCloseAutoFocus={returnFocus}>…</Dialog.Content>
 * ```
 */
export function useReturnFocus(fallback?: () => HTMLElement | null | undefined) {
  const opener = useRef<Element | null>(null);
  if (opener.current === null && typeof document !== 'undefined')
    opener.current = document.activeElement;
  return (event: Event) => {
    event.preventDefault();
    const active = document.activeElement;
    // Something inside the page already took focus on purpose: leave it there.
    if (active && active !== document.body && active.isConnected) return;
    const target =
      opener.current instanceof HTMLElement && opener.current.isConnected
        ? opener.current
        : fallback?.();
    target?.focus();
  };
}
