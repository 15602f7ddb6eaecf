import { MeetingLog } from '@partnership-kit/react/editors';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { documentEditorStories } from './editor-stories';

const meta = {
  title: 'Editors/MeetingLog',
  component: MeetingLog,
  args: { today: '2026-11-27' },
} satisfies Meta<typeof MeetingLog>;

export default meta;
type Story = StoryObj<typeof meta>;

// The stories every editor has (editor-stories.tsx): each sample on the whole document, and
// "Check this section" in both languages.
const stories = documentEditorStories(MeetingLog, { today: '2026-11-27' });
export const TwoAgencies: Story = stories.TwoAgencies;
export const SevenPartners: Story = stories.SevenPartners;
export const OneLanguage: Story = stories.OneLanguage;
export const CheckFr: Story = stories.Check.fr;
export const CheckEn: Story = stories.Check.en;
