import type { Partnership } from '@partnership-kit/core';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { ResourcesEditor } from './ResourcesEditor';
import type { ResourcesValue } from './resources.keys';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

function DocumentPage({
  initial,
  onChange,
}: {
  initial: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <ResourcesEditor
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

function Controlled({ onValueChange }: { onValueChange: (value: ResourcesValue) => void }) {
  const [value, setValue] = useState<ResourcesValue>(caseStudy1);
  return (
    <ResourcesEditor
      value={value}
      partnership={caseStudy1}
      onValueChange={(next) => {
        setValue(next);
        onValueChange(next);
      }}
    />
  );
}

describe('ResourcesEditor (EST-2)', () => {
  it('adds up what each organization has and needs, in dollars written the reader’s way', () => {
    const { unmount } = inLocale(
      'fr-CA',
      <ResourcesEditor defaultValue={caseStudy1} partnership={caseStudy1} />,
    );
    const table = screen.getByRole('table', { name: 'Ressources par organisme' });
    const lakeshore = within(table).getByRole('row', { name: /^Lakeshore ES/ });
    expect(
      within(lakeshore)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0', '2\u00a0500\u00a0$', '0\u00a0$']);
    const shared = within(table).getByRole('row', { name: /^Ressources communes/ });
    expect(
      within(shared)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0\u00a0$', '0\u00a0$']);
    unmount();
    inLocale('en-CA', <ResourcesEditor defaultValue={caseStudy1} partnership={caseStudy1} />);
    expect(byId(`${fieldId(['resources', { id: 'r-2' }, 'amountCents'])}-shown`).textContent).toBe(
      'That is $2,500',
    );
  });

  it('takes an amount typed as a plain number, keeps it as typed, and refuses words', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('fr-CA', <Controlled onValueChange={onValueChange} />);
    const amount = byId(fieldId(['resources', { id: 'r-7' }, 'amountCents']));
    await user.type(amount, '40 000');
    expect(amount.value).toBe('40 000');
    expect(onValueChange.mock.lastCall?.[0].resources[6].amountCents).toBe(4_000_000);
    expect(byId(`${amount.id}-shown`).textContent).toBe('Soit 40\u00a0000\u00a0$');
    const calls = onValueChange.mock.calls.length;
    await user.type(amount, ' environ');
    expect(onValueChange.mock.calls.length).toBe(calls);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(byId(`${amount.id}-error`).textContent).toBe(
      'Inscrivez un montant en chiffres seulement, par exemple 40000.',
    );
    await user.clear(amount);
    expect(onValueChange.mock.lastCall?.[0].resources[6]).not.toHaveProperty('amountCents');
    expect(amount.getAttribute('aria-invalid')).toBeNull();
  });

  it('links a resource to the SWOT items it answers, and unlinks them', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale(
      'en-CA',
      <ResourcesEditor
        defaultValue={caseStudy1}
        partnership={caseStudy1}
        onValueChange={onValueChange}
      />,
    );
    const resource = screen.getByRole('group', { name: /^Resource 2:/ });
    const swot = within(resource).getByRole('group', { name: 'Linked SWOT items' });
    const weakness = within(swot).getByRole('checkbox', {
      name: 'Weakness: Each agency keeps its own files, so the same information is entered twice',
    });
    await user.click(weakness);
    expect(onValueChange.mock.lastCall?.[0].resources[1].swotItemIds).toEqual(['w-2']);
    await user.keyboard(' ');
    expect(onValueChange.mock.lastCall?.[0].resources[1]).not.toHaveProperty('swotItemIds');
  });

  it('adds a resource from the keyboard, focus in its description, and a shared document naming every partner', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    inLocale('en-CA', <DocumentPage initial={caseStudy1} onChange={onChange} />);
    screen.getByRole('button', { name: 'Add a resource' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe(
      `${fieldId(['resources', { id: 'resource-1' }, 'description'])}-fr`,
    );
    await user.keyboard('Un local à Northtown');
    screen.getByRole('button', { name: 'Add a document' }).focus();
    await user.keyboard('{Enter}');
    const kind = byId(fieldId(['sharedDocuments', { id: 'document-1' }, 'kind']));
    expect(document.activeElement).toBe(kind);
    await user.selectOptions(kind, 'Consent');
    const document1 = screen.getByRole('group', { name: /^Document 5/ });
    expect(
      within(document1).getByText('A consent form names every partner the information may go to.'),
    ).toBeTruthy();
    await user.click(within(document1).getByRole('checkbox', { name: 'Northtown CL' }));
    const next: Partnership = onChange.mock.lastCall?.[0];
    expect(next.resources.at(-1)).toEqual({
      id: 'resource-1',
      kind: 'other',
      description: { fr: 'Un local à Northtown' },
      availability: 'in-place',
    });
    expect(next.sharedDocuments.at(-1)).toEqual({
      id: 'document-1',
      kind: 'consent',
      title: {},
      organizationIds: ['lakeshore-es'],
      availability: 'needed',
    });
    // The rest of the document is untouched.
    expect(next.swot).toBe(caseStudy1.swot);
  });

  it('lists what to fix on request: a link to a SWOT item that is gone leads to its checkbox', async () => {
    const user = userEvent.setup({ delay: null });
    const partnership: Partnership = {
      ...caseStudy1,
      resources: caseStudy1.resources.map((r) =>
        r.id === 'r-3' ? { ...r, swotItemIds: ['w-2', 'w-9'] } : r,
      ),
    };
    inLocale('en-CA', <ResourcesEditor defaultValue={partnership} partnership={partnership} />);
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = screen.getByRole('region', { name: 'There is 1 problem to fix' });
    const link = within(summary).getByRole('link', {
      name: 'Linked SWOT items (Resource 3): SWOT item “w-9” does not exist.',
    });
    await user.click(link);
    // The group's first choice: the link names the list of links, not one item in it.
    const swotGroup = screen.getByRole('group', { name: /^Resource 3:/ });
    expect(document.activeElement).toBe(
      within(swotGroup).getByRole('checkbox', {
        name: 'Strength: A business champion and employer breakfasts',
      }),
    );
    await user.click(within(swotGroup).getByRole('checkbox', { name: 'Unknown item (w-9)' }));
    expect(screen.queryByRole('region', { name: /problem/ })).toBeNull();
    expect(screen.getByText('Nothing to fix in this section.')).toBeTruthy();
  });

  it('shows one input per text when the partnership is written in one language', () => {
    inLocale(
      'en-CA',
      <ResourcesEditor defaultValue={oneLanguageSample} partnership={oneLanguageSample} />,
    );
    expect(screen.queryAllByLabelText('In French')).toEqual([]);
    expect(screen.getAllByRole('textbox', { name: /^Description/ })).toHaveLength(
      oneLanguageSample.resources.length,
    );
  });

  it.each([
    ['fr-CA', caseStudy1],
    ['en-CA', caseStudy2],
  ])('has no axe violation (%s)', { timeout: AXE_TEST_MS }, async (locale, partnership) => {
    const { container } = inLocale(
      locale,
      <ResourcesEditor defaultValue={partnership} partnership={partnership} />,
    );
    await expectNoAxeViolations(container);
  });
});
