import { AgreementPreview } from '@partnership-kit/react';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor } from 'storybook/test';

const meta = {
  title: 'Documents/AgreementPreview',
  component: AgreementPreview,
  // Word export is opt-in: the portal passes the DOCX entry, which needs the docx package.
  args: { loadDocx: () => import('@partnership-kit/templates/docx') },
} satisfies Meta<typeof AgreementPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In a dialog: the agreement of the second sample, opened and closed with the keyboard. */
export const Dialog: Story = {
  args: { partnership: caseStudy2 },
  globals: { locale: 'en-CA' },
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'Preview the document' });
    await userEvent.click(trigger);
    await expect(
      await screen.findByRole('dialog', { name: 'Partnership agreement preview' }),
    ).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Inline, French and English side by side. */
export const InlineBilingual: Story = {
  args: { partnership: caseStudy1, mode: 'inline', defaultDocumentLocale: 'fr-en' },
  globals: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('Tout est rempli : le document est prêt à signer.'),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Télécharger en Word (.docx)' })).toBeVisible();
  },
};

/** Inline, with fields still missing, highlighted and listed. */
export const Missing: Story = {
  args: {
    partnership: { ...caseStudy1, purpose: '', scope: '' },
    mode: 'inline',
    onFillField: () => {},
  },
  globals: { locale: 'en-CA' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('To fill in before signing (1)')).toBeVisible();
  },
};
