import type { Partnership } from '@partnership-kit/core';
import { WorkingGroupEditor } from '@partnership-kit/react/editors';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { followFirstLink, inBothLocales, localeOf, text } from './story-helpers';

/** The editor on the whole document, as the workspace uses it: removals cascade. */
function OnDocument({ initial }: { readonly initial: Partnership }) {
  const [partnership, setPartnership] = useState(initial);
  return <WorkingGroupEditor partnership={partnership} onPartnershipChange={setPartnership} />;
}

const meta = {
  title: 'Editors/WorkingGroupEditor',
  component: WorkingGroupEditor,
  args: {},
} satisfies Meta<typeof WorkingGroupEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first sample (two agencies, an MOU), in the toolbar's language. */
export const TwoAgencies: Story = { render: () => <OnDocument initial={caseStudy1} /> };

/** The second sample: seven partners under a partnership agreement. */
export const SevenPartners: Story = { render: () => <OnDocument initial={caseStudy2} /> };

/** A partnership written in English only: one input per text. */
export const OneLanguage: Story = { render: () => <OnDocument initial={oneLanguageSample} /> };

const check: Story = {
  render: () => (
    <OnDocument initial={{ ...caseStudy1, purpose: {}, why: { en: 'English only' } }} />
  ),
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const button = within(canvasElement).getByRole('button', {
      name: text('editor.check', locale),
    });
    await userEvent.click(button);
    // Either a focused summary whose links reach a field, or a status saying all is well.
    await waitFor(() =>
      expect(
        document.activeElement?.matches('[data-pk-error-summary]') ||
          (canvasElement.querySelector('[role="status"]')?.textContent ?? '').length > 0,
      ).toBe(true),
    );
    await expect(await followFirstLink(userEvent)).toBe(true);
  },
};
const Check = inBothLocales('Check this section', check);
export const CheckFr = Check.fr;
export const CheckEn = Check.en;
