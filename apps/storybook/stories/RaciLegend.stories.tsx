import { RaciLegend } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const meta = {
  title: 'RACI/RaciLegend',
  component: RaciLegend,
  // The language comes from the toolbar (globals.locale) unless a story pins it.
  render: (args, { globals }) => <RaciLegend {...args} locale={globals.locale} />,
} satisfies Meta<typeof RaciLegend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The legend in the language picked in the toolbar. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const letters = [...canvasElement.querySelectorAll('dt [data-part="letter"]')];
    await expect(letters.map((letter) => letter.textContent)).toEqual(['R', 'A', 'C', 'I']);
  },
};

/** Pinned to French: the guide's own words. */
export const French: Story = {
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Assume la responsabilité')).toBeVisible();
    await expect(canvas.getByText(/une seule par tâche/i)).toBeVisible();
  },
};

/** Pinned to English. */
export const English: Story = {
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Accountable')).toBeVisible();
    await expect(canvas.getByText(/only one per task/i)).toBeVisible();
  },
};
