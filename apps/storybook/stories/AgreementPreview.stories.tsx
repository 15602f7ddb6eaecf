import { AgreementPreview } from '@partnership-kit/react/preview';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { expectNoPageOverflow, inBothLocales, localeOf, PHONE, text } from './story-helpers';

const meta = {
  title: 'Documents/AgreementPreview',
  component: AgreementPreview,
  // Word and PDF exports are opt-in: the portal passes the DOCX and PDF entries, which need the
  // docx and pdfkit packages.
  args: {
    loadDocx: () => import('@partnership-kit/templates/docx'),
    loadPdf: () => import('@partnership-kit/templates/pdf'),
  },
} satisfies Meta<typeof AgreementPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The button that opens the agreement of the second sample (seven partners) in a dialog. */
export const Dialog: Story = { args: { partnership: caseStudy2 } };

/** Inline: the MOU of the first sample, in the toolbar's language. */
export const Inline: Story = { args: { partnership: caseStudy1, mode: 'inline' } };

/** Inline, French and English side by side. */
export const InlineBilingual: Story = {
  args: { partnership: caseStudy1, mode: 'inline', defaultDocumentLocale: 'fr-en' },
};

/** A partnership written in English only: in French, every text is a missing translation. */
export const MissingTranslations: Story = {
  args: {
    partnership: oneLanguageSample,
    mode: 'inline',
    defaultDocumentLocale: 'fr',
    onFillField: () => {},
  },
};

/** Values still missing, highlighted in the text and listed. */
export const MissingValues: Story = {
  args: {
    partnership: { ...caseStudy1, purpose: {}, scope: {} },
    mode: 'inline',
    onFillField: () => {},
  },
};

const mouse: Story = {
  args: { partnership: caseStudy2 },
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const trigger = canvas.getByRole('button', { name: text('preview.open', locale) });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog');
    // A surface on the screen, title and close at its top.
    const box = dialog.getBoundingClientRect();
    await expect(box.top).toBeGreaterThanOrEqual(0);
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
    const header = dialog.querySelector('[data-part="dialog-header"]') as HTMLElement;
    await expect(header.getBoundingClientRect().top - box.top).toBeLessThan(10);
    // A click on a control inside does not close it (it used to hit the overlay).
    await userEvent.click(
      within(dialog).getByRole('button', { name: text('preview.html', locale) }),
    );
    await expect(screen.getByRole('dialog')).toBe(dialog);
    await userEvent.click(within(dialog).getByLabelText(text('preview.language.en', locale)));
    await userEvent.click(
      within(header).getByRole('button', { name: text('dialog.close', locale) }),
    );
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
const Mouse = inBothLocales('Mouse: a surface on screen, controls clickable, close on top', mouse);
export const MouseFr = Mouse.fr;
export const MouseEn = Mouse.en;

const keyboard: Story = {
  args: { partnership: caseStudy2 },
  play: async ({ canvas, userEvent }) => {
    const trigger = canvas.getByRole('button');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};
const Keyboard = inBothLocales('Keyboard: Enter opens, Escape closes', keyboard);
export const KeyboardFr = Keyboard.fr;
export const KeyboardEn = Keyboard.en;

const phone: Story = {
  args: { partnership: caseStudy1, mode: 'inline', defaultDocumentLocale: 'fr-en' },
  globals: PHONE,
  play: async () => {
    await expectNoPageOverflow();
  },
};
const Phone = inBothLocales('390 px: side by side never widens the page', phone);
export const PhoneFr = Phone.fr;
export const PhoneEn = Phone.en;
