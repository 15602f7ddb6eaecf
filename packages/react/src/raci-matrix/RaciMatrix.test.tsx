import { type RaciMatrix as Matrix, type Organization, raciCell } from '@partnership-kit/core';
import { createRaciMatrix } from '@partnership-kit/core/raci';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { RaciMatrix } from './RaciMatrix';

const organizations = caseStudy1.organizations as Organization[];

// A small bilingual matrix that follows every rule, so each test starts from a known state:
// rows 1-4 are the tasks, columns 2-5 the roles (0 is the task, 1 its lead organization).
const sample = createRaciMatrix({
  roles: [
    {
      id: 'job-coach',
      title: { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' },
    },
    { id: 'specialist', title: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' } },
    { id: 'intake', title: { fr: 'Agente ou agent d’admission', en: 'Intake worker' } },
    { id: 'manager', title: { fr: 'Gestionnaire de programme', en: 'Program manager' } },
  ],
  tasks: [
    {
      id: 'intake-forms',
      label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
      leadOrganizationId: 'lakeshore-es',
      cells: { 'job-coach': ['C'], specialist: ['C'], intake: ['R'], manager: ['A'] },
    },
    {
      id: 'discovery',
      label: { fr: 'Découverte et planification', en: 'Discovery and planning' },
      leadOrganizationId: 'northtown-cl',
      cells: { 'job-coach': ['R'], specialist: ['A'], intake: ['C'], manager: ['I'] },
    },
    {
      id: 'job-search',
      label: { fr: 'Recherche d’emploi', en: 'Job search' },
      leadOrganizationId: 'lakeshore-es',
      cells: { 'job-coach': ['C'], specialist: ['R'], intake: ['I'], manager: ['A'] },
    },
    {
      id: 'coaching',
      label: { fr: 'Accompagnement en milieu de travail', en: 'Job coaching' },
      leadOrganizationId: 'northtown-cl',
      cells: { 'job-coach': ['R'], specialist: ['A'], intake: ['I'], manager: ['I'] },
    },
  ],
});

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
  const letters = (el: HTMLElement) =>
    el.querySelector('[data-part="letters"]')?.textContent ?? el.textContent;
  return { user, grid, cell, onValueChange, latest, letters, ...utils };
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
    it('has one tab stop in the toolbar and one in the grid, on the first cell', async () => {
      const { user, grid, cell } = setup();
      expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
      await user.tab();
      expect(screen.getByRole('toolbar').contains(document.activeElement)).toBe(true);
      await user.tab(); // the valid matrix has no issue to list: next stop is the grid
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

    it('names each cell by its task and role, for screen readers', () => {
      const { cell } = setup();
      expect(cell(1, 0).getAttribute('role')).toBe('rowheader');
      expect(cell(0, 2).getAttribute('role')).toBe('columnheader');
      expect(cell(1, 2).getAttribute('role')).toBe('gridcell');
      expect(screen.getByRole('rowheader', { name: 'Intake forms' })).toBe(cell(1, 0));
    });
  });

  describe('with a thousand tasks', () => {
    const big = createRaciMatrix({
      roles: sample.roles,
      tasks: Array.from({ length: 1000 }, (_, i) => ({
        id: `t${i + 1}`,
        label: { fr: `Tâche ${i + 1}`, en: `Task ${i + 1}` },
        leadOrganizationId: 'northtown-cl',
        cells: { 'job-coach': ['R'], manager: ['A'] },
      })),
    });

    it('renders only the rows in view, yet tells assistive technology the whole size', () => {
      const { grid } = setup({ defaultValue: big });
      expect(grid.getAttribute('aria-rowcount')).toBe('1001');
      const rows = grid.querySelectorAll('tbody tr[aria-rowindex]');
      expect(rows.length).toBeLessThan(80);
      expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    });

    it('moves focus to any row from the keyboard, the focused row always rendered', async () => {
      const { user, cell } = setup({ defaultValue: big });
      cell(1, 2).focus();
      await user.keyboard('{Control>}{End}{/Control}');
      expect(document.activeElement).toBe(cell(1000, 5));
      expect(cell(1000, 5).closest('tr')?.getAttribute('aria-rowindex')).toBe('1001');
      await user.keyboard('{ArrowUp}i');
      expect(document.activeElement).toBe(cell(999, 5));
      expect(cell(999, 5).getAttribute('data-letters')).toBe('I');
      await user.keyboard('{Control>}{Home}{/Control}');
      expect(document.activeElement).toBe(cell(0, 0));
    });
  });

  describe('editing cells with the keyboard', () => {
    it('sets a letter with R, A, C or I, combines with Shift, cycles with Space, clears with Delete', async () => {
      const { user, cell, latest, letters } = setup();
      cell(1, 2).focus(); // Intake forms × Job coach: C
      await user.keyboard('a');
      expect(letters(cell(1, 2))).toBe('A');
      await user.keyboard('{Shift>}r{/Shift}');
      expect(letters(cell(1, 2))).toBe('R/A');
      expect(raciCell(latest(), 'intake-forms', 'job-coach')).toEqual(['R', 'A']);
      await user.keyboard(' ');
      expect(letters(cell(1, 2))).toBe('C');
      await user.keyboard('{Enter}');
      expect(letters(cell(1, 2))).toBe('I');
      await user.keyboard('{Delete}');
      expect(cell(1, 2).getAttribute('data-letters')).toBeNull();
      expect(raciCell(latest(), 'intake-forms', 'job-coach')).toEqual([]);
    });

    it('announces each change politely, and a change in the number of issues', async () => {
      const { user, cell } = setup();
      cell(1, 3).focus();
      await user.keyboard('i');
      expect(screen.getByRole('status').textContent).toBe(
        'Intake forms, Employment specialist: Informed.',
      );
      cell(1, 4).focus(); // the only R of Intake forms
      await user.keyboard('{Delete}');
      expect(screen.getByRole('status').textContent).toMatch(
        /^Intake forms, Intake worker: empty\. 1 issue to check\.$/,
      );
    });

    it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, and with the buttons', async () => {
      const { user, cell, letters } = setup();
      cell(1, 2).focus();
      await user.keyboard('i');
      await user.keyboard('{Control>}z{/Control}');
      expect(letters(cell(1, 2))).toBe('C');
      await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      expect(letters(cell(1, 2))).toBe('I');
      await user.click(screen.getByRole('button', { name: 'Undo' }));
      expect(letters(cell(1, 2))).toBe('C');
      await user.click(screen.getByRole('button', { name: 'Redo' }));
      expect(letters(cell(1, 2))).toBe('I');
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
      ).toEqual(['specialist', 'job-coach']);
      expect(document.activeElement).toBe(cell(2, 3));
    });
  });

  describe('when the focused row goes away', () => {
    it('keeps focus in the grid after an undo removes the row that had it', async () => {
      const { user, cell } = setup();
      await user.click(screen.getByRole('button', { name: 'Add a task' }));
      const dialog = await screen.findByRole('dialog', { name: 'New task' });
      await user.type(within(dialog).getByLabelText('In English'), 'Follow-up');
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));
      await waitFor(() => expect(document.activeElement).toBe(cell(5, 0)));
      await user.keyboard('{Control>}z{/Control}');
      expect(cell(5, 0)).toBeNull();
      expect(document.activeElement).toBe(cell(4, 0));
    });
  });

  describe('with a mouse', () => {
    it('picks letters from a menu opened by a click on a cell', async () => {
      const { user, cell, latest } = setup();
      await user.click(cell(2, 3));
      const menu = await screen.findByRole('menu');
      await user.click(within(menu).getByRole('menuitemcheckbox', { name: /Consulted/ }));
      expect(raciCell(latest(), 'discovery', 'specialist')).toEqual(['C']);
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(cell(2, 3));
    });
  });

  describe('editing tasks and roles', () => {
    it('adds a task, named in both languages, with its lead organization', async () => {
      const { user, cell, latest } = setup();
      await user.click(screen.getByRole('button', { name: 'Add a task' }));
      const dialog = await screen.findByRole('dialog', { name: 'New task' });
      await user.type(within(dialog).getByLabelText('In French'), 'Maintien en emploi');
      await user.type(within(dialog).getByLabelText('In English'), 'Job retention');
      await user.selectOptions(within(dialog).getByLabelText('Lead organization'), 'Northtown CL');
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(latest().tasks.at(-1)).toEqual({
        id: 'task-1',
        label: { fr: 'Maintien en emploi', en: 'Job retention' },
        leadOrganizationId: 'northtown-cl',
        cells: {},
      });
      expect(document.activeElement).toBe(cell(5, 0));
      expect(screen.getByRole('rowheader', { name: 'Job retention' })).toBe(cell(5, 0));
    });

    it('adds nothing when the new task is cancelled, and asks for a name before adding', async () => {
      const { user, onValueChange } = setup();
      await user.click(screen.getByRole('button', { name: 'Add a task' }));
      let dialog = await screen.findByRole('dialog', { name: 'New task' });
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));
      expect(within(dialog).getByText('Give the task a name.')).toBeTruthy();
      expect(document.activeElement).toBe(within(dialog).getByLabelText('In French'));
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(onValueChange).not.toHaveBeenCalled();
      // Radix gives focus back to the opener on the next tick.
      await waitFor(() =>
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a task' })),
      );
      await user.click(screen.getByRole('button', { name: 'Add a task' }));
      dialog = await screen.findByRole('dialog', { name: 'New task' });
      await user.keyboard('{Escape}');
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('opens a role with Enter on its header, moves it and removes it', async () => {
      const { user, cell, latest } = setup();
      cell(0, 2).focus();
      await user.keyboard('{Enter}');
      let dialog = await screen.findByRole('dialog', { name: 'Edit the role' });
      expect((within(dialog).getByLabelText('In English') as HTMLInputElement).value).toBe(
        'Job coach',
      );
      await user.selectOptions(
        within(dialog).getByLabelText('Position in the list'),
        'Position 2 of 4',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(latest().roles[1]?.id).toBe('job-coach');
      expect(document.activeElement).toBe(cell(0, 3));
      await user.keyboard('{Enter}');
      dialog = await screen.findByRole('dialog', { name: 'Edit the role' });
      await user.click(within(dialog).getByRole('button', { name: 'Remove the role' }));
      expect(latest().roles.map((r) => r.id)).not.toContain('job-coach');
      expect(latest().tasks.some((task) => 'job-coach' in task.cells)).toBe(false);
      expect(document.activeElement?.closest('[role="grid"]')).toBeTruthy();
    });

    it('renames a task from its row header with Enter, and keeps focus in the grid after', async () => {
      const { user, cell, latest } = setup();
      cell(3, 0).focus();
      await user.keyboard('{Enter}');
      const name = await screen.findByLabelText('In English');
      await user.clear(name);
      await user.type(name, 'Job search and applications{Enter}');
      expect(latest().tasks[2]?.label).toEqual({
        fr: 'Recherche d’emploi',
        en: 'Job search and applications',
      });
      expect(document.activeElement).toBe(cell(3, 0));
    });
  });

  describe('given a matrix that breaks the rules', () => {
    const broken = createRaciMatrix({
      roles: [
        { id: 'r1', title: { en: 'Program manager' } },
        { id: 'r2', title: { en: 'Director' } },
      ],
      tasks: [
        {
          id: 't1',
          label: { en: 'Intake forms' },
          leadOrganizationId: 'northtown-cl',
          cells: { r1: ['A'], r2: ['A'] },
        },
      ],
    });

    it('lists the issues, marks the cells at fault and links them to the explanation', async () => {
      const { user, cell } = setup({ defaultValue: broken });
      const summary = screen.getByRole('region', { name: '2 issues to check' });
      const entries = within(summary).getAllByRole('button');
      expect(entries.map((b) => b.textContent)).toEqual([
        expect.stringContaining('No role is Responsible (R) for task “Intake forms”'),
        expect.stringContaining('Accountable (A)'),
      ]);
      expect(cell(1, 2).getAttribute('data-invalid')).toBe('error');
      const describedBy = (cell(1, 2).getAttribute('aria-describedby') ?? '').split(' ');
      expect(
        describedBy.some((id) => document.getElementById(id)?.textContent?.includes('Accountable')),
      ).toBe(true);
      await user.click(entries[1] as HTMLElement);
      expect(document.activeElement).toBe(cell(1, 2));
    });

    it('refuses to adopt it until the conflicts are resolved, saying why (RACI-6, RACI-8)', async () => {
      const { user, cell } = setup({ defaultValue: broken });
      const adopt = screen.getByRole('button', { name: 'Adopt the matrix' });
      expect(adopt.getAttribute('aria-disabled')).toBe('true');
      expect(
        document.getElementById(adopt.getAttribute('aria-describedby') ?? '')?.textContent,
      ).toMatch(/Fix the 2 errors listed/);
      await user.click(adopt);
      expect(screen.getByRole('status').textContent).toMatch(/Fix the 2 errors listed/);
      cell(1, 3).focus();
      await user.keyboard('r');
      expect(adopt.getAttribute('aria-disabled')).toBeNull();
      await user.click(adopt);
      expect(screen.getByText('Adopted on November 27, 2026')).toBeTruthy();
    });

    it('once adopted, refuses edits until reopened as a draft', async () => {
      const adopted = { ...sample, status: 'adopted' as const, adoptedOn: '2026-11-01' };
      const { user, cell, onValueChange, letters } = setup({ defaultValue: adopted });
      cell(1, 2).focus();
      await user.keyboard('r');
      expect(letters(cell(1, 2))).toBe('C');
      expect(screen.getByRole('status').textContent).toMatch(/reopen it as a draft/);
      await user.click(screen.getByRole('button', { name: 'Reopen as draft' }));
      expect(screen.getByText('Draft')).toBeTruthy();
      cell(1, 2).focus();
      await user.keyboard('r');
      expect(letters(cell(1, 2))).toBe('R');
      expect(onValueChange).toHaveBeenCalled();
    });
  });

  it('exports CSV with the headers and texts of its language', async () => {
    const onExportCsv = vi.fn();
    const { user } = setup({ onExportCsv }, 'fr-CA');
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    // The CSV writer loads on the first export.
    await waitFor(() => expect(onExportCsv).toHaveBeenCalled());
    expect(onExportCsv.mock.lastCall?.[0]).toMatch(
      /^\uFEFFTâche,Organisme chef de file,Formatrice ou formateur en milieu de travail/,
    );
  });

  it('shows each organization’s share of the work', () => {
    setup();
    const workload = screen.getByRole('table', { name: 'Division of labour' });
    expect(
      within(workload).getByRole('rowheader', { name: 'Northtown CL' }).closest('tr')?.textContent,
    ).toBe('Northtown CL200');
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
    it('labels everything in French and shows the French texts, from the provider', () => {
      const { cell } = setup({}, 'fr-CA');
      expect(screen.getByRole('button', { name: 'Ajouter une tâche' })).toBeTruthy();
      expect(screen.getByRole('columnheader', { name: 'Organisme chef de file' })).toBeTruthy();
      expect(cell(1, 0).textContent).toBe('Formulaires d’admission');
      expect(
        screen.getByText('Aucun problème : la matrice respecte les règles du guide.'),
      ).toBeTruthy();
    });

    it('shows a text missing in French in English, marked with its language', () => {
      const englishOnly = createRaciMatrix({
        roles: [{ id: 'r', title: { en: 'Job coach' } }],
        tasks: [{ id: 't', label: { en: 'Intake forms' }, cells: { r: ['R', 'A'] } }],
      });
      const { cell } = setup({ defaultValue: englishOnly }, 'fr-CA');
      expect(cell(1, 0).getAttribute('lang')).toBe('en-CA');
      expect(cell(1, 0).getAttribute('data-fallback')).toBe('true');
      expect(screen.getByRole('rowheader', { name: 'Intake forms' })).toBe(cell(1, 0));
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
      expect(target.getAttribute('data-letters')).toBe('I');
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
      expect(target.getAttribute('data-letters')).toBe('C');
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
        roles: [{ id: 'r', title: { en: 'R' }, organizationId: 'northtown-cl' }],
        tasks: [{ id: 't', label: { en: 'T' } }],
      });
      const valid = setup({}, locale);
      await expectNoAxeViolations(valid.container);
      valid.unmount();
      const invalid = setup({ defaultValue: broken }, locale);
      await expectNoAxeViolations(invalid.container);
    },
  );
});
