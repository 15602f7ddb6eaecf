import { ResourcesEditor } from '@partnership-kit/react/editors';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { documentEditorStories } from './editor-stories';

const meta = {
  title: 'Editors/ResourcesEditor',
  component: ResourcesEditor,
  args: {},
} satisfies Meta<typeof ResourcesEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

// The stories every editor has (editor-stories.tsx): each sample on the whole document, and
// "Check this section" in both languages.
const stories = documentEditorStories(ResourcesEditor);
export const TwoAgencies: Story = stories.TwoAgencies;
export const SevenPartners: Story = stories.SevenPartners;
export const OneLanguage: Story = stories.OneLanguage;
export const CheckFr: Story = stories.Check.fr;
export const CheckEn: Story = stories.Check.en;
