import type { MeetingPlan, Partnership } from '@partnership-kit/core';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS, KEYBOARD_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { MeetingLog } from './MeetingLog';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

function DocumentPage({
  initial,
  today,
  onChange,
}: {
  initial: Partnership;
  today: string;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <MeetingLog
      today={today}
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

describe('MeetingLog', { timeout: KEYBOARD_TEST_MS }, () => {
  it('records a meeting from the keyboard: date, attendees, a decision and an action item (REV-1)', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <MeetingLog
        today="2026-08-01"
        partnership={caseStudy1}
        defaultValue={{ cadenceMonths: 3, records: [] }}
        onValueChange={onValueChange}
      />,
    );
    expect(screen.getByText('No meetings recorded yet.')).toBeTruthy();
    screen.getByRole('button', { name: 'Record a meeting' }).focus();
    await user.keyboard('{Enter}');
    // Focus on the new meeting's date, which starts on today.
    expect(document.activeElement?.id).toBe(
      fieldId(['meetings', 'records', { id: 'meeting-1' }, 'date']),
    );
    expect(document.querySelector('[data-part="announcer"]')?.textContent).toBe(
      '“Regular meeting of August 1, 2026” added.',
    );
    const meeting = screen.getByRole('group', { name: 'Regular meeting of August 1, 2026' });
    await user.click(
      within(meeting).getByRole('checkbox', { name: 'Rachel Tremblay (Northtown CL)' }),
    );
    await user.click(
      within(meeting).getByRole('checkbox', { name: 'Amélie Gauthier (Lakeshore ES)' }),
    );
    await user.click(within(meeting).getByRole('button', { name: 'Add a decision' }));
    await user.keyboard('Essayer un nouveau formulaire');
    await user.click(within(meeting).getByRole('button', { name: 'Add an action item' }));
    await user.keyboard('Rédiger le formulaire');
    const item = within(meeting).getByRole('group', { name: /^Action item 1/ });
    await user.selectOptions(
      within(item).getByRole('combobox', { name: 'Owner (working group member)' }),
      'Priya Natarajan',
    );
    await user.type(within(item).getByRole('textbox', { name: 'Day' }), '15');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Month' }), 'September');
    await user.type(within(item).getByRole('textbox', { name: 'Year' }), '2026');
    const plan: MeetingPlan = onValueChange.mock.lastCall?.[0];
    expect(plan.records).toEqual([
      {
        id: 'meeting-1',
        date: '2026-08-01',
        kind: 'regular',
        attendeeIds: ['wg-1', 'wg-4'],
        decisions: [{ id: 'meeting-1-d-1', text: { fr: 'Essayer un nouveau formulaire' } }],
        actionItems: [
          {
            id: 'meeting-1-a-1',
            text: { fr: 'Rédiger le formulaire' },
            done: false,
            ownerId: 'wg-2',
            dueOn: '2026-09-15',
          },
        ],
      },
    ]);
  });

  it('lists the overdue action items at the top; ticking one off clears it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inLocale('en', <DocumentPage initial={caseStudy2} today="2027-03-01" onChange={onChange} />);
    const overdue = screen.getByRole('region', { name: '1 overdue action item' });
    const link = within(overdue).getByRole('link');
    expect(link.textContent).toMatch(/^Action item “.+” was due on .+ \(\d+ days late\)\.$/);
    await user.click(link);
    const done = document.activeElement as HTMLInputElement;
    expect(done.type).toBe('checkbox');
    expect(done.checked).toBe(false);
    // Marked in place too, and the box is described by the reason.
    const item = done.closest('fieldset') as HTMLElement;
    expect(within(item).getByText('Overdue')).toBeTruthy();
    expect(document.getElementById(done.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      link.textContent,
    );
    await user.keyboard(' ');
    expect(onChange.mock.lastCall?.[0].meetings.records[2].actionItems[0].done).toBe(true);
    expect(screen.queryByRole('region', { name: /overdue action item/ })).toBeNull();
    expect(within(item).queryByText('Overdue')).toBeNull();
  });

  it('warns beside the field when formal reviews are over six months apart (REV-2), and refuses more than two years', async () => {
    const user = userEvent.setup();
    inLocale(
      'fr',
      <DocumentPage initial={caseStudy1} today="2026-08-01" onChange={() => undefined} />,
    );
    const interval = screen.getByRole('textbox', {
      name: 'Intervalle entre les examens officiels (en mois)',
    });
    await user.clear(interval);
    await user.type(interval, '8');
    expect(document.getElementById(`${interval.id}-error`)?.textContent).toBe(
      'Un examen officiel tous les 8 mois ne suffit pas\u00a0: il en faut au moins deux par année, donc tous les six mois au plus.',
    );
    await user.type(interval, '0');
    expect(document.getElementById(`${interval.id}-error`)?.textContent).toMatch(
      /^Intervalle entre les examens officiels \(en mois\)\u00a0: trop long ou trop grand \(maximum 24\)/,
    );
    expect(interval).toHaveProperty('value', '80');
  });

  it('refuses a meeting without a date, and says so beside the date', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inLocale('en', <DocumentPage initial={caseStudy1} today="2026-08-01" onChange={onChange} />);
    const meeting = screen.getByRole('group', { name: 'Regular meeting of April 14, 2026' });
    const date = within(meeting).getByRole('group', { name: /^Meeting date/ });
    await user.clear(within(date).getByRole('textbox', { name: 'Day' }));
    await user.selectOptions(within(date).getByRole('combobox', { name: 'Month' }), '—');
    await user.clear(within(date).getByRole('textbox', { name: 'Year' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(within(date).getByText(/^Meeting date: a required value is missing/)).toBeTruthy();
    // What was typed stays on screen: the person picks another date.
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveProperty('value', '');
  });

  it('checks the section: a missed meeting links to the button that records one', async () => {
    const user = userEvent.setup();
    inLocale(
      'en',
      <DocumentPage initial={caseStudy1} today="2027-03-01" onChange={() => undefined} />,
    );
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = await screen.findByRole('region', { name: 'There is 1 problem to fix' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(within(summary).getByRole('link', { name: /regular meeting due on/ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Record a meeting' }));
  });

  it('says there is nothing to fix when nothing is', async () => {
    const user = userEvent.setup();
    inLocale(
      'fr',
      <DocumentPage initial={caseStudy1} today="2026-08-01" onChange={() => undefined} />,
    );
    await user.click(screen.getByRole('button', { name: 'Vérifier cette section' }));
    expect(screen.getByText('Rien à corriger dans cette section.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Examen officiel du 8 juillet 2026' })).toBeTruthy();
  });

  it('shows one input per text in a one-language partnership', () => {
    inLocale('en', <MeetingLog partnership={oneLanguageSample} today="2026-08-01" />);
    expect(screen.queryAllByLabelText('In French')).toEqual([]);
    expect(screen.getAllByRole('textbox', { name: 'Minutes' })).toHaveLength(
      oneLanguageSample.meetings.records.length,
    );
  });

  it('is controlled: reports the cadence, keeps showing the value it is given', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <MeetingLog
        today="2026-08-01"
        partnership={caseStudy1}
        value={caseStudy1.meetings}
        onValueChange={onValueChange}
      />,
    );
    const cadence = screen.getByRole('combobox', { name: 'Who leads formal reviews' });
    await user.selectOptions(cadence, 'An impartial internal process');
    expect(onValueChange.mock.lastCall?.[0].reviewer).toBe('internal');
    expect(cadence).toHaveProperty('value', 'external');
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <MeetingLog partnership={caseStudy2} today="2027-03-01" />,
      );
      await expectNoAxeViolations(container);
    },
  );
});
