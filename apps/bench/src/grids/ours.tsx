import '@partnership-kit/react/styles.css';
import { PartnershipKitProvider, RaciMatrix } from '@partnership-kit/react';
import { organizations } from '../matrix';
import { cellByDataAttributes, type GridAdapter } from './adapter';

/**
 * Our grid, used as a portal would: uncontrolled (`defaultValue`), default props, default theme.
 * It follows the WAI-ARIA grid pattern: role cells carry `data-row` / `data-col` (row 0 is the
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
    cell?.scrollIntoView({ block: 'center', inline: 'center' });
    cell?.focus({ preventScroll: true });
  },
};
