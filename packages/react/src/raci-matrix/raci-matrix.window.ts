import { useCallback, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';

/** Matrices up to this many tasks render every row: the window only pays off beyond. */
export const WINDOW_FROM_TASKS = 80;
/** The height of a row of the grid in px, fixed once rows are windowed (styles.css agrees). */
export const ROW_HEIGHT = 44;
/** Rows rendered above and below what is visible, so fast scrolling never shows a gap. */
const OVERSCAN = 10;
/** Rows rendered before the scroller is measured (server, jsdom, first frame). */
const INITIAL_ROWS = 40;

/** The rows a windowed grid renders: `[start, end)` and, apart, the focused row when outside. */
export interface RowWindow {
  readonly start: number;
  readonly end: number;
  /** The focused row's index when it lies outside `[start, end)`: it stays in the DOM. */
  readonly pinned: number | undefined;
  readonly windowed: boolean;
}

/**
 * Which of `count` rows to render for a scroll position (pure; the numbers are in px): the rows
 * in view plus an overscan on each side, and the focused row wherever it is, so DOM focus never
 * falls out of the page when the focused row scrolls away.
 *
 * @example
 * ```ts
 * rowWindow({ count: 1000, scrollTop: 4400, viewport: 600, focused: 0 }); // { start: 88, end: 126, pinned: 0, windowed: true }
 * ```
 */
export function rowWindow(input: {
  readonly count: number;
  readonly scrollTop: number;
  readonly viewport: number;
  readonly focused: number | undefined;
}): RowWindow {
  const { count } = input;
  if (count <= WINDOW_FROM_TASKS)
    return { start: 0, end: count, pinned: undefined, windowed: false };
  const visible = input.viewport > 0 ? Math.ceil(input.viewport / ROW_HEIGHT) : INITIAL_ROWS;
  const first = Math.floor(Math.max(0, input.scrollTop) / ROW_HEIGHT);
  const start = Math.max(0, Math.min(first - OVERSCAN, count - visible - OVERSCAN));
  const end = Math.min(count, first + visible + OVERSCAN);
  const focused = input.focused;
  const pinned =
    focused !== undefined && focused >= 0 && focused < count && (focused < start || focused >= end)
      ? focused
      : undefined;
  return { start: Math.max(0, start), end, pinned, windowed: true };
}

/**
 * The row window of a grid inside `scroller` (an element that scrolls): follows scrolling and
 * resizing, one update per frame. The focused row always renders (pinned), so keyboard moves to
 * any row work at once: the browser scrolls the focused cell into view, and the window follows.
 *
 * @example
 * ```ts
 * const rows = useRowWindow(scrollerRef, matrix.tasks.length, focus.row - 1);
 * ```
 */
export function useRowWindow(
  scroller: { readonly current: HTMLElement | null },
  count: number,
  focused: number | undefined,
): RowWindow {
  const [view, setView] = useState({ scrollTop: 0, viewport: 0 });
  const frame = useRef(0);
  const measure = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    setView((previous) =>
      previous.scrollTop === element.scrollTop && previous.viewport === element.clientHeight
        ? previous
        : { scrollTop: element.scrollTop, viewport: element.clientHeight },
    );
  }, [scroller]);
  const windowed = count > WINDOW_FROM_TASKS;
  useIsomorphicLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !windowed) return;
    measure();
    const onScroll = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(onScroll);
    resize?.observe(element);
    return () => {
      cancelAnimationFrame(frame.current);
      element.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [scroller, measure, windowed]);
  return rowWindow({ count, ...view, focused });
}
