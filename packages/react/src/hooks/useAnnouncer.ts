import { useCallback, useState } from 'react';

/**
 * A polite live region's text. Saying the same sentence twice in a row changes nothing in the
 * DOM, so screen readers stay silent: repeats alternate an invisible no-break space at the end.
 *
 * @example
 * ```tsx
 * const [announcement, announce] = useAnnouncer();
 * announce('Change undone.');
 * return <div role="status" aria-live="polite" data-part="announcer">{announcement}</div>;
 * ```
 */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => {
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  return [announcement, announce] as const;
}
