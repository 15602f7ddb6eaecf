import { RaciLegend } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'RACI/RaciLegend',
  component: RaciLegend,
} satisfies Meta<typeof RaciLegend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The legend, in the toolbar's language (it follows the provider). */
export const Default: Story = {};
