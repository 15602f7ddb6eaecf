import { RaciLegendDialog } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { inBothLocales, localeOf } from './story-helpers';

const meta = {
  title: 'RACI/RaciLegendDialog',
  component: RaciLegendDialog,
} satisfies Meta<typeof RaciLegendDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: a single button beside the matrix, in the toolbar's language. */
export const Default: Story = {};

const keyboard: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const trigger = canvas.getByRole('button');
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    // It follows the provider's language, with its own `lang`.
    await expect(dialog).toHaveAttribute('lang', localeOf(globals));
    // Themed: an opaque surface above the page, not transparent Times.
    await expect(getComputedStyle(dialog).backgroundColor).not.toMatch(
      /rgba\(0, 0, 0, 0\)|transparent/,
    );
    await expect(getComputedStyle(dialog).fontFamily).not.toMatch(/^"?Times/);
    await expect(getComputedStyle(dialog).position).toBe('fixed');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
const Keyboard = inBothLocales('Keyboard: open, read, Escape', keyboard);
export const KeyboardFr = Keyboard.fr;
export const KeyboardEn = Keyboard.en;

const mouse: Story = {
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button');
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog');
    const close = within(dialog).getByRole('button');
    // The close button is at the top, inside the window.
    await expect(close.getBoundingClientRect().top).toBeLessThan(
      dialog.getBoundingClientRect().top + 80,
    );
    await userEvent.click(close);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
const Mouse = inBothLocales('Mouse: open, close at the top', mouse);
export const MouseFr = Mouse.fr;
export const MouseEn = Mouse.en;
