import { RaciMatrix } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { brokenMatrix, draftMatrix, guideMatrix, largeMatrix, organizations } from './raci.data';

// Pristine stories, in the toolbar's language: what a designer reviews. Interactions are in
// RaciMatrix.interactions.stories.tsx.
const meta = {
  title: 'RACI/RaciMatrix',
  component: RaciMatrix,
  args: { 'aria-label': 'RACI', organizations, today: () => '2026-11-27' },
} satisfies Meta<typeof RaciMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The guide's example (sample case study 1), adopted: locked until reopened. */
export const GuideExample: Story = { args: { defaultValue: guideMatrix } };

/** The same matrix as a draft, to edit. */
export const Draft: Story = { args: { defaultValue: draftMatrix } };

/** An empty draft: the toolbar adds the first task and role. */
export const Empty: Story = {};

/** A draft that breaks the rules: each issue listed, marked on its row, column or cell. */
export const Broken: Story = { args: { defaultValue: brokenMatrix } };

/** 1,000 tasks × 15 roles: only the rows in view are rendered; headers stay in view. */
export const Large: Story = { args: { defaultValue: largeMatrix(1000, 15), showWorkload: false } };

/** Read-only, as printed for the people in the roles (RACI-8). */
export const ReadOnly: Story = { args: { defaultValue: guideMatrix, readOnly: true } };
