import type { Partnership } from '@partnership-kit/core';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import type { StoryObj } from '@storybook/react-vite';
import { type ComponentType, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { followFirstLink, inBothLocales, localeOf, text } from './story-helpers';

/** What every editor takes to edit the whole document. */
interface OnDocumentProps {
  readonly partnership: Partnership;
  readonly onPartnershipChange: (partnership: Partnership) => void;
}

const describe = (story: string) => ({ docs: { description: { story } } });

/**
 * The stories every editor of `@partnership-kit/react/editors` has, in the toolbar's language:
 * the editor on the whole document (as the workspace uses it: removals cascade) with each sample,
 * and "Check this section" in both languages. `extra` props go to the editor (e.g. `today`).
 *
 * @example
 * ```tsx
 * const stories = documentEditorStories(PathwayEditor);
 * export const TwoAgencies: Story = stories.TwoAgencies;
 * ```
 */
export function documentEditorStories<P extends object>(
  Editor: ComponentType<OnDocumentProps & P>,
  extra: P = {} as P,
) {
  function OnDocument({ initial }: { readonly initial: Partnership }) {
    const [partnership, setPartnership] = useState(initial);
    return <Editor {...extra} partnership={partnership} onPartnershipChange={setPartnership} />;
  }
  const check: StoryObj = {
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
  const stories: Record<'TwoAgencies' | 'SevenPartners' | 'OneLanguage', StoryObj> = {
    TwoAgencies: {
      render: () => <OnDocument initial={caseStudy1} />,
      parameters: describe('The first sample (two agencies, an MOU), in the toolbar’s language.'),
    },
    SevenPartners: {
      render: () => <OnDocument initial={caseStudy2} />,
      parameters: describe('The second sample: seven partners under a partnership agreement.'),
    },
    OneLanguage: {
      render: () => <OnDocument initial={oneLanguageSample} />,
      parameters: describe('A partnership written in English only: one input per text.'),
    },
  };
  return { ...stories, Check: inBothLocales('Check this section', check) };
}
