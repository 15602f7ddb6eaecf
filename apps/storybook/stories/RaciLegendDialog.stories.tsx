import { RaciLegendDialog } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor } from 'storybook/test';

const meta = {
  title: 'RACI/RaciLegendDialog',
  component: RaciLegendDialog,
  render: (args, { globals }) => <RaciLegendDialog {...args} locale={globals.locale} />,
} satisfies Meta<typeof RaciLegendDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: a single button beside the matrix. */
export const Default: Story = {};

/**
 * Keyboard only: Tab to the button, Enter opens the dialog with focus inside it, Escape closes
 * it and puts focus back on the button. axe checks the page while the dialog is open.
 */
export const KeyboardInEnglish: Story = {
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent, step }) => {
    const trigger = canvas.getByRole('button', { name: 'What do R, A, C and I mean?' });
    await step('open with the keyboard', async () => {
      await userEvent.tab();
      await expect(trigger).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: 'RACI matrix legend' });
      await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
      await expect(screen.getByText('Consulted')).toBeVisible();
    });
    await step('close with Escape', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      await expect(trigger).toHaveFocus();
    });
  },
};

/** Opened in French, left open so axe also checks the dialog itself. */
export const OpenInFrench: Story = {
  globals: { locale: 'fr-CA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Que signifient R, A, C et I ?' }));
    const dialog = await screen.findByRole('dialog', { name: 'Légende de la matrice RACI' });
    await expect(dialog).toHaveAttribute('lang', 'fr-CA');
    await expect(screen.getByRole('button', { name: 'Fermer' })).toBeVisible();
  },
};
