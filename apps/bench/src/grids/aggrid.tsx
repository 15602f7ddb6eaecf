import type { RaciLetter, RaciMatrix } from '@partnership-kit/core';
import {
  AllCommunityModule,
  type ColDef,
  type GridApi,
  ModuleRegistry,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { organizationNames } from '../matrix';
import type { GridAdapter } from './adapter';

ModuleRegistry.registerModules([AllCommunityModule]);

const LETTER_KEYS: Record<string, RaciLetter> = { r: 'R', a: 'A', c: 'C', i: 'I' };

type Row = { id: string; task: string; lead: string } & Record<string, string>;

let api: GridApi<Row> | undefined;

/**
 * One key, one edit, as in our grid: on a focused role cell, R, A, C or I (no modifier) sets the
 * cell's value at once through the grid API (`rowNode.setDataValue`), on keydown, and tells AG
 * Grid to ignore the key (`suppressKeyboardEvent` returns true), so no cell editor opens. Cells
 * are not editable otherwise; everything else is AG Grid's defaults.
 */
function setLetterOnKey({ event, node, column }: SuppressKeyboardEventParams<Row>): boolean {
  const letter = LETTER_KEYS[event.key.toLowerCase()];
  if (!letter || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  if (event.type === 'keydown') node.setDataValue(column, letter);
  return true;
}

/** One row per task (task, lead, one column per role), the same data as the other grids. */
export function RaciAgGrid({ matrix }: { matrix: RaciMatrix }) {
  const rowData = useMemo(
    () =>
      matrix.tasks.map(
        (task): Row => ({
          ...Object.fromEntries(
            matrix.roles.map((role) => [role.id, (task.cells[role.id] ?? []).join('/')]),
          ),
          id: task.id,
          task: task.label.en ?? '',
          lead: organizationNames[task.leadOrganizationId ?? ''] ?? '',
        }),
      ),
    [matrix],
  );
  const columnDefs = useMemo(
    (): ColDef<Row>[] => [
      { field: 'task', headerName: 'Task' },
      { field: 'lead', headerName: 'Lead' },
      ...matrix.roles.map(
        (role): ColDef<Row> => ({
          field: role.id,
          headerName: role.title.en ?? role.id,
          suppressKeyboardEvent: setLetterOnKey,
        }),
      ),
    ],
    [matrix],
  );
  return (
    // AG Grid needs a sized box: the viewport's height, as a full-page grid would have.
    <div style={{ height: 'calc(100vh - 16px)' }}>
      <AgGridReact<Row>
        rowData={rowData}
        columnDefs={columnDefs}
        getRowId={(params) => params.data.id}
        onGridReady={(event) => {
          api = event.api;
        }}
      />
    </div>
  );
}

const roleCell = (host: HTMLElement, taskIndex: number, roleId: string) =>
  host.querySelector<HTMLElement>(`.ag-row[row-index="${taskIndex}"] .ag-cell[col-id="${roleId}"]`);

export const adapter: GridAdapter = {
  element: (matrix) => <RaciAgGrid matrix={matrix} />,
  cell: (host, target) => roleCell(host, target.taskIndex, target.roleId),
  focus(host, target) {
    // AG Grid virtualizes rows and columns: a cell that is not rendered is scrolled in first.
    // Only then: on a grid that does not scroll vertically, ensureIndexVisible starts a 10 ms
    // interval that re-arms forever (AG Grid 36.2: the hidden fake vertical scrollbar waits to
    // become visible), main-thread work that would be charged to every edit.
    if (!roleCell(host, target.taskIndex, target.roleId)) {
      api?.ensureIndexVisible(target.taskIndex, 'middle');
      api?.ensureColumnVisible(target.roleId, 'middle');
      return;
    }
    api?.setFocusedCell(target.taskIndex, target.roleId);
  },
};
