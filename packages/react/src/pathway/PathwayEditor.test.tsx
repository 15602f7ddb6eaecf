import type { ClientPathway, Partnership } from '@partnership-kit/core';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { PathwayEditor } from './PathwayEditor';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const phaseField = (phaseId: string, field: string) =>
  byId(fieldId(['pathway', 'phases', { id: phaseId }, field]));

function DocumentPage({
  initial,
  onChange,
}: {
  initial: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <PathwayEditor
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

function Controlled({ onValueChange }: { onValueChange: (value: ClientPathway) => void }) {
  const [value, setValue] = useState(caseStudy1.pathway as ClientPathway);
  return (
    <PathwayEditor
      value={value}
      partnership={caseStudy1}
      onValueChange={(next) => {
        setValue(next as ClientPathway);
        onValueChange(next as ClientPathway);
      }}
    />
  );
}

describe('PathwayEditor (PATH)', () => {
  it('shows the primary contact at each phase, and why, from the organization contacted first', async () => {
    const user = userEvent.setup({ delay: null });
    inLocale('fr-CA', <PathwayEditor defaultValue={caseStudy1.pathway} partnership={caseStudy1} />);
    const panel = screen.getByRole('region', { name: 'Contact principal' });
    // By default the job seeker starts where intake is: the first phase's lead (PATH-1).
    expect(
      within(panel).getByLabelText('Organisme auquel la personne s’adresse en premier'),
    ).toHaveProperty('value', 'lakeshore-es');
    const contact = () => panel.querySelector('[data-part="contact-name"]')?.textContent;
    expect(contact()).toBe('Contact principal\u00a0: Lakeshore ES');
    const reasons = () =>
      within(within(panel).getByRole('list', { name: 'Pourquoi' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(reasons()).toEqual([
      'Lakeshore ES a été contacté en premier\u00a0: il fait l’admission et l’évaluation.',
    ]);
    await user.selectOptions(
      within(panel).getByLabelText('Étape où en est la personne'),
      'discovery',
    );
    expect(contact()).toBe('Contact principal\u00a0: Northtown CL');
    expect(reasons()).toEqual([
      'Lakeshore ES a été contacté en premier\u00a0: il fait l’admission et l’évaluation.',
      'Nouvelle étape (Découverte et planification)\u00a0: le contact principal est réexaminé.',
      'Northtown CL fournit le plus de soutiens (1 sur 1)\u00a0: il devient le contact principal.',
    ]);
    const lines = () =>
      [...document.querySelectorAll('[data-part="phase-contact"]')].map((p) => p.textContent);
    expect(lines()).toEqual([
      'Contact principal pendant cette étape\u00a0: Lakeshore ES',
      'Contact principal pendant cette étape\u00a0: Northtown CL',
      'Contact principal pendant cette étape\u00a0: Northtown CL',
      'Contact principal pendant cette étape\u00a0: Lakeshore ES',
    ]);
    await user.selectOptions(
      within(panel).getByLabelText('Organisme auquel la personne s’adresse en premier'),
      'northtown-cl',
    );
    expect(lines()[0]).toBe('Contact principal pendant cette étape\u00a0: Northtown CL');
  });

  it('gives a document without a pathway its first phase, focus in the new name', async () => {
    const user = userEvent.setup({ delay: null });
    const onChange = vi.fn();
    const { pathway: _, ...withoutPathway } = caseStudy1;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    inLocale('en-CA', <DocumentPage initial={withoutPathway as Partnership} onChange={onChange} />);
    expect(screen.getByText('No phases yet.')).toBeTruthy();
    screen.getByRole('button', { name: 'Add a phase' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe(
      `${fieldId(['pathway', 'phases', { id: 'phase-1' }, 'name'])}-fr`,
    );
    await user.keyboard('Admission');
    await user.selectOptions(phaseField('phase-1', 'leadOrganizationId'), 'Lakeshore ES');
    // The document controls the editor from the start, absent pathway or not.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const next: Partnership = onChange.mock.lastCall?.[0];
    expect(next.pathway).toEqual({
      phases: [
        {
          id: 'phase-1',
          name: { fr: 'Admission' },
          leadOrganizationId: 'lakeshore-es',
          supportingOrganizationIds: [],
          services: [],
        },
      ],
    });
    // The lead is not offered as a support of its own phase.
    const supporting = screen.getByRole('group', { name: 'Organizations that support this phase' });
    expect(
      within(supporting)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['northtown-cl']);
  });

  it('edits a controlled pathway: supports, services and a duration, which core checks', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale('fr-CA', <Controlled onValueChange={onValueChange} />);
    const last = (): ClientPathway => onValueChange.mock.lastCall?.[0];
    const retention = screen.getByRole('group', { name: /^Étape 4/ });
    await user.click(within(retention).getByRole('checkbox', { name: 'Northtown CL' }));
    expect(last().phases[3]?.supportingOrganizationIds).toEqual([]);
    await user.click(
      within(retention).getByRole('button', { name: 'Ajouter un service à l’étape 4' }),
    );
    await user.keyboard('Suivi téléphonique');
    expect(last().phases[3]?.services.at(-1)).toEqual({
      id: 'service-1',
      text: { fr: 'Suivi téléphonique' },
    });
    const weeks = phaseField('placement', 'durationWeeks');
    await user.clear(weeks);
    expect(last().phases[2]).not.toHaveProperty('durationWeeks');
    await user.type(weeks, '0');
    // Zero weeks: core refuses it (1 to 520), the reason shows beside the field.
    expect(last().phases[2]).not.toHaveProperty('durationWeeks');
    expect(weeks.value).toBe('0');
    expect(byId(`${weeks.id}-error`).textContent).toBe(
      'Durée en semaines (facultatif) (Étape 3)\u00a0: trop court ou trop petit (minimum 1).',
    );
    await user.type(weeks, '{Backspace}12');
    expect(last().phases[2]?.durationWeeks).toBe(12);
    expect(document.getElementById(`${weeks.id}-error`)).toBeNull();
    await user.type(weeks, ' sem.');
    expect(byId(`${weeks.id}-error`).textContent).toBe(
      'Inscrivez un nombre entier de semaines, par exemple 12.',
    );
  });

  it('reorders phases with the keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    inLocale(
      'en-CA',
      <PathwayEditor
        defaultValue={caseStudy2.pathway}
        partnership={caseStudy2}
        onValueChange={onValueChange}
      />,
    );
    const first = caseStudy2.pathway?.phases[0];
    const name = first?.name.en as string;
    screen.getByRole('button', { name: `Move down “${name}”` }).focus();
    await user.keyboard('{Enter}');
    const ids = onValueChange.mock.lastCall?.[0].phases.map((p: { id: string }) => p.id);
    expect(ids[1]).toBe(first?.id);
    expect(screen.getByText(`“${name}” now 2 of 5.`)).toBeTruthy();
  });

  it('lists what to fix on request: a lead that is not a partner leads to its select', async () => {
    const user = userEvent.setup({ delay: null });
    const pathway = caseStudy1.pathway as ClientPathway;
    const partnership: Partnership = {
      ...caseStudy1,
      pathway: {
        phases: pathway.phases.map((phase, i) =>
          i === 1 ? { ...phase, leadOrganizationId: 'gone-agency' } : phase,
        ),
      },
    };
    inLocale(
      'en-CA',
      <PathwayEditor defaultValue={partnership.pathway} partnership={partnership} />,
    );
    const lead = phaseField('discovery', 'leadOrganizationId');
    expect(lead.value).toBe('gone-agency');
    expect(byId(`${lead.id}-error`).textContent).toBe(
      'Lead organization (Phase 2): organization “gone-agency” is not one of the partners.',
    );
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = screen.getByRole('region', { name: 'There is 1 problem to fix' });
    await user.click(within(summary).getByRole('link'));
    expect(document.activeElement).toBe(lead);
    await user.selectOptions(lead, 'Northtown CL');
    expect(screen.getByText('Nothing to fix in this section.')).toBeTruthy();
  });

  it('shows one input per text when the partnership is written in one language', () => {
    inLocale(
      'fr-CA',
      <PathwayEditor defaultValue={oneLanguageSample.pathway} partnership={oneLanguageSample} />,
    );
    expect(screen.queryAllByLabelText('En français')).toEqual([]);
    const phases = oneLanguageSample.pathway?.phases ?? [];
    expect(phases.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('textbox', { name: /^Nom de l’étape/ })).toHaveLength(phases.length);
  });

  it.each([
    ['fr-CA', caseStudy2],
    ['en-CA', caseStudy1],
  ])('has no axe violation (%s)', { timeout: AXE_TEST_MS }, async (locale, partnership) => {
    const { container } = inLocale(
      locale,
      <PathwayEditor defaultValue={partnership.pathway} partnership={partnership} />,
    );
    await expectNoAxeViolations(container);
  });
});
