import type { RaciMatrix } from '@partnership-kit/core';
import type { ReactElement } from 'react';
import type { EditTarget } from '../matrix';

/** What the page needs from each grid: what to mount, and how to find and focus a cell. */
export interface GridAdapter {
  /** The element to mount, holding `matrix` as its initial value. */
  element(matrix: RaciMatrix): ReactElement;
  /** The DOM element of the cell at `target`, if it is rendered. */
  cell(
    host: HTMLElement,
    target: Pick<EditTarget, 'taskIndex' | 'roleIndex' | 'roleId'>,
  ): HTMLElement | null;
  /** Brings the cell into view and gives it keyboard focus (the grid's own way). */
  focus(host: HTMLElement, target: EditTarget): void;
}

/** The shared DOM contract of ours and the naive table: cells carry `data-row` / `data-col`. */
export function cellByDataAttributes(
  scope: ParentNode | null,
  target: Pick<EditTarget, 'taskIndex' | 'roleIndex'>,
): HTMLElement | null {
  return (
    scope?.querySelector<HTMLElement>(
      `[data-row="${target.taskIndex + 1}"][data-col="${target.roleIndex + 2}"]`,
    ) ?? null
  );
}
