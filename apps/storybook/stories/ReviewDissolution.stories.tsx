import { DissolutionChecklist, ReviewChecklist } from '@partnership-kit/react';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

const meta = {
  title: 'Guide/Review and dissolution',
  component: ReviewChecklist,
} satisfies Meta<typeof ReviewChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A formal review (REV-3) answered with the keyboard: a "no" turns the area red. */
export const ReviewEnglish: Story = {
  args: { defaultValue: { id: 'rev-2', date: '2027-01-15', reviewer: 'external', answers: {} } },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    const funding = canvas.getByRole('region', { name: 'Funding' });
    await userEvent.click(
      within(within(funding).getAllByRole('group')[0] as HTMLElement).getByLabelText('No'),
    );
    await expect(funding).toHaveAttribute('data-status', 'red');
  },
};

/** The same checklist in French, half answered. */
export const ReviewFrench: Story = {
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
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Leadership' })).toHaveAttribute(
      'data-status',
      'green',
    );
  },
};

/** Ending the partnership: notice, end date, checklist, a job seeker still without support. */
export const Dissolution: StoryObj = {
  render: (_args, { globals }) => (
    <DissolutionChecklist
      partnership={caseStudy1}
      locale={globals.locale}
      defaultValue={{
        noticeGivenOn: '2028-01-10',
        path: 'celebrate-and-close',
        checklist: { 'written-notice': true },
        clientHandovers: [{ id: 'h1', jobSeeker: 'Dossier 2027-031', handedOver: false }],
      }}
    />
  ),
  globals: { locale: 'fr-CA' },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('10 mars 2028');
    const box = canvas.getByRole('checkbox', { name: /Informer chaque partie prenante/ });
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

/** The same in English, ending on the agreed date: no celebration step. */
export const DissolutionEnglish: StoryObj = {
  render: (_args, { globals }) => (
    <DissolutionChecklist
      partnership={caseStudy1}
      locale={globals.locale}
      defaultValue={{
        noticeGivenOn: '2028-01-10',
        path: 'end-on-date',
        checklist: {},
        clientHandovers: [],
      }}
    />
  ),
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(6);
  },
};
