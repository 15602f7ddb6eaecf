import type { RaciLetter, RaciMatrix } from '@partnership-kit/core';
import { type KeyboardEvent, useState } from 'react';
import { organizationNames } from '../matrix';
import { cellByDataAttributes, type GridAdapter } from './adapter';

const LETTER_KEYS: Record<string, RaciLetter> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/**
 * The baseline: the matrix in one useState, every cell rendered on every change, no memo, one
 * keydown handler on the table that sets the focused cell. What a first version would look like.
 */
export function NaiveTable({ initial }: { initial: RaciMatrix }) {
  const [matrix, setMatrix] = useState(initial);
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const { row, col } = (event.target as HTMLElement).dataset;
    const letter = LETTER_KEYS[event.key.toLowerCase()];
    const roleId = matrix.roles[Number(col) - 2]?.id;
    if (!letter || row === undefined || !roleId) return;
    event.preventDefault();
    const taskIndex = Number(row) - 1;
    setMatrix((m) => ({
      ...m,
      tasks: m.tasks.map((task, i) =>
        i === taskIndex ? { ...task, cells: { ...task.cells, [roleId]: [letter] } } : task,
      ),
    }));
  };
  return (
    // biome-ignore lint/a11y/noNoninteractiveElementInteractions: the baseline is deliberately a plain table.
    <table onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th>Task</th>
          <th>Lead</th>
          {matrix.roles.map((role) => (
            <th key={role.id}>{role.title.en}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.tasks.map((task, r) => (
          <tr key={task.id}>
            <th>{task.label.en}</th>
            <td>{organizationNames[task.leadOrganizationId ?? ''] ?? ''}</td>
            {matrix.roles.map((role, c) => (
              <td key={role.id} tabIndex={-1} data-row={r + 1} data-col={c + 2}>
                {(task.cells[role.id] ?? []).join('/')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const adapter: GridAdapter = {
  element: (matrix) => <NaiveTable initial={matrix} />,
  cell: (host, target) => cellByDataAttributes(host, target),
  focus(host, target) {
    const cell = adapter.cell(host, target);
    cell?.scrollIntoView({ block: 'center', inline: 'center' });
    cell?.focus({ preventScroll: true });
  },
};
