import type { Partnership } from '@partnership-kit/core';
import { caseStudy1, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { PurposeScopeForm } from './PurposeScopeForm';
import type { PurposeScope } from './purpose-scope.keys';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Case study 1 before Northtown's board approved (EST-1: leadership not confirmed yet). */
const beforeBoard: Partnership = {
  ...caseStudy1,
  approvals: caseStudy1.approvals.filter((a) => a.organizationId !== 'northtown-cl'),
};

function DocumentPage({
  initial,
  onChange,
}: {
  initial: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <PurposeScopeForm
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

/** A parent that controls the form's fields. */
function Controlled({ onValueChange }: { onValueChange: (value: PurposeScope) => void }) {
  const [value, setValue] = useState<PurposeScope>(caseStudy1);
  return (
    <PurposeScopeForm
      value={value}
      partnership={caseStudy1}
      onValueChange={(next) => {
        setValue(next);
        onValueChange(next);
      }}
    />
  );
}

describe('PurposeScopeForm (EST-1)', () => {
  it('edits the purpose in both languages and hands back all of its fields (uncontrolled)', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('fr-CA', <PurposeScopeForm onValueChange={onValueChange} />);
    const purpose = screen.getByRole('group', { name: 'But' });
    await user.type(within(purpose).getByLabelText('En français'), 'Collaborer');
    await user.type(within(purpose).getByLabelText('En anglais'), 'Work together');
    const last: PurposeScope = onValueChange.mock.lastCall?.[0];
    expect(last).toEqual({
      name: {},
      purpose: { fr: 'Collaborer', en: 'Work together' },
      scope: {},
      why: {},
      values: {},
      objectives: [],
      approvals: [],
    });
    expect(byId(`${fieldId(['purpose'])}-fr`).lang).toBe('fr-CA');
  });

  it('follows a controlled value, and adds, reorders and removes objectives from the keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('en-CA', <Controlled onValueChange={onValueChange} />);
    screen.getByRole('button', { name: 'Add an objective' }).focus();
    await user.keyboard('{Enter}');
    const french = byId(`${fieldId(['objectives', { id: 'objective-1' }, 'text'])}-fr`);
    expect(document.activeElement).toBe(french);
    await user.keyboard('Tenir un registre');
    await user.click(screen.getByRole('button', { name: 'Move up “Tenir un registre”' }));
    const ids = () => onValueChange.mock.lastCall?.[0].objectives.map((o: { id: string }) => o.id);
    expect(ids()).toEqual(['obj-1', 'obj-2', 'obj-3', 'objective-1', 'obj-4']);
    await user.click(screen.getByRole('button', { name: 'Remove “Tenir un registre”' }));
    expect(ids()).toEqual(['obj-1', 'obj-2', 'obj-3', 'obj-4']);
  });

  it('records a start date typed as day, month and year', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('fr-CA', <PurposeScopeForm defaultValue={caseStudy1} onValueChange={onValueChange} />);
    const started = screen.getByRole('group', { name: 'Date de début' });
    expect(within(started).getByLabelText('Jour')).toHaveProperty('value', '20');
    await user.clear(within(started).getByLabelText('Jour'));
    await user.type(within(started).getByLabelText('Jour'), '3');
    await user.selectOptions(within(started).getByLabelText('Mois'), 'février');
    expect(onValueChange.mock.lastCall?.[0].startedOn).toBe('2026-02-03');
  });

  describe('leadership approval, one row per organization (EST-1, WS-SELF 10)', () => {
    it('says "not confirmed yet", beside the field that fixes it', () => {
      inLocale('en-CA', <PurposeScopeForm defaultValue={beforeBoard} partnership={beforeBoard} />);
      const northtown = screen.getByRole('group', { name: 'Northtown CL' });
      expect(within(northtown).getByText('Not confirmed yet')).toBeTruthy();
      const select = byId(fieldId(['approvals', { id: 'approval-northtown-cl' }, 'approvedBy']));
      expect(select.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(`${select.id}-error`)?.textContent).toBe(
        'Northtown CL’s leadership has not approved the partnership yet (who approved it, and when?).',
      );
      const lakeshore = screen.getByRole('group', { name: 'Lakeshore ES' });
      expect(within(lakeshore).getByText('Approved on December 15, 2025')).toBeTruthy();
    });

    it('records an approval once who and when are both given, focus staying where it was', async () => {
      const user = userEvent.setup({ delay: null });
      const onChange = vi.fn();
      inLocale('en-CA', <DocumentPage initial={beforeBoard} onChange={onChange} />);
      const northtown = screen.getByRole('group', { name: 'Northtown CL' });
      await user.selectOptions(
        within(northtown).getByLabelText('Approved by'),
        'Other (give the title)',
      );
      expect(onChange).not.toHaveBeenCalled();
      const title = within(northtown).getByRole('group', {
        name: 'Title of the person who approved',
      });
      await user.type(within(title).getByLabelText('In English'), 'Board chair');
      const date = within(northtown).getByRole('group', { name: 'Date approved' });
      await user.type(within(date).getByLabelText('Day'), '9');
      await user.selectOptions(within(date).getByLabelText('Month'), 'December');
      await user.type(within(date).getByLabelText('Year'), '2025');
      const next: Partnership = onChange.mock.lastCall?.[0];
      expect(next.approvals.at(-1)).toEqual({
        id: 'approval-northtown-cl',
        organizationId: 'northtown-cl',
        approvedBy: 'other',
        approverTitle: { en: 'Board chair' },
        approvedOn: '2025-12-09',
      });
      expect(document.activeElement).toBe(within(date).getByLabelText('Year'));
      expect(within(northtown).getByText('Approved on December 9, 2025')).toBeTruthy();
      expect(screen.getByText('Approval of Northtown CL recorded.')).toBeTruthy();
    });

    it('shows why core refuses an emptied date, and keeps the document as it was', async () => {
      const user = userEvent.setup({ delay: null });
      const onChange = vi.fn();
      inLocale('fr-CA', <DocumentPage initial={caseStudy1} onChange={onChange} />);
      const lakeshore = screen.getByRole('group', { name: 'Lakeshore ES' });
      const date = within(lakeshore).getByRole('group', { name: 'Date de l’approbation' });
      await user.clear(within(date).getByLabelText('Jour'));
      await user.selectOptions(within(date).getByLabelText('Mois'), '—');
      await user.clear(within(date).getByLabelText('Année'));
      expect(onChange).not.toHaveBeenCalled();
      const error = document.getElementById(
        `${fieldId(['approvals', { id: 'approval-les' }, 'approvedOn'])}-error`,
      );
      expect(error?.textContent).toBe(
        'Date de l’approbation (Lakeshore ES)\u00a0: valeur obligatoire manquante.',
      );
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
        'Date de l’approbation (Lakeshore ES)\u00a0: valeur obligatoire manquante.',
      );
    });

    it('removes an approval on request, back to "not confirmed yet", focus on who approved', async () => {
      const user = userEvent.setup({ delay: null });
      const onChange = vi.fn();
      inLocale('fr-CA', <DocumentPage initial={caseStudy1} onChange={onChange} />);
      await user.click(
        screen.getByRole('button', { name: 'Retirer l’approbation de Northtown CL' }),
      );
      const next: Partnership = onChange.mock.lastCall?.[0];
      expect(next.approvals.map((a) => a.id)).toEqual(['approval-les']);
      const northtown = screen.getByRole('group', { name: 'Northtown CL' });
      expect(within(northtown).getByText('Approbation pas encore confirmée')).toBeTruthy();
      await waitFor(() =>
        expect(document.activeElement).toBe(within(northtown).getByLabelText('Approuvé par')),
      );
    });
  });

  it('lists what to fix on request, each link going to its field', async () => {
    const user = userEvent.setup({ delay: null });
    const partnership = { ...beforeBoard, values: { fr: beforeBoard.values.fr ?? '' } };
    inLocale('en-CA', <PurposeScopeForm defaultValue={partnership} partnership={partnership} />);
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = screen.getByRole('region', { name: 'There are 2 problems to fix' });
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Values: the English version is missing.',
      'Northtown CL’s leadership has not approved the partnership yet (who approved it, and when?).',
    ]);
    await user.click(links[0] as HTMLElement);
    expect(document.activeElement?.id).toBe(`${fieldId(['values'])}-en`);
    await user.click(links[1] as HTMLElement);
    expect(document.activeElement?.id).toBe(
      fieldId(['approvals', { id: 'approval-northtown-cl' }, 'approvedBy']),
    );
  });

  it('shows one input per text when the partnership is written in one language', () => {
    inLocale(
      'fr-CA',
      <PurposeScopeForm defaultValue={oneLanguageSample} partnership={oneLanguageSample} />,
    );
    expect(screen.queryAllByLabelText('En français')).toEqual([]);
    expect(screen.getAllByRole('textbox', { name: 'But' })).toHaveLength(1);
    expect(byId(`${fieldId(['purpose'])}-en`).value).toBe(oneLanguageSample.purpose.en);
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <PurposeScopeForm defaultValue={beforeBoard} partnership={beforeBoard} />,
      );
      await expectNoAxeViolations(container);
    },
  );
});
