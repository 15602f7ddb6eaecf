import { RaciMatrix } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { brokenMatrix, guideMatrix, largeMatrix, organizations } from './raci.data';

const meta = {
  title: 'RACI/RaciMatrix',
  component: RaciMatrix,
  args: { 'aria-label': 'RACI', organizations, today: () => '2026-11-27' },
} satisfies Meta<typeof RaciMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const cellAt = (root: HTMLElement, row: number, col: number) =>
  root.querySelector<HTMLElement>(
    `[role="grid"] [data-row="${row}"][data-col="${col}"]`,
  ) as HTMLElement;

/** An empty draft: add the first task and role with the toolbar. */
export const Empty: Story = {
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add a task' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Edit the task' }).catch(() => null);
    // The dialog is portalled to the document body.
    const body = dialog ?? (document.querySelector('[role="dialog"]') as HTMLElement);
    await expect(body).toBeTruthy();
    await userEvent.keyboard('{Escape}');
  },
};

/** The guide's example (sample case study 1), adopted; keyboard editing and undo, in English. */
export const GuideExample: Story = {
  args: { defaultValue: guideMatrix },
  globals: { locale: 'en-CA' },
  play: async ({ canvasElement, userEvent, step }) => {
    await step('move with the arrows and set a letter', async () => {
      cellAt(canvasElement, 1, 2).focus();
      await userEvent.keyboard('{ArrowRight}{ArrowDown}');
      await expect(cellAt(canvasElement, 2, 3)).toHaveFocus();
      await userEvent.keyboard('i');
      await expect(cellAt(canvasElement, 2, 3)).toHaveTextContent('I');
    });
    await step('undo with Ctrl+Z', async () => {
      await userEvent.keyboard('{Control>}z{/Control}');
      await expect(cellAt(canvasElement, 2, 3)).toHaveTextContent('A');
    });
  },
};

/** The same in French, toolbar and headers included. */
export const GuideExampleFrench: Story = {
  args: { defaultValue: guideMatrix },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Ajouter une tâche' })).toBeVisible();
    await expect(
      canvas.getByRole('columnheader', { name: 'Organisation responsable' }),
    ).toBeVisible();
  },
};

/** A matrix that breaks every rule: the summary lists each issue and takes focus to it. */
export const Broken: Story = {
  args: { defaultValue: brokenMatrix },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    const summary = canvas.getByRole('region', { name: /To check/ });
    const entry = canvas.getByRole('button', {
      name: /are Accountable \(A\) for task “Job search”/,
    });
    await expect(summary).toContainElement(entry);
    await userEvent.click(entry);
    await waitFor(() => expect(cellAt(canvasElement, 4, 3)).toHaveFocus());
    // It was saved as adopted although it breaks the rules: it can only be reopened.
    await expect(canvas.getByRole('button', { name: 'Reopen as draft' })).toBeVisible();
  },
};

/** 200 tasks × 15 roles: editing stays instant. */
export const Large: Story = {
  args: { defaultValue: largeMatrix(200, 15), showWorkload: false },
  globals: { locale: 'en-CA' },
  play: async ({ canvasElement, userEvent }) => {
    cellAt(canvasElement, 100, 8).focus();
    await userEvent.keyboard('c');
    await expect(cellAt(canvasElement, 100, 8)).toHaveTextContent('C');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(cellAt(canvasElement, 200, 16)).toHaveFocus();
  },
};

/** Read-only, as printed for the people in the roles (RACI-8). */
export const ReadOnly: Story = {
  args: { defaultValue: guideMatrix, readOnly: true },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Ajouter une tâche' })).toBeNull();
    await expect(canvas.getByRole('grid')).toHaveAttribute('aria-readonly', 'true');
  },
};
