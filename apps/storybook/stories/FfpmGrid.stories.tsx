import { FfpmGrid } from '@partnership-kit/react';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const meta = {
  title: 'SWOT/FfpmGrid',
  component: FfpmGrid,
} satisfies Meta<typeof FfpmGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, in French (FFPM): add a first threat with the keyboard. */
export const Empty: Story = {
  globals: { locale: 'fr-CA' },
  play: async ({ canvas, userEvent }) => {
    const threats = canvas.getByRole('region', { name: 'Menaces' });
    await userEvent.click(within(threats).getByLabelText('Nouvel élément : Menaces'));
    await userEvent.keyboard('Financement incertain{Enter}');
    await expect(within(threats).getByText('Financement incertain')).toBeVisible();
  },
};

/** Filled from the first sample, in English (SWOT): move an item with Alt+arrows. */
export const Filled: Story = {
  args: { defaultValue: caseStudy1.swot },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    const weaknesses = canvas.getByRole('region', { name: 'Weaknesses' });
    within(weaknesses).getAllByRole('button')[0]?.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    const strengths = canvas.getByRole('region', { name: 'Strengths' });
    await expect(
      within(strengths).getByText('No formal referral form between the agencies yet'),
    ).toBeVisible();
  },
};

/** Only the resources still needed (EST-2). */
export const ResourcesNeeded: Story = {
  args: { defaultValue: caseStudy2.swot, defaultFilterNeeded: true },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Seulement les ressources à trouver')).toBeChecked();
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
  },
};

/** Read-only. */
export const ReadOnly: Story = {
  args: { defaultValue: caseStudy1.swot, readOnly: true },
  globals: { locale: 'en-CA' },
};
