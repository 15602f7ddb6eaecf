import { OrganizationsEditor } from '@partnership-kit/react/editors';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { documentEditorStories } from './editor-stories';

const meta = {
  title: 'Editors/OrganizationsEditor',
  component: OrganizationsEditor,
  args: {},
} satisfies Meta<typeof OrganizationsEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

// The stories every editor has (editor-stories.tsx): each sample on the whole document, and
// "Check this section" in both languages.
const stories = documentEditorStories(OrganizationsEditor);
export const TwoAgencies: Story = stories.TwoAgencies;
export const SevenPartners: Story = stories.SevenPartners;
export const OneLanguage: Story = stories.OneLanguage;
export const CheckFr: Story = stories.Check.fr;
export const CheckEn: Story = stories.Check.en;
