import type { Organization, RaciMatrix } from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { useRaciMatrix } from './useRaciMatrix';

const organizations = caseStudy1.organizations as Organization[];

const matrix = createRaciMatrix({
  roles: [
    { id: 'coach', title: { fr: 'Formatrice ou formateur', en: 'Job coach' } },
    { id: 'manager', title: { fr: 'Gestionnaire', en: 'Manager' } },
  ],
  tasks: [
    {
      id: 'intake',
      label: { fr: 'Admission', en: 'Intake' },
      leadOrganizationId: 'lakeshore-es',
      cells: { coach: ['R'], manager: ['A'] },
    },
    {
      id: 'coaching',
      label: { fr: 'Accompagnement', en: 'Coaching' },
      leadOrganizationId: 'northtown-cl',
      cells: { coach: ['R'], manager: ['A'] },
    },
  ],
});

/**
 * A grid of a portal's own, from the hook alone: divs instead of a table, its own issue list,
 * no stylesheet — the prop getters carry the WAI-ARIA grid contract and the behaviour.
 */
function DivGrid({ onValueChange }: { onValueChange: (matrix: RaciMatrix) => void }) {
  const raci = useRaciMatrix({ organizations, defaultValue: matrix, onValueChange });
  const { matrix: current, getters } = raci;
  const headerFocus = raci.focus.row === 0 ? raci.focus.col : -1;
  return (
    <>
      <div {...raci.getGridProps({ 'aria-label': 'Who does what' })}>
        {/* biome-ignore lint/a11y/useSemanticElements: a grid of divs is what this test is about. */}
        {/* biome-ignore lint/a11y/useFocusableInteractive: in a WAI-ARIA grid cells take focus, not rows. */}
        <div role="row" aria-rowindex={1}>
          {[0, 1].map((col) => {
            const { children, ...header } = getters.getColumnHeaderProps(col, headerFocus);
            return (
              <span key={col} {...header}>
                {children}
              </span>
            );
          })}
          {current.roles.map((role, index) => {
            const { children, ...header } = getters.getColumnHeaderProps(
              index + 2,
              headerFocus,
              role,
              raci.issuesOfRole(role.id),
            );
            return (
              <span key={role.id} {...header}>
                {children}
              </span>
            );
          })}
        </div>
        {current.tasks.map((task, index) => {
          const row = raci.getRowState(index);
          const { children: name, ...rowHeader } = getters.getRowHeaderProps(row);
          const { children: lead, ...leadCell } = getters.getLeadCellProps(row);
          return (
            <div key={task.id} {...getters.getRowProps(row)}>
              <span {...rowHeader}>{name}</span>
              <span {...leadCell}>{lead}</span>
              {current.roles.map((role, i) => {
                const { letters, ...cell } = getters.getCellProps(row, role, i);
                return (
                  <span key={role.id} {...cell}>
                    {letters.join('/') || '–'}
                  </span>
                );
              })}
            </div>
          );
        })}
      </div>
      <ul aria-label="Problems">
        {raci.issues.map((issue) => (
          <li key={getters.getIssueProps(issue).id}>
            <button
              type="button"
              {...getters.getIssueProps(issue)}
              onClick={() => raci.focusIssue(issue)}
            >
              {raci.formatIssue(issue)}
            </button>
          </li>
        ))}
      </ul>
      <div role="status">{raci.announcement}</div>
      <button type="button" onClick={raci.undo}>
        Undo
      </button>
    </>
  );
}

function setup() {
  const user = userEvent.setup();
  const onValueChange = vi.fn();
  render(
    <PartnershipKitProvider locale="en-CA">
      <DivGrid onValueChange={onValueChange} />
    </PartnershipKitProvider>,
  );
  const grid = screen.getByRole('grid', { name: 'Who does what' });
  const cell = (row: number, col: number) =>
    grid.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`) as HTMLElement;
  const latest = (): RaciMatrix => onValueChange.mock.lastCall?.[0];
  return { user, grid, cell, latest };
}

describe('useRaciMatrix without RaciMatrix: a grid of your own from the prop getters (A1)', () => {
  it('gets the WAI-ARIA grid contract: roles, indexes, names and one tab stop', () => {
    const { grid, cell } = setup();
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    expect(grid.getAttribute('aria-colcount')).toBe('4');
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Task', 'Lead organization', 'Job coach', 'Manager']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Intake', 'Coaching']);
    expect(grid.querySelectorAll('[tabindex="0"]')).toEqual(expect.objectContaining({ length: 1 }));
    expect(cell(1, 2).tabIndex).toBe(0);
    expect(cell(1, 2).getAttribute('aria-colindex')).toBe('3');
  });

  it('moves with the arrows, sets letters from the keyboard, says so, and undoes', async () => {
    const { user, cell, latest } = setup();
    cell(1, 2).focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell(2, 3));
    expect(cell(2, 3).tabIndex).toBe(0);
    expect(cell(1, 2).tabIndex).toBe(-1);
    await user.keyboard('c');
    expect(cell(2, 3).textContent).toBe('C');
    expect(latest().tasks[1]?.cells.manager).toEqual(['C']);
    // Coaching lost its A (RACI-6): the change and the new issue count are announced.
    expect(screen.getByRole('status').textContent).toMatch(/^Coaching, Manager: Consulted\. /);
    await user.keyboard('{Control>}z{/Control}');
    expect(cell(2, 3).textContent).toBe('A');
    expect(screen.getByRole('status').textContent).toBe('Change undone.');
  });

  it('points the cells at the issues it lists, and takes focus to what an issue is about', async () => {
    const { user, cell } = setup();
    cell(1, 3).focus();
    await user.keyboard('r'); // Intake: two R, no A
    const problems = screen.getByRole('list', { name: 'Problems' });
    const buttons = within(problems).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    const described = (cell(1, 3).getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.length).toBeGreaterThan(0);
    for (const id of described) expect(document.getElementById(id)).not.toBeNull();
    cell(2, 2).focus();
    await user.click(buttons[0] as HTMLElement);
    expect(document.activeElement?.getAttribute('data-row')).toBe('1');
  });
});
