import type { Partnership, WorkingGroupMember } from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { WorkingGroupEditor } from './WorkingGroupEditor';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

/** A page that keeps the whole document, as PartnershipWorkspace does. */
function DocumentPage({ onChange }: { onChange: (p: Partnership) => void }) {
  const [partnership, setPartnership] = useState<Partnership>(caseStudy1);
  return (
    <WorkingGroupEditor
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

describe('WorkingGroupEditor', () => {
  it('adds a member from the keyboard, focus in the new title, and edits it in both languages', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <WorkingGroupEditor
        defaultValue={[]}
        onValueChange={onValueChange}
        partnership={caseStudy1}
      />,
    );
    expect(screen.getByText('No one yet.')).toBeTruthy();
    screen.getByRole('button', { name: 'Add a member' }).focus();
    await user.keyboard('{Enter}');
    const french = document.getElementById(
      `${fieldId(['workingGroup', { id: 'member-1' }, 'title'])}-fr`,
    );
    expect(document.activeElement).toBe(french);
    await user.type(french as HTMLElement, 'Direction');
    const member = screen.getByRole('group', { name: /^Member 1/ });
    await user.type(within(member).getByLabelText('In English'), 'Director');
    await user.selectOptions(within(member).getByLabelText('Organization'), 'Northtown CL');
    const last: WorkingGroupMember[] = onValueChange.mock.lastCall?.[0];
    expect(last).toEqual([
      {
        id: 'member-1',
        title: { fr: 'Direction', en: 'Director' },
        organizationId: 'northtown-cl',
      },
    ]);
    expect(document.querySelector('[data-part="announcer"]')?.textContent).toMatch(/added/);
  });

  it('asks before removing a member who attended meetings, then takes them out of those too', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inLocale('fr', <DocumentPage onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Retirer «\u00a0Rachel Tremblay\u00a0»' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Retirer «\u00a0Rachel Tremblay\u00a0»?',
    });
    expect(dialog.textContent).toMatch(/mentionné à \d+ autres endroits/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    const next: Partnership = onChange.mock.lastCall?.[0];
    expect(next.workingGroup.map((m) => m.id)).not.toContain('wg-1');
    expect(next.meetings.records.flatMap((m) => m.attendeeIds)).not.toContain('wg-1');
    // Focus goes to the next member, never to the page.
    await waitFor(() =>
      expect(document.activeElement?.id).toBe(
        `${fieldId(['workingGroup', { id: 'wg-2' }, 'title'])}-fr`,
      ),
    );
  });

  it('cancelling the removal keeps everyone, and focus returns to the button', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inLocale('en', <DocumentPage onChange={onChange} />);
    const remove = screen.getByRole('button', { name: 'Remove “Rachel Tremblay”' });
    await user.click(remove);
    await user.keyboard('{Escape}');
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(remove));
  });

  it('checks the section: a member whose organization is gone is listed, the link reaching the field', async () => {
    const user = userEvent.setup();
    inLocale(
      'en',
      <WorkingGroupEditor
        defaultValue={[
          { id: 'm-1', title: { fr: 'Direction', en: 'Director' }, organizationId: 'gone' },
        ]}
        partnership={caseStudy1}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = await screen.findByRole('region', { name: /problem/ });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(within(summary).getAllByRole('link')[0] as HTMLElement);
    expect(document.activeElement?.id).toBe(
      fieldId(['workingGroup', { id: 'm-1' }, 'organizationId']),
    );
  });

  it('reorders with the move buttons, which stay focusable at the ends', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <WorkingGroupEditor defaultValue={caseStudy1.workingGroup} onValueChange={onValueChange} />,
    );
    const up = screen.getByRole('button', { name: 'Move up “Rachel Tremblay”' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Move down “Rachel Tremblay”' }));
    expect(
      onValueChange.mock.lastCall?.[0].map((m: WorkingGroupMember) => m.id).slice(0, 2),
    ).toEqual(['wg-2', 'wg-1']);
  });

  it('shows one input per title when the partnership is in one language', () => {
    inLocale(
      'en',
      <WorkingGroupEditor
        defaultValue={caseStudy1.workingGroup}
        partnership={{ ...caseStudy1, languages: ['en'], primaryLanguage: 'en' }}
      />,
    );
    expect(screen.queryAllByLabelText('In French')).toEqual([]);
    expect(screen.getAllByRole('textbox', { name: 'Job title' })).toHaveLength(4);
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <WorkingGroupEditor defaultValue={caseStudy1.workingGroup} partnership={caseStudy1} />,
      );
      await expectNoAxeViolations(container);
    },
  );
});
