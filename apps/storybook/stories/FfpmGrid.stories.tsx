import { FfpmGrid } from '@partnership-kit/react';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';

// Pristine stories in the toolbar's language; interactions: FfpmGrid.interactions.stories.tsx.
const meta = {
  title: 'SWOT/FfpmGrid',
  component: FfpmGrid,
} satisfies Meta<typeof FfpmGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty: a form in each quadrant. */
export const Empty: Story = {};

/** Filled from the first sample (two agencies), in French and English. */
export const Filled: Story = { args: { defaultValue: caseStudy1.swot } };

/** Only the resources still needed (EST-2), from the second sample. */
export const ResourcesNeeded: Story = {
  args: { defaultValue: caseStudy2.swot, defaultFilterNeeded: true },
};

/** Read-only. */
export const ReadOnly: Story = { args: { defaultValue: caseStudy1.swot, readOnly: true } };
