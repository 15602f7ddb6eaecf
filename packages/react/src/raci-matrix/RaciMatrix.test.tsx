import {
  createRaciMatrix,
  type RaciMatrix as Matrix,
  type Organization,
} from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { RaciMatrix } from './RaciMatrix';

const organizations = caseStudy1.organizations as Organization[];
const sample = caseStudy1.raci;

function setup(props: Partial<Parameters<typeof RaciMatrix>[0]> = {}, locale = 'en-CA') {
  const user = userEvent.setup();
  const onValueChange = vi.fn();
  const utils = render(
    <PartnershipKitProvider locale={locale}>
      <RaciMatrix
        aria-label="Roles"
        organizations={organizations}
        defaultValue={sample}
        onValueChange={onValueChange}
        today={() => '2026-11-27'}
        {...props}
      />
    </PartnershipKitProvider>,
  );
  const grid = screen.getByRole('grid', { name: 'Roles' });
  const cell = (row: number, col: number) =>
    grid.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`) as HTMLElement;
  const latest = (): Matrix => onValueChange.mock.lastCall?.[0];
  return { user, grid, cell, onValueChange, latest, ...utils };
}

/** A parent that keeps the matrix in its own state. */
function Parent() {
  const [value, setValue] = useState(sample);
  return (
    <RaciMatrix
      aria-label="Roles"
      organizations={organizations}
      value={value}
      onValueChange={setValue}
    />
  );
}

describe('RaciMatrix', () => {
  describe('as a WAI-ARIA grid', () => {
    it('has a single tab stop, on the first cell', async () => {
      const { user, grid, cell } = setup();
      expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
      await user.tab(); // toolbar first
      const toolbarButtons = within(screen.getByRole('toolbar'))
        .getAllByRole('button')
        .filter((b) => !(b as HTMLButtonElement).disabled);
      for (let i = 1; i < toolbarButtons.length; i += 1) await user.tab();
      await user.tab(); // issues summary has no buttons for the valid sample: next is the grid
      expect(document.activeElement).toBe(cell(1, 2));
    });

    it('moves with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown, without wrapping', async () => {
      const { user, cell } = setup();
      cell(1, 2).focus();
      await user.keyboard('{ArrowRight}');
      expect(document.activeElement).toBe(cell(1, 3));
      await user.keyboard('{ArrowDown}');
      expect(document.activeElement).toBe(cell(2, 3));
      await user.keyboard('{Home}');
      expect(document.activeElement).toBe(cell(2, 0));
      await user.keyboard('{ArrowLeft}');
      expect(document.activeElement).toBe(cell(2, 0));
      await user.keyboard('{End}');
      expect(document.activeElement).toBe(cell(2, 5));
      await user.keyboard('{Control>}{End}{/Control}');
      expect(document.activeElement).toBe(cell(4, 5));
      await user.keyboard('{Control>}{Home}{/Control}');
      expect(document.activeElement).toBe(cell(0, 0));
      await user.keyboard('{PageDown}');
      expect(document.activeElement).toBe(cell(4, 0));
      await user.keyboard('{PageUp}');
      expect(document.activeElement).toBe(cell(0, 0));
      expect(cell(0, 0).getAttribute('tabindex')).toBe('0');
    });
  });

  describe('editing cells with the keyboard', () => {
    it('sets a letter with R, A, C or I, combines with Shift, cycles with Space, clears with Delete', async () => {
      const { user, cell, latest } = setup();
      cell(1, 2).focus(); // Intake forms × Job coach: C
      await user.keyboard('a');
      expect(cell(1, 2).textContent).toBe('A');
      await user.keyboard('{Shift>}r{/Shift}');
      expect(cell(1, 2).textContent).toBe('R/A');
      expect(latest().cells['intake-forms']?.['job-coach']).toEqual(['R', 'A']);
      await user.keyboard(' ');
      expect(cell(1, 2).textContent).toBe('C');
      await user.keyboard('{Enter}');
      expect(cell(1, 2).textContent).toBe('I');
      await user.keyboard('{Delete}');
      expect(cell(1, 2).getAttribute('data-letters')).toBeNull();
    });

    it('announces each change politely', async () => {
      const { user, cell } = setup();
      cell(1, 3).focus();
      await user.keyboard('i');
      expect(screen.getByRole('status').textContent).toBe(
        'Intake forms, Employment specialist: Informed',
      );
    });

    it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, and with the buttons', async () => {
      const { user, cell } = setup();
      cell(1, 2).focus();
      await user.keyboard('i');
      await user.keyboard('{Control>}z{/Control}');
      expect(cell(1, 2).textContent).toBe('C');
      await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      expect(cell(1, 2).textContent).toBe('I');
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(cell(1, 2).textContent).toBe('C');
      await user.click(screen.getByRole('button', { name: 'Redo' }));
      expect(cell(1, 2).textContent).toBe('I');
    });

    it('reorders tasks with Alt+Up/Down and roles with Alt+Left/Right, focus following', async () => {
      const { user, cell, latest } = setup();
      cell(1, 2).focus();
      await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
      expect(
        latest()
          .tasks.map((t) => t.id)
          .slice(0, 2),
      ).toEqual(['discovery', 'intake-forms']);
      expect(document.activeElement).toBe(cell(2, 2));
      await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
      expect(
        latest()
          .roles.map((r) => r.id)
          .slice(0, 2),
      ).toEqual(['employment-specialist', 'job-coach']);
      expect(document.activeElement).toBe(cell(2, 3));
    });
  });

  describe('editing tasks and roles', () => {
    it('adds a task in a dialog: name and lead organization', async () => {
      const { user, latest } = setup();
      await user.click(screen.getByRole('button', { name: 'Add a task' }));
      const dialog = screen.getByRole('dialog', { name: 'Edit the task' });
      const name = within(dialog).getByLabelText('Task name');
      await user.clear(name);
      await user.type(name, 'Job retention');
      await user.selectOptions(within(dialog).getByLabelText('Lead organization'), 'Northtown CL');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(latest().tasks.at(-1)).toEqual({
        id: 'task-1',
        label: 'Job retention',
        leadOrganizationId: 'northtown-cl',
      });
      expect(screen.getByRole('rowheader', { name: /Job retention/ })).toBeTruthy();
    });

    it('opens a role with Enter on its header, moves it and removes it', async () => {
      const { user, cell, latest } = setup();
      cell(0, 2).focus();
      await user.keyboard('{Enter}');
      const dialog = screen.getByRole('dialog', { name: 'Edit the role' });
      expect((within(dialog).getByLabelText('Job title') as HTMLInputElement).value).toBe(
        'Job coach',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Move right' }));
      expect(latest().roles[1]?.id).toBe('job-coach');
      await user.click(within(dialog).getByRole('button', { name: 'Remove the role' }));
      expect(latest().roles.map((r) => r.id)).not.toContain('job-coach');
      expect(Object.values(latest().cells).some((row) => 'job-coach' in row)).toBe(false);
    });

    it('renames a task from its row header with Enter, and keeps focus in the grid after', async () => {
      const { user, cell, latest } = setup();
      cell(3, 0).focus();
      await user.keyboard('{Enter}');
      const name = screen.getByLabelText('Task name');
      await user.clear(name);
      await user.type(name, 'Job search and applications{Enter}');
      expect(latest().tasks[2]?.label).toBe('Job search and applications');
      expect(document.activeElement).toBe(cell(3, 0));
    });
  });

  describe('given a matrix that breaks the rules', () => {
    const broken = createRaciMatrix({
      tasks: [{ id: 't1', label: 'Intake forms', leadOrganizationId: 'northtown-cl' }],
      roles: [
        { id: 'r1', title: 'Program manager' },
        { id: 'r2', title: 'Director' },
      ],
      cells: { t1: { r1: ['A'], r2: ['A'] } },
    });

    it('lists the issues, marks the cells at fault and links them to the explanation', async () => {
      const { user, cell } = setup({ defaultValue: broken });
      const summary = screen.getByRole('region', { name: 'To check (2)' });
      const entries = within(summary)
        .getAllByRole('button')
        .map((b) => b.textContent);
      expect(entries).toEqual([
        'No role is Responsible (R) for task “Intake forms”.',
        '2 roles are Accountable (A) for task “Intake forms” (Program manager, Director): only one may be.',
      ]);
      expect(cell(1, 2).getAttribute('data-invalid')).toBe('true');
      const describedBy = cell(1, 2).getAttribute('aria-describedby') as string;
      expect(document.getElementById(describedBy)?.textContent).toContain('only one may be');
      await user.click(within(summary).getAllByRole('button')[1] as HTMLElement);
      expect(document.activeElement).toBe(cell(1, 2));
    });

    it('refuses to adopt it until the conflicts are resolved (RACI-6, RACI-8)', async () => {
      const { user, cell } = setup({ defaultValue: broken });
      expect(screen.getByRole('button', { name: 'Adopt the matrix' })).toHaveProperty(
        'disabled',
        true,
      );
      cell(1, 3).focus();
      await user.keyboard('r');
      expect(screen.getByRole('button', { name: 'Adopt the matrix' })).toHaveProperty(
        'disabled',
        false,
      );
      await user.click(screen.getByRole('button', { name: 'Adopt the matrix' }));
      expect(screen.getByText('Adopted on November 27, 2026')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Reopen as draft' }));
      expect(screen.getByText('Draft')).toBeTruthy();
    });
  });

  it('exports CSV with the headers of its language', async () => {
    const onExportCsv = vi.fn();
    const { user } = setup({ onExportCsv }, 'fr-CA');
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(onExportCsv.mock.lastCall?.[0]).toMatch(
      /^\uFEFFTâche,Organisation responsable,Job coach/,
    );
  });

  it('shows each organization’s share of the work', () => {
    setup();
    const workload = screen.getByRole('table', { name: 'Division of labour' });
    expect(
      within(workload).getByRole('rowheader', { name: 'Northtown CL' }).closest('tr')?.textContent,
    ).toBe('Northtown CL221');
  });

  describe('read-only', () => {
    it('keeps navigation but ignores edits and hides editing controls', async () => {
      const { user, cell, onValueChange } = setup({ readOnly: true });
      expect(screen.queryByRole('button', { name: 'Add a task' })).toBeNull();
      expect(screen.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
      cell(1, 2).focus();
      await user.keyboard('r{ArrowRight}{Delete}');
      expect(document.activeElement).toBe(cell(1, 3));
      expect(onValueChange).not.toHaveBeenCalled();
    });
  });

  describe('in French', () => {
    it('labels everything in French, from the provider', () => {
      setup({}, 'fr-CA');
      expect(screen.getByRole('button', { name: 'Ajouter une tâche' })).toBeTruthy();
      expect(screen.getByRole('columnheader', { name: 'Organisation responsable' })).toBeTruthy();
      expect(
        screen.getByText('Aucun problème : la matrice respecte les règles du guide.'),
      ).toBeTruthy();
    });
  });

  describe('controlled', () => {
    it('shows what the parent holds, and reports each change', async () => {
      const user = userEvent.setup();
      render(<Parent />);
      const grid = screen.getByRole('grid');
      const target = grid.querySelector<HTMLElement>('[data-row="1"][data-col="2"]') as HTMLElement;
      target.focus();
      await user.keyboard('i');
      expect(target.textContent).toBe('I');
    });

    it('does not change when the parent ignores the change', async () => {
      const user = userEvent.setup();
      render(
        <RaciMatrix
          aria-label="Roles"
          organizations={organizations}
          value={sample}
          onValueChange={() => {}}
        />,
      );
      const target = screen
        .getByRole('grid')
        .querySelector<HTMLElement>('[data-row="1"][data-col="2"]') as HTMLElement;
      target.focus();
      await user.keyboard('i');
      expect(target.textContent).toBe('C');
    });
  });

  it('warns in development when the grid has no accessible name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // biome-ignore lint/a11y/useValidAriaValues: the missing name is what this test is about.
    render(<RaciMatrix aria-label="" organizations={organizations} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('RaciMatrix needs an aria-label'));
    warn.mockRestore();
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s), broken or not',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const broken = createRaciMatrix({
        tasks: [{ id: 't', label: 'T' }],
        roles: [{ id: 'r', title: 'R', organizationId: 'northtown-cl' }],
      });
      const valid = setup({}, locale);
      await expectNoAxeViolations(valid.container);
      valid.unmount();
      const invalid = setup({ defaultValue: broken }, locale);
      await expectNoAxeViolations(invalid.container);
    },
  );
});
