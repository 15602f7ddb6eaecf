import {
  AgreementAdvisor,
  EstablishmentProgress,
  PartnershipIssues,
  ReviewSchedule,
} from '@partnership-kit/react/guide';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { inBothLocales, localeOf, text } from './story-helpers';

// The guide's questions, answered from a partnership: MOU or agreement, establishment steps,
// what needs attention, the review calendar — in the toolbar's language.
const meta = {
  title: 'Guide/Panels',
  component: AgreementAdvisor,
} satisfies Meta<typeof AgreementAdvisor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The advisor, starting from the first sample (two agencies: an MOU fits). */
export const Advisor: Story = { args: { partnership: caseStudy1 } };

/** The advisor with nothing known yet. */
export const AdvisorEmpty: Story = {};

/** The five establishment steps of a partnership still being set up. */
export const EstablishmentSteps: StoryObj = {
  render: () => (
    <EstablishmentProgress
      partnership={{ ...caseStudy2, purpose: {}, resources: [] }}
      onNavigate={() => {}}
    />
  ),
};

/** The steps of a complete partnership. */
export const EstablishmentDone: StoryObj = {
  render: () => <EstablishmentProgress partnership={caseStudy1} />,
};

/** Everything that needs attention a year on, when reviews are late. */
export const IssuesOverdue: StoryObj = {
  render: () => (
    <PartnershipIssues partnership={caseStudy1} today="2027-08-01" onNavigate={() => {}} />
  ),
};

/** Nothing to report. */
export const IssuesClear: StoryObj = {
  render: () => <PartnershipIssues partnership={caseStudy1} today="2026-08-01" />,
};

/** The review calendar. */
export const Schedule: StoryObj = {
  render: () => <ReviewSchedule partnership={caseStudy1} today="2026-08-01" />,
};

/** The calendar a year on: overdue items listed. */
export const ScheduleOverdue: StoryObj = {
  render: () => <ReviewSchedule partnership={caseStudy1} today="2027-08-01" />,
};

const advisor: Story = {
  args: { partnership: caseStudy1 },
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    await expect(canvas.getByRole('status')).toHaveTextContent(text('advisor.kind.mou', locale));
    const funding = canvas.getByRole('group', { name: text('advisor.sharesFunding', locale) });
    await userEvent.click(within(funding).getByLabelText(text('advisor.yes', locale)));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      text('advisor.kind.partnership-agreement', locale),
    );
    await expect(canvas.getByText(text('advisor.lawyer', locale))).toBeVisible();
  },
};
const AdvisorAnswered = inBothLocales('Advisor: shared funding calls for an agreement', advisor);
export const AdvisorAnsweredFr = AdvisorAnswered.fr;
export const AdvisorAnsweredEn = AdvisorAnswered.en;
