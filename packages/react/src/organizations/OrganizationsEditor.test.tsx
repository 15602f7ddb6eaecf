import type { Organization, Partnership } from '@partnership-kit/core';
import { referencesTo } from '@partnership-kit/core/editing';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { OrganizationsEditor } from './OrganizationsEditor';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

const field = (...path: Parameters<typeof fieldId>[0]) =>
  document.getElementById(fieldId(path)) as HTMLInputElement;

/** A page that keeps the whole document, as PartnershipWorkspace does. */
function DocumentPage({
  initial = caseStudy1,
  onChange,
}: {
  initial?: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState<Partnership>(initial);
  return (
    <OrganizationsEditor
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

/** A parent that controls the slice. */
function ControlledPage({ onValueChange }: { onValueChange: (o: Organization[]) => void }) {
  const [value, setValue] = useState<Organization[]>(caseStudy1.organizations);
  return (
    <OrganizationsEditor
      value={value}
      partnership={caseStudy1}
      onValueChange={(next) => {
        setValue(next);
        onValueChange(next);
      }}
    />
  );
}

describe('OrganizationsEditor', () => {
  it('adds an organization from the keyboard, its made-up legal name selected to type over', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale(
      'en-CA',
      <OrganizationsEditor
        defaultValue={[]}
        onValueChange={onValueChange}
        partnership={caseStudy1}
      />,
    );
    expect(screen.getByText('No organizations yet.')).toBeTruthy();
    screen.getByRole('button', { name: 'Add an organization' }).focus();
    await user.keyboard('{Enter}');
    const legalName = field('organizations', { id: 'org-1' }, 'legalName');
    expect(document.activeElement).toBe(legalName);
    expect(legalName.value).toBe('New organization 1');
    await user.keyboard('Riverside Employment Supports Inc.');
    const group = screen.getByRole('group', { name: /^Organization 1/ });
    await user.selectOptions(within(group).getByLabelText('Sector'), 'Employment Ontario');
    await user.type(
      field('organizations', { id: 'org-1' }, 'shortName') as HTMLElement,
      'Riverside ES',
    );
    const last: Organization[] = onValueChange.mock.lastCall?.[0];
    expect(last).toEqual([
      {
        id: 'org-1',
        legalName: 'Riverside Employment Supports Inc.',
        shortName: 'Riverside ES',
        sector: 'employment-ontario',
        services: [],
        pointsOfContact: [],
      },
    ]);
    expect(screen.getByText('“New organization 1” added.')).toBeTruthy();
  });

  it('labels the sectors in French (DS, POSPH ES, EO)', () => {
    inLocale('fr-CA', <OrganizationsEditor defaultValue={caseStudy1.organizations} />);
    const sector = field(
      'organizations',
      { id: 'northtown-cl' },
      'sector',
    ) as unknown as HTMLSelectElement;
    expect([...sector.options].map((o) => o.text)).toEqual([
      'Services aux personnes ayant une déficience intellectuelle',
      'Soutien à l’emploi du POSPH',
      'Emploi Ontario',
      'Autre',
    ]);
    expect(sector.value).toBe('developmental-services');
    expect(screen.getByRole('group', { name: 'Organisme 1\u00a0: Northtown CL' })).toBeTruthy();
  });

  it('keeps an emptied legal name on screen with the reason, and never saves it', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale(
      'en-CA',
      <OrganizationsEditor defaultValue={caseStudy1.organizations} onValueChange={onValueChange} />,
    );
    const legalName = field('organizations', { id: 'lakeshore-es' }, 'legalName');
    await user.clear(legalName);
    expect(legalName.value).toBe('');
    expect(legalName.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(
      legalName.getAttribute('aria-describedby')?.split(' ')[1] ?? '',
    );
    expect(error?.textContent).toBe('Enter the organization’s legal name.');
    for (const [value] of onValueChange.mock.calls)
      expect(value.every((o: Organization) => o.legalName.trim() !== '')).toBe(true);
    await user.type(legalName, 'Lakeshore ES Inc.');
    expect(legalName.getAttribute('aria-invalid')).toBeNull();
    expect(onValueChange.mock.lastCall?.[0][1].legalName).toBe('Lakeshore ES Inc.');
  });

  it('asks before removing a partner named elsewhere, then takes it out of the whole document', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    inLocale('fr-CA', <DocumentPage onChange={onChange} />);
    expect(referencesTo(caseStudy1, 'organization', 'northtown-cl').length).toBeGreaterThan(5);
    await user.click(screen.getByRole('button', { name: 'Retirer «\u00a0Northtown CL\u00a0»' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Retirer «\u00a0Northtown CL\u00a0»?',
    });
    expect(dialog.textContent).toMatch(/mentionné à \d+ autres endroits/);
    await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
    const next: Partnership = onChange.mock.lastCall?.[0];
    expect(next.organizations.map((o) => o.id)).toEqual(['lakeshore-es']);
    expect(referencesTo(next, 'organization', 'northtown-cl')).toEqual([]);
    expect(next.approvals.map((a) => a.organizationId)).toEqual(['lakeshore-es']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        field('organizations', { id: 'lakeshore-es' }, 'legalName'),
      ),
    );
  });

  it('reorders partners with buttons that stay focusable at the ends', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale(
      'en-CA',
      <OrganizationsEditor defaultValue={caseStudy1.organizations} onValueChange={onValueChange} />,
    );
    const up = screen.getByRole('button', { name: 'Move up “Northtown CL”' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    await user.click(up);
    expect(onValueChange).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Move down “Northtown CL”' }));
    expect(onValueChange.mock.lastCall?.[0].map((o: Organization) => o.id)).toEqual([
      'lakeshore-es',
      'northtown-cl',
    ]);
    expect(document.querySelector('[data-part="announcer"]')?.textContent).toBe(
      '“Northtown CL” now 2 of 2.',
    );
  });

  it('adds, edits and removes points of contact and services inside one organization', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('en-CA', <ControlledPage onValueChange={onValueChange} />);
    await user.click(
      screen.getByRole('button', { name: 'Add a point of contact to Lakeshore ES' }),
    );
    const title = document.getElementById(
      `${fieldId(['organizations', { id: 'lakeshore-es' }, 'pointsOfContact', { id: 'contact-1' }, 'title'])}-fr`,
    );
    expect(document.activeElement).toBe(title);
    await user.keyboard('Responsable de l’admission');
    const contact = screen.getByRole('group', { name: /^Point of contact 2/ });
    await user.type(within(contact).getByLabelText('In English'), 'Intake worker');
    await user.type(within(contact).getByLabelText('Phone (optional)'), '705 555-0100');
    let lakeshore: Organization = onValueChange.mock.lastCall?.[0][1];
    expect(lakeshore.pointsOfContact[1]).toEqual({
      id: 'contact-1',
      title: { fr: 'Responsable de l’admission', en: 'Intake worker' },
      phone: '705 555-0100',
    });
    // A service: no other part of the document names it, so it goes without asking.
    await user.click(screen.getByRole('button', { name: 'Remove “Job search and placement”' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    lakeshore = onValueChange.mock.lastCall?.[0][1];
    expect(lakeshore.services.map((s) => s.id)).toEqual(['les-svc-1', 'les-svc-3', 'les-svc-4']);
    await waitFor(() =>
      expect(document.activeElement?.id).toBe(
        `${fieldId(['organizations', { id: 'lakeshore-es' }, 'services', { id: 'les-svc-3' }, 'text'])}-fr`,
      ),
    );
  });

  it('shows issues beside their fields and, on request, in a summary whose links focus the field', async () => {
    const user = userEvent.setup({ delay: null });
    const organizations: Organization[] = caseStudy1.organizations.map((o, i) =>
      i === 0
        ? {
            ...o,
            mission: { fr: o.mission?.fr ?? '' },
            pointsOfContact: [{ id: 'ncl-pm', title: {} }],
          }
        : o,
    );
    inLocale(
      'en-CA',
      <OrganizationsEditor defaultValue={organizations} partnership={caseStudy1} />,
    );
    const titleFr = document.getElementById(
      `${fieldId(['organizations', { id: 'northtown-cl' }, 'pointsOfContact', { id: 'ncl-pm' }, 'title'])}-fr`,
    ) as HTMLElement;
    const inline = `${fieldId(['organizations', { id: 'northtown-cl' }, 'pointsOfContact', { id: 'ncl-pm' }, 'title'])}-error`;
    expect(titleFr.getAttribute('aria-describedby')).toContain(inline);
    expect(document.getElementById(inline)?.textContent).toBe(
      'Northtown CL: a point of contact has no job title.',
    );
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = screen.getByRole('region', { name: 'There are 2 problems to fix' });
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Mission (Northtown CL): the English version is missing.',
      'Northtown CL: a point of contact has no job title.',
    ]);
    await user.click(links[0] as HTMLElement);
    expect(document.activeElement?.id).toBe(
      `${fieldId(['organizations', { id: 'northtown-cl' }, 'mission'])}-en`,
    );
    await user.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(titleFr);
    // The summary follows the fixes: a French title leaves only its English side to write.
    await user.type(titleFr, 'Direction');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Mission (Northtown CL): the English version is missing.',
      'Job title (Northtown CL): the English version is missing.',
    ]);
  });

  it('says there is nothing to fix when the section is complete', async () => {
    const user = userEvent.setup({ delay: null });
    inLocale(
      'fr-CA',
      <OrganizationsEditor defaultValue={caseStudy1.organizations} partnership={caseStudy1} />,
    );
    await user.click(screen.getByRole('button', { name: 'Vérifier cette section' }));
    expect(screen.queryByRole('region', { name: /problème/ })).toBeNull();
    expect(screen.getByText('Rien à corriger dans cette section.').getAttribute('role')).toBe(
      'status',
    );
  });

  it('shows one input per text when the partnership is written in one language', () => {
    inLocale(
      'fr-CA',
      <OrganizationsEditor
        defaultValue={caseStudy2.organizations}
        partnership={{ ...caseStudy2, languages: ['en'], primaryLanguage: 'en' }}
      />,
    );
    expect(screen.queryAllByLabelText('En français')).toEqual([]);
    expect(screen.getAllByRole('textbox', { name: 'Mission' })).toHaveLength(
      caseStudy2.organizations.length,
    );
    expect(field('organizations', { id: 'college' }, 'mission')).toBeNull();
    expect(
      document.getElementById(`${fieldId(['organizations', { id: 'college' }, 'mission'])}-en`),
    ).toBeTruthy();
  });

  it('is read-only when asked: no buttons to add, move or remove', () => {
    inLocale('en-CA', <OrganizationsEditor defaultValue={caseStudy1.organizations} readOnly />);
    expect(screen.queryByRole('button', { name: /Remove|Move/ })).toBeNull();
    expect(field('organizations', { id: 'northtown-cl' }, 'legalName').readOnly).toBe(true);
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = inLocale(
        locale,
        <OrganizationsEditor defaultValue={caseStudy1.organizations} partnership={caseStudy1} />,
      );
      await expectNoAxeViolations(container);
    },
  );
});
