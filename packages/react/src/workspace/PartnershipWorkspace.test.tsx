import type { Partnership } from '@partnership-kit/core';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { PartnershipWorkspace } from './PartnershipWorkspace';
import { missingFieldPath, viewOfPath } from './workspace.steps';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

describe('PartnershipWorkspace', () => {
  it('shows the five steps, then running and ending, as a task list with each step’s status', () => {
    inLocale(
      'en',
      <PartnershipWorkspace defaultValue={caseStudy1} draftStorage={null} today="2026-11-27" />,
    );
    const steps = within(
      screen.getByRole('navigation', { name: 'Partnership steps' }),
    ).getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('button')?.textContent)).toEqual([
      'Purpose and scope',
      'Resources and information',
      'Roles (RACI matrix)',
      'Performance management',
      'MOU or agreement',
      'Active: meetings and reviews',
      'Ending the partnership',
    ]);
    expect(steps[0]?.querySelector('[data-part="tag"]')?.textContent).toBe('Done');
    expect(
      screen.getByRole('button', { name: 'Purpose and scope' }).getAttribute('aria-current'),
    ).toBe('step');
  });

  it('opens a step with its heading focused', async () => {
    const user = userEvent.setup();
    inLocale('en', <PartnershipWorkspace defaultValue={caseStudy1} draftStorage={null} />);
    await user.click(screen.getByRole('button', { name: 'Roles (RACI matrix)' }));
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 3, name: 'Roles (RACI matrix)' }),
    );
    expect(screen.getByRole('grid', { name: 'Roles (RACI matrix)' })).toBeTruthy();
  });

  it('has one undo for the whole document, the grid’s Ctrl+Z included', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const draft: Partnership = { ...caseStudy1, raci: { ...caseStudy1.raci, status: 'draft' } };
    inLocale(
      'en',
      <PartnershipWorkspace
        defaultValue={draft}
        onValueChange={onValueChange}
        draftStorage={null}
        defaultView="EST-3"
      />,
    );
    const cell = screen
      .getByRole('grid')
      .querySelector<HTMLElement>('[data-row="1"][data-col="2"]') as HTMLElement;
    const before = cell.getAttribute('data-letters');
    cell.focus();
    await user.keyboard('i');
    expect(cell.getAttribute('data-letters')).toBe('I');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell.getAttribute('data-letters')).toBe(before);
    expect(onValueChange.mock.lastCall?.[0]).toBe(draft);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(cell.getAttribute('data-letters')).toBe('I');
    // The grid has no undo buttons of its own: one history, not two.
    expect(
      within(screen.getByRole('grid').closest('[data-pk-raci-matrix]') as HTMLElement).queryByRole(
        'button',
        { name: 'Undo' },
      ),
    ).toBeNull();
  });

  it('takes an issue to the exact field that fixes it, in its step', async () => {
    const user = userEvent.setup();
    const unnamed: Partnership = {
      ...caseStudy1,
      workingGroup: [...caseStudy1.workingGroup, { id: 'wg-x', title: {}, organizationId: 'gone' }],
    };
    inLocale(
      'en',
      <PartnershipWorkspace
        defaultValue={unnamed}
        draftStorage={null}
        defaultView="active"
        today="2026-11-27"
      />,
    );
    await user.click(screen.getByRole('button', { name: /not a partner|gone/ }));
    expect(
      screen.getByRole('button', { name: 'Purpose and scope' }).getAttribute('aria-current'),
    ).toBe('step');
    await waitFor(() =>
      expect((document.activeElement as HTMLElement).id).toMatch(
        /^pk-field-workingGroup-~wg-x-organizationId/,
      ),
    );
  });

  it('switches the interface language in place, the partnership’s texts staying bilingual', async () => {
    const user = userEvent.setup();
    inLocale('en', <PartnershipWorkspace defaultValue={caseStudy2} draftStorage={null} />);
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByRole('navigation', { name: 'Étapes du partenariat' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const side = document.querySelector('[data-pk-bilingual-field] [data-lang="en"]');
    expect(side?.querySelector('label')?.textContent).toBe('En anglais');
    expect(side?.querySelector('input, textarea')?.getAttribute('lang')).toBe('en-CA');
  });

  it('autosaves a draft after a pause, and offers it back on the next visit', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const onAutosave = vi.fn();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const first = inLocale(
      'en',
      <PartnershipWorkspace
        defaultValue={caseStudy1}
        draftStorage={storage}
        onAutosave={onAutosave}
        autosaveDelay={500}
        defaultView="dissolution"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Start ending the partnership' }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(onAutosave).toHaveBeenCalledTimes(1);
    first.unmount();
    inLocale('en', <PartnershipWorkspace defaultValue={caseStudy1} draftStorage={storage} />);
    await user.click(await screen.findByRole('button', { name: 'Restore the draft' }));
    expect(screen.queryByRole('button', { name: 'Restore the draft' })).toBeNull();
    vi.useRealTimers();
  });

  it('maps issues and missing fields to where they are edited', () => {
    expect(viewOfPath(['agreement', 'signatories', 0])).toBe('EST-5');
    expect(viewOfPath(['meetings', 'records', 2, 'actionItems'])).toBe('active');
    expect(viewOfPath(['meetings', 'cadenceMonths'])).toBe('EST-4');
    expect(
      missingFieldPath(caseStudy1, {
        fieldId: 'organization.mission',
        organizationId: 'lakeshore-es',
      }),
    ).toEqual(['organizations', 1, 'mission']);
    expect(missingFieldPath(caseStudy1, { fieldId: 'clause.termination' })).toEqual([
      'agreement',
      'clauses',
      'termination',
    ]);
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <PartnershipWorkspace defaultValue={caseStudy2} draftStorage={null} />,
      );
      await expectNoAxeViolations(container);
    },
  );

  it('renders on the server and hydrates without a warning', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ui = (
      <StrictMode>
        <PartnershipKitProvider locale="fr-CA">
          <PartnershipWorkspace defaultValue={caseStudy2} draftStorage={null} today="2026-11-27" />
        </PartnershipKitProvider>
      </StrictMode>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelector('[data-pk-workspace]')).not.toBeNull();
    await act(async () => {
      hydrateRoot(container, ui);
    });
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    error.mockRestore();
    warn.mockRestore();
    container.remove();
  });
});
