import {
  AgreementAdvisor,
  EstablishmentProgress,
  PartnershipIssues,
  ReviewSchedule,
} from '@partnership-kit/react';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

// The guide's questions, answered from a partnership: MOU or agreement, establishment steps,
// what needs attention, the review calendar. Each in French and English.

const meta = {
  title: 'Guide/Panels',
  component: AgreementAdvisor,
} satisfies Meta<typeof AgreementAdvisor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The advisor, answered with the keyboard: shared funding turns the advice to an agreement. */
export const AdvisorEnglish: Story = {
  args: { partnership: caseStudy1 },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'A memorandum of understanding fits.',
    );
    const funding = canvas.getByRole('group', {
      name: 'Will funding be shared between the organizations?',
    });
    await userEvent.click(within(funding).getByLabelText('Yes'));
    await expect(canvas.getByRole('status')).toHaveTextContent('A partnership agreement fits.');
  },
};

/** The advisor in French, nothing known yet. */
export const AdvisorFrenchEmpty: Story = {
  args: {},
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Pas encore de recommandation.');
  },
};

/** The five establishment steps of a partnership still being set up. */
export const EstablishmentSteps: StoryObj = {
  render: (_args, { globals }) => (
    <EstablishmentProgress
      partnership={{ ...caseStudy2, purpose: '', resources: [] }}
      locale={globals.locale}
      onNavigate={() => {}}
    />
  ),
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('3 étape(s) sur 5 terminée(s)')).toBeVisible();
  },
};

/** Everything that needs attention a year on, when reviews are late. */
export const IssuesOverdue: StoryObj = {
  render: (_args, { globals }) => (
    <PartnershipIssues
      partnership={caseStudy1}
      today="2027-08-01"
      locale={globals.locale}
      onNavigate={() => {}}
    />
  ),
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('1 error(s), 2 warning(s), 0 note(s)')).toBeVisible();
  },
};

/** The review calendar, in French. */
export const Schedule: StoryObj = {
  render: (_args, { globals }) => (
    <ReviewSchedule partnership={caseStudy1} today="2026-08-01" locale={globals.locale} />
  ),
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('8 octobre 2026')).toBeVisible();
  },
};

/** The steps of a complete partnership, in English. */
export const EstablishmentDone: StoryObj = {
  render: (_args, { globals }) => (
    <EstablishmentProgress partnership={caseStudy1} locale={globals.locale} />
  ),
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('5 of 5 steps done')).toBeVisible();
  },
};

/** Nothing to report, in French. */
export const IssuesClear: StoryObj = {
  render: (_args, { globals }) => (
    <PartnershipIssues partnership={caseStudy1} today="2026-08-01" locale={globals.locale} />
  ),
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Rien à signaler.')).toBeVisible();
  },
};

/** The calendar in English, a year on: overdue items listed. */
export const ScheduleOverdue: StoryObj = {
  render: (_args, { globals }) => (
    <ReviewSchedule partnership={caseStudy1} today="2027-08-01" locale={globals.locale} />
  ),
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Overdue')).toBeVisible();
  },
};
