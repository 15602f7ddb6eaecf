import type { CSSProperties } from 'react';

/**
 * Hides an element from sight, not from screen readers — inline, so live regions and hidden
 * labels stay hidden even in an app that does not import the kit's stylesheet.
 */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
