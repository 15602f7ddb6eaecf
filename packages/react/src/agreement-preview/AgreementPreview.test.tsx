import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { AgreementPreview } from './AgreementPreview';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

describe('AgreementPreview', () => {
  let blobs: Blob[] = [];
  let downloads: string[] = [];
  beforeEach(() => {
    blobs = [];
    downloads = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    // A download link's click would make jsdom try to navigate, which it cannot do ("Not
    // implemented: navigation to another Document"): record the file name the link offers.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
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
    const loadDocx = vi.fn(() => import('@partnership-kit/templates/docx'));
    inLocale('fr', <AgreementPreview partnership={caseStudy2} mode="inline" loadDocx={loadDocx} />);
    await user.click(screen.getByRole('button', { name: 'Télécharger en HTML' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger en Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Télécharger en Word (.docx)' }));
    await waitFor(() => expect(blobs).toHaveLength(3));
    expect(loadDocx).toHaveBeenCalledTimes(1); // only when Word was asked for
    expect(downloads).toEqual([
      'partnership-agreement.fr.html',
      'partnership-agreement.fr.md',
      'partnership-agreement.fr.docx',
    ]);
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

  it('offers no Word or PDF download unless the portal passes their entries (loadDocx, loadPdf)', () => {
    inLocale('en', <AgreementPreview partnership={caseStudy1} mode="inline" />);
    expect(screen.getByRole('button', { name: 'Download HTML' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download Word (.docx)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download PDF' })).toBeNull();
  });

  it('downloads an accessible PDF, its entry loaded only when a PDF is asked for', async () => {
    const user = userEvent.setup();
    const loadPdf = vi.fn(() => import('@partnership-kit/templates/pdf'));
    inLocale(
      'en',
      <AgreementPreview
        partnership={caseStudy1}
        mode="inline"
        defaultDocumentLocale="fr-en"
        loadPdf={loadPdf}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Download HTML' }));
    expect(loadPdf).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(blobs).toHaveLength(2), { timeout: 20_000 });
    expect(loadPdf).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual(['mou.fr-en.html', 'mou.fr-en.pdf']);
    const pdf = blobs[1] as Blob;
    expect(pdf.type).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain('/StructTreeRoot');
    expect(screen.getByText('File ready: mou.fr-en.pdf')).toBeTruthy();
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

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <AgreementPreview
          partnership={{ ...caseStudy2, scope: {}, why: { en: 'Only in English' } }}
          mode="inline"
          onFillField={() => {}}
        />,
      );
      await expectNoAxeViolations(container);
    },
  );
});
