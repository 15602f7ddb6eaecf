import { WorksheetForm } from '@partnership-kit/react';
import {
  CONVERSATION_GUIDE_WORKSHEET,
  SELF_REFLECTION_WORKSHEET,
} from '@partnership-kit/templates';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { inBothLocales, localeOf, text } from './story-helpers';

const meta = {
  title: 'Worksheets/WorksheetForm',
  component: WorksheetForm,
  args: { draftStorage: null },
} satisfies Meta<typeof WorksheetForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The self-reflection worksheet (WS-SELF), with next steps, in the toolbar's language. */
export const SelfReflection: Story = { args: { worksheet: SELF_REFLECTION_WORKSHEET } };

/** The conversation guide (WS-TALK). */
export const ConversationGuide: Story = { args: { worksheet: CONVERSATION_GUIDE_WORKSHEET } };

const answerAndSteps: Story = {
  args: { worksheet: SELF_REFLECTION_WORKSHEET },
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const first = canvasElement.querySelector<HTMLElement>(
      'fieldset[data-question]',
    ) as HTMLElement;
    // Every answer is named by its question number, not just "Answer".
    const answer = within(first).getByRole('group', {
      name: new RegExp(text('worksheet.answer', locale, { n: 1 })),
    });
    await userEvent.type(
      within(answer).getByLabelText(text('field.language.fr', locale)),
      'Le développement de l’emploi',
    );
    await expect(
      within(canvasElement).getByText(
        text('worksheet.progress', locale, { answered: 1, total: 10 }),
      ),
    ).toBeVisible();
    const add = within(first).getByRole('button', {
      name: text('worksheet.nextStep.add', locale, { n: 1 }),
    });
    await userEvent.click(add);
    const step = within(first).getByRole('group', {
      name: text('worksheet.nextStep.text', locale, { step: 1 }),
    });
    await waitFor(() => expect(step.contains(document.activeElement)).toBe(true));
    await userEvent.click(
      within(first).getByRole('button', {
        name: text('worksheet.nextStep.remove', locale, { step: 1, n: 1 }),
      }),
    );
    await waitFor(() => expect(add).toHaveFocus());
  },
};
const AnswerAndSteps = inBothLocales('Answer, add and remove a step', answerAndSteps);
export const AnswerAndStepsFr = AnswerAndSteps.fr;
export const AnswerAndStepsEn = AnswerAndSteps.en;

const errors: Story = {
  args: { worksheet: CONVERSATION_GUIDE_WORKSHEET, required: ['purpose-why'] },
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(`(${text('field.required', locale)})`).length).toBeGreaterThan(
      0,
    );
    await userEvent.click(canvas.getByRole('button', { name: text('worksheet.submit', locale) }));
    const summary = await canvas.findByRole('region', {
      name: text('errors.title', locale, { count: 1 }),
    });
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(within(summary).getByRole('link'));
    const field = document.activeElement as HTMLElement;
    await expect(field.tagName).toBe('TEXTAREA');
    // Fixing the field removes its error at once.
    await userEvent.type(field, 'Pour mieux servir');
    const side = canvasElement.querySelector<HTMLElement>(
      'fieldset[data-question] [data-lang="en"] textarea',
    ) as HTMLElement;
    await userEvent.type(side, 'To serve better');
    await waitFor(() =>
      expect(
        canvas.queryByRole('region', { name: text('errors.title', locale, { count: 1 }) }),
      ).toBeNull(),
    );
  },
};
const Errors = inBothLocales('Errors: summary, links, cleared when fixed', errors);
export const ErrorsFr = Errors.fr;
export const ErrorsEn = Errors.en;
