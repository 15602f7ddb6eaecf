import type { AgreementTerms, Partnership, Signatory } from '@partnership-kit/core';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS, KEYBOARD_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { signatureState } from './agreement-signed';
import { SignaturesPanel } from './SignaturesPanel';

const TODAY = '2026-08-01';
const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

const terms = (p: Partnership) => p.agreement as AgreementTerms;
const withSignatories = (p: Partnership, signatories: Signatory[]): Partnership => ({
  ...p,
  agreement: { ...terms(p), signatories },
});
/** Case study 1 with Lakeshore ES's signature still to come. */
const halfSigned = withSignatories(
  caseStudy1,
  terms(caseStudy1).signatories.map((s) =>
    s.organizationId === 'lakeshore-es' ? { ...s, signedOn: undefined } : s,
  ) as Signatory[],
);
const stripUndefined = (p: Partnership): Partnership => JSON.parse(JSON.stringify(p));

function DocumentPage({
  initial,
  onChange,
}: {
  initial: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <SignaturesPanel
      today={TODAY}
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

describe('signatureState', () => {
  it('is complete once every partner has a dated signatory and no listed one is waiting', () => {
    expect(signatureState(caseStudy1).complete).toBe(true);
    expect(signatureState(caseStudy2).complete).toBe(true);
    expect(signatureState(stripUndefined(halfSigned)).complete).toBe(false);
    expect([...signatureState(stripUndefined(halfSigned)).signedOrganizationIds]).toEqual([
      'northtown-cl',
    ]);
    // A blank second line keeps it open: it can still be filled in or removed.
    const blankLine = withSignatories(caseStudy1, [
      ...terms(caseStudy1).signatories,
      { id: 'sig-extra', organizationId: 'lakeshore-es' },
    ]);
    expect(signatureState(blankLine).complete).toBe(false);
    expect(signatureState({ ...caseStudy1, organizations: [] }).complete).toBe(false);
  });
});

describe('SignaturesPanel', { timeout: KEYBOARD_TEST_MS }, () => {
  it('shows the dates as they follow from the signatures, in words, in French', async () => {
    const user = userEvent.setup();
    inLocale(
      'fr',
      <DocumentPage initial={stripUndefined(halfSigned)} onChange={() => undefined} />,
    );
    const dates = () => document.querySelector('[data-part="summary-list"]') as HTMLElement;
    expect(dates().textContent).toContain('À la dernière signature, qui n’a pas encore eu lieu');
    const lakeshore = screen.getByRole('region', { name: /^Lakeshore ES/ });
    expect(within(lakeshore).getByText('Pas encore signé')).toBeTruthy();
    // Samuel Okafor signs on 20 January 2026: the two-year MOU runs from that day.
    const signatory = within(lakeshore).getByRole('group', { name: /^Signataire 1/ });
    const day = within(signatory).getByRole('textbox', { name: 'Jour' });
    await user.type(day, '20');
    await user.selectOptions(within(signatory).getByRole('combobox', { name: 'Mois' }), 'janvier');
    await user.type(within(signatory).getByRole('textbox', { name: 'Année' }), '2026');
    expect(dates().textContent).toContain('20 janvier 2026 (date de la dernière signature)');
    expect(dates().textContent).toContain('20 janvier 2028');
    expect(dates().textContent).toContain(
      'vers le 20 juillet 2027, environ six mois avant l’échéance',
    );
  });

  it('adds a second authorized signatory for an organization from the keyboard', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <SignaturesPanel
        today={TODAY}
        partnership={oneLanguageSample}
        defaultValue={oneLanguageSample.agreement}
        onValueChange={onValueChange}
      />,
    );
    // One language: one input per title.
    expect(screen.queryAllByLabelText('In French')).toEqual([]);
    screen.getByRole('button', { name: 'Add a signatory for Valley Community Living' }).focus();
    await user.keyboard('{Enter}');
    const name = document.activeElement as HTMLInputElement;
    expect(name.id).toBe(fieldId(['agreement', 'signatories', { id: 'sig-valley-cl-1' }, 'name']));
    await user.keyboard('Ana Silva');
    await user.tab();
    await user.keyboard('Board Chair');
    const added = onValueChange.mock.lastCall?.[0].signatories.at(-1);
    expect(added).toEqual({
      id: 'sig-valley-cl-1',
      organizationId: 'valley-cl',
      name: 'Ana Silva',
      title: { en: 'Board Chair' },
    });
    // It moves among Valley's signatories only.
    await user.click(screen.getByRole('button', { name: 'Move up “Ana Silva”' }));
    expect(onValueChange.mock.lastCall?.[0].signatories.map((s: Signatory) => s.id)).toEqual([
      'sig-valley-cl-1',
      'sig-valley',
      'sig-riverside',
    ]);
  });

  it('says which organization has no signatory, and the error summary goes to its add button', async () => {
    const user = userEvent.setup();
    const p = withSignatories(
      caseStudy1,
      terms(caseStudy1).signatories.filter((s) => s.organizationId !== 'lakeshore-es'),
    );
    inLocale('en', <DocumentPage initial={p} onChange={() => undefined} />);
    const lakeshore = screen.getByRole('region', { name: /^Lakeshore ES/ });
    expect(
      within(lakeshore).getByText('Lakeshore ES has no authorized signatory yet.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = await screen.findByRole('region', { name: 'There is 1 problem to fix' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(within(summary).getByRole('link'));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Add a signatory for Lakeshore ES' }),
    );
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: /problem/ })).toBeNull();
  });

  it('is controlled: reports a signature date, shows only the value it is given', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const value = terms(stripUndefined(halfSigned));
    inLocale(
      'en',
      <SignaturesPanel
        today={TODAY}
        partnership={caseStudy1}
        value={value}
        onValueChange={onValueChange}
      />,
    );
    const signatory = screen.getByRole('group', { name: /^Signatory 1: Samuel Okafor/ });
    await user.type(within(signatory).getByRole('textbox', { name: 'Day' }), '1');
    await user.selectOptions(within(signatory).getByRole('combobox', { name: 'Month' }), 'March');
    await user.type(within(signatory).getByRole('textbox', { name: 'Year' }), '2026');
    expect(onValueChange.mock.lastCall?.[0].signatories[2].signedOn).toBe('2026-03-01');
    // The parent kept its value: still waiting for Lakeshore ES.
    expect(screen.getByText('On the last signature, which has not happened yet')).toBeTruthy();
  });

  it('turns read-only once every party signed, with the record of who signed and when', async () => {
    const user = userEvent.setup();
    inLocale('en', <DocumentPage initial={caseStudy2} onChange={() => undefined} />);
    expect(screen.getByText(/Any change must go through a written amendment/)).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: /Add a signatory/ })).toBeNull();
    expect(screen.getAllByText(/^Signed on /)).toHaveLength(9);
    const dates = document.querySelector('[data-part="summary-list"]') as HTMLElement;
    // Case study 2 set its effective date: April 1, 2026, for three years.
    expect(dates.textContent).toContain('April 1, 2026 (the effective date set)');
    expect(dates.textContent).toContain('April 1, 2029');
    await user.click(screen.getByRole('button', { name: 'Correct a data-entry error' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Correct' }),
    );
    expect(screen.getAllByRole('group', { name: /^Signatory/ })).toHaveLength(9);
  });

  it('rolls the term over for an automatic renewal, with no renewal meeting', () => {
    inLocale(
      'en',
      <SignaturesPanel
        today="2029-05-01"
        value={{ ...terms(caseStudy2), renewal: 'automatic' }}
        partnership={caseStudy2}
      />,
    );
    const dates = document.querySelector('[data-part="summary-list"]') as HTMLElement;
    expect(dates.textContent).toContain('April 1, 2032 (term 2, renews automatically)');
    expect(dates.textContent).toContain('None: the agreement renews automatically');
  });

  it('says to start the agreement first when there is none', () => {
    const { agreement: _none, ...rest } = caseStudy1;
    inLocale('fr', <SignaturesPanel partnership={rest as Partnership} today={TODAY} />);
    expect(screen.getByText(/Commencez d’abord le protocole d’entente/)).toBeTruthy();
  });

  it('lists signatories of organizations no longer partners, to remove them', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const p = withSignatories(stripUndefined(halfSigned), [
      ...terms(stripUndefined(halfSigned)).signatories,
      { id: 'sig-gone', organizationId: 'gone', name: 'Old Signatory' },
    ]);
    inLocale(
      'en',
      <SignaturesPanel
        partnership={p}
        defaultValue={p.agreement}
        onValueChange={onValueChange}
        today={TODAY}
      />,
    );
    const strays = screen.getByRole('region', {
      name: 'Signatories of organizations that are no longer partners',
    });
    await user.click(within(strays).getByRole('button', { name: 'Remove “Old Signatory”' }));
    expect(onValueChange.mock.lastCall?.[0].signatories.map((s: Signatory) => s.id)).not.toContain(
      'sig-gone',
    );
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation, editable and signed (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const editable = inLocale(
        locale,
        <SignaturesPanel partnership={stripUndefined(halfSigned)} today={TODAY} />,
      );
      await expectNoAxeViolations(editable.container);
      editable.unmount();
      const signed = inLocale(locale, <SignaturesPanel partnership={caseStudy2} today={TODAY} />);
      await expectNoAxeViolations(signed.container);
    },
  );
});
