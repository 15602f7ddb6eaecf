import { WorksheetForm } from '@partnership-kit/react';
import {
  CONVERSATION_GUIDE_WORKSHEET,
  SELF_REFLECTION_WORKSHEET,
} from '@partnership-kit/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

const meta = {
  title: 'Worksheets/WorksheetForm',
  component: WorksheetForm,
  args: { draftStorage: null },
} satisfies Meta<typeof WorksheetForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The self-reflection worksheet (WS-SELF), in French, with next steps. */
export const SelfReflectionFrench: Story = {
  args: { worksheet: SELF_REFLECTION_WORKSHEET },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(
      canvas.getAllByLabelText('Réponse')[0] as HTMLElement,
      'Le développement de l’emploi',
    );
    await expect(canvas.getByText('1 question(s) sur 10 répondue(s)')).toBeVisible();
  },
};

/** The conversation guide (WS-TALK), in English: submitting empty shows the error summary. */
export const ConversationGuideErrors: Story = {
  args: { worksheet: CONVERSATION_GUIDE_WORKSHEET, required: ['purpose-why'] },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Save the worksheet' }));
    const link = await canvas.findByRole('link', { name: 'Answer question 1.' });
    await waitFor(() =>
      expect(canvas.getByText('There are 1 problem(s) to fix').parentElement).toHaveFocus(),
    );
    await userEvent.click(link);
    await expect(canvas.getAllByLabelText('Answer')[0]).toHaveFocus();
  },
};
