import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { AgreementPreview } from './AgreementPreview';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

describe('AgreementPreview', () => {
  let blobs: Blob[] = [];
  beforeEach(() => {
    blobs = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the MOU of case study 1 as text, in the language chosen, both side by side on request', async () => {
    const user = userEvent.setup();
    inLocale('en', <AgreementPreview partnership={caseStudy1} mode="inline" />);
    const preview = screen.getByRole('region', { name: 'Memorandum of understanding preview' });
    expect(within(preview).getByRole('heading', { level: 3 }).textContent).toBe(
      'Memorandum of understanding',
    );
    expect(
      within(preview).getByText(
        'Everything is filled in: the document can be reviewed, then signed.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByLabelText('Both, French on the left'));
    const parts = [...preview.querySelectorAll('[data-part="language"][lang]')];
    expect(parts.length).toBeGreaterThan(10);
    expect(parts[0]?.getAttribute('lang')).toBe('fr-CA');
    expect(parts[1]?.getAttribute('lang')).toBe('en-CA');
    // Each column shows that language's values: the French purpose in the French column.
    expect(preview.textContent).toContain(caseStudy1.purpose.fr);
    expect(preview.textContent).toContain(caseStudy1.purpose.en);
  });

  it('lists missing values and missing translations apart, each taking the user to the field', async () => {
    const user = userEvent.setup();
    const onFillField = vi.fn();
    inLocale(
      'fr',
      <AgreementPreview
        partnership={{
          ...caseStudy1,
          purpose: {},
          why: { en: caseStudy1.why.en ?? '' },
        }}
        mode="inline"
        onFillField={onFillField}
      />,
    );
    expect(screen.getByText('1 élément à remplir avant la signature')).toBeTruthy();
    expect(screen.getByText('1 traduction manquante')).toBeTruthy();
    expect(screen.getByText('[but du partenariat]').tagName).toBe('MARK');
    const fallback = screen.getByText(caseStudy1.why.en ?? '', { exact: false });
    expect(fallback.closest('[lang]')?.getAttribute('lang')).toBe('en-CA');
    await user.click(screen.getByRole('button', { name: 'but du partenariat' }));
    expect(onFillField).toHaveBeenCalledWith(
      expect.objectContaining({
        fieldId: 'partnership.purpose',
        sectionId: 'purpose',
        kind: 'value',
      }),
    );
    await user.click(screen.getByRole('button', { name: /version française$/ }));
    expect(onFillField).toHaveBeenLastCalledWith(
      expect.objectContaining({ fieldId: 'partnership.why', kind: 'translation', language: 'fr' }),
    );
  });

  it('downloads HTML, Markdown and Word with the right type and content', async () => {
    const user = userEvent.setup();
    inLocale('fr', <AgreementPreview partnership={caseStudy2} mode="inline" />);
    await user.click(screen.getByRole('button', { name: 'Télécharger en HTML' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger en Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger en Word (.docx)' }));
    await waitFor(() => expect(blobs).toHaveLength(3));
    const [html, markdown, docx] = blobs as [Blob, Blob, Blob];
    expect(html.type).toBe('text/html;charset=utf-8');
    expect(await html.text()).toMatch(/^<!DOCTYPE html>\n<html lang="fr-CA">/);
    expect(markdown.type).toBe('text/markdown;charset=utf-8');
    expect(await markdown.text()).toMatch(/^# Accord de partenariat/);
    expect(docx.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const bytes = new Uint8Array(await docx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('copies the text and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    inLocale('en', <AgreementPreview partnership={caseStudy1} mode="inline" />);
    await user.click(screen.getByRole('button', { name: 'Copy the text' }));
    expect(writeText.mock.lastCall?.[0]).toMatch(/^MEMORANDUM OF UNDERSTANDING/);
    expect(screen.getByText('Text copied.')).toBeTruthy();
  });

  it('opens in a dialog that traps focus and closes with Escape, focus back on the button', async () => {
    const user = userEvent.setup();
    inLocale('en', <AgreementPreview partnership={caseStudy2} />);
    const trigger = screen.getByRole('button', { name: 'Preview the document' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Partnership agreement preview' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
  });

  it('works with a mouse: choosing a language and clicking close keep focus in the page', async () => {
    const user = userEvent.setup();
    inLocale('en', <AgreementPreview partnership={caseStudy2} />);
    const trigger = screen.getByRole('button', { name: 'Preview the document' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Partnership agreement preview' });
    const header = dialog.querySelector('[data-part="dialog-header"]') as HTMLElement;
    // The title and the close button come first, before the long document.
    expect(dialog.firstElementChild).toBe(header);
    await user.click(within(dialog).getByLabelText('French'));
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).getByRole('heading', { level: 3 }).textContent).toBe(
      'Accord de partenariat',
    );
    await user.click(within(header).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(trigger));
  });

  // The whole agreement with its annexes: axe needs more than 5 s on a busy two-core machine.
  it.each(['fr-CA', 'en-CA'])('has no axe violation (%s)', { timeout: 20_000 }, async (locale) => {
    const { container } = inLocale(
      locale,
      <AgreementPreview
        partnership={{ ...caseStudy2, scope: {}, why: { en: 'Only in English' } }}
        mode="inline"
        onFillField={() => {}}
      />,
    );
    await expectNoAxeViolations(container);
  });
});
