import { DissolutionChecklist, ReviewChecklist } from '@partnership-kit/react/guide';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { inBothLocales, localeOf, text } from './story-helpers';

const meta = {
  title: 'Guide/Review and dissolution',
  component: ReviewChecklist,
} satisfies Meta<typeof ReviewChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

const empty = { id: 'rev-2', date: '2027-01-15', reviewer: 'external' as const, answers: {} };

/** A formal review not started yet: "not started", never amber. */
export const ReviewEmpty: Story = { args: { defaultValue: empty } };

/** A review half answered. */
export const ReviewHalfAnswered: Story = {
  args: {
    defaultValue: {
      id: 'rev-3',
      date: '2027-07-10',
      reviewer: 'internal',
      answers: {
        'leadership-1': 'yes',
        'leadership-2': 'yes',
        'division-of-labour-1': 'partly',
        'funding-3': 'no',
      },
    },
  },
};

/** Ending the partnership: notice, end date, checklist, a job seeker still without support. */
export const Dissolution: StoryObj = {
  render: () => (
    <DissolutionChecklist
      partnership={caseStudy1}
      defaultValue={{
        noticeGivenOn: '2027-06-01',
        path: 'celebrate-and-close',
        checklist: { 'written-notice': true },
        clientHandovers: [{ id: 'h1', jobSeeker: 'Dossier 2027-031', handedOver: false }],
      }}
    />
  ),
};

/** Ending on the agreed date: no celebration step. */
export const DissolutionOnDate: StoryObj = {
  render: () => (
    <DissolutionChecklist
      partnership={caseStudy1}
      defaultValue={{
        noticeGivenOn: '2027-06-01',
        path: 'end-on-date',
        checklist: {},
        clientHandovers: [],
      }}
    />
  ),
};

const review: Story = {
  args: { defaultValue: empty },
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const overall = canvasElement.querySelector('[data-part="overall"]') as HTMLElement;
    await expect(overall).toHaveAttribute('data-status', 'unanswered');
    await expect(overall.textContent).toContain(text('review.status.unanswered', locale));
    const area = canvasElement.querySelector<HTMLElement>(
      'section[data-area="funding"]',
    ) as HTMLElement;
    const question = area.querySelector<HTMLElement>(
      'fieldset[data-part="question"]',
    ) as HTMLElement;
    await userEvent.click(within(question).getByLabelText(text('review.answer.no', locale)));
    await expect(area).toHaveAttribute('data-status', 'red');
  },
};
const Review = inBothLocales('Review: empty is “not started”, a no turns the area red', review);
export const ReviewFr = Review.fr;
export const ReviewEn = Review.en;
