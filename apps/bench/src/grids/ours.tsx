import '@partnership-kit/react/styles.css';
import { PartnershipKitProvider, RaciMatrix } from '@partnership-kit/react';
import { organizations } from '../matrix';
import { cellByDataAttributes, type GridAdapter } from './adapter';

/**
 * Our grid, used as a portal would: uncontrolled (`defaultValue`), default props, default theme.
 * It follows the WAI-ARIA grid pattern (rows beyond 80 tasks render when scrolled into view): role cells carry `data-row` / `data-col` (row 0 is the
 * header, col 2 the first role); focusing one makes it the grid's focused cell, and R, A, C or I
 * on it sets that letter.
 */
export const adapter: GridAdapter = {
  element: (matrix) => (
    <PartnershipKitProvider locale="en-CA">
      <RaciMatrix
        aria-label="Roles (benchmark)"
        organizations={organizations}
        defaultValue={matrix}
      />
    </PartnershipKitProvider>
  ),
  cell: (host, target) => cellByDataAttributes(host.querySelector('[role="grid"]'), target),
  focus(host, target) {
    const cell = adapter.cell(host, target);
    if (!cell) {
      // Large matrices render the rows in view only: scroll there, the row renders next frame.
      const scroller = host.querySelector<HTMLElement>('[data-part="scroller"]');
      if (scroller)
        scroller.scrollTop = Math.max(0, target.taskIndex * 44 - scroller.clientHeight / 2);
      return;
    }
    cell.scrollIntoView({ block: 'center', inline: 'center' });
    cell.focus({ preventScroll: true });
  },
};
