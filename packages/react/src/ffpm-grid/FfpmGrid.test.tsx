import type { Swot } from '@partnership-kit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { FfpmGrid } from './FfpmGrid';

const empty: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
const sample: Swot = {
  strengths: [
    {
      id: 's-1',
      text: { fr: 'Un champion d’affaires', en: 'A business champion' },
      resourceKind: 'human',
      availability: 'in-place',
    },
  ],
  weaknesses: [
    {
      id: 'w-1',
      text: { fr: 'Aucun formulaire d’aiguillage commun', en: 'No shared referral form' },
    },
  ],
  opportunities: [{ id: 'o-1', text: { fr: 'Nouveaux employeurs', en: 'New employers' } }],
  threats: [
    {
      id: 't-1',
      text: { fr: 'Financement incertain', en: 'Funding uncertain' },
      resourceKind: 'financial',
      availability: 'needed',
    },
  ],
};

function setup(props: Partial<Parameters<typeof FfpmGrid>[0]> = {}, locale = 'en-CA') {
  const user = userEvent.setup();
  const onValueChange = vi.fn();
  const utils = render(
    <PartnershipKitProvider locale={locale}>
      <FfpmGrid defaultValue={sample} onValueChange={onValueChange} {...props} />
    </PartnershipKitProvider>,
  );
  const quadrant = (name: string) => screen.getByRole('region', { name });
  const latest = (): Swot => onValueChange.mock.lastCall?.[0];
  return { user, quadrant, latest, onValueChange, ...utils };
}

describe('FfpmGrid', () => {
  it('shows the four quadrants, titled SWOT in English and FFPM in French', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'SWOT analysis' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Strengths',
      'Weaknesses',
      'Opportunities',
      'Threats',
    ]);
  });

  it('in French: Forces, Faiblesses, Possibilités, Menaces', () => {
    setup({}, 'fr-CA');
    expect(screen.getByRole('heading', { level: 2, name: 'Analyse FFPM' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Forces',
      'Faiblesses',
      'Possibilités',
      'Menaces',
    ]);
  });

  it('adds an item in both languages, with its resource kind and availability, from the keyboard', async () => {
    const { user, quadrant, latest } = setup({ defaultValue: empty });
    const threats = quadrant('Threats');
    const form = within(threats).getByRole('group', { name: 'New item (Threats)' });
    await user.type(within(form).getByLabelText('In French'), 'Renouvellement incertain');
    await user.type(within(form).getByLabelText('In English'), 'Funding renewal uncertain');
    await user.selectOptions(within(threats).getByLabelText('Resource kind'), 'Financial');
    await user.selectOptions(within(threats).getByLabelText('Availability'), 'Needed');
    await user.tab();
    expect(document.activeElement).toBe(within(threats).getByRole('button', { name: 'Add' }));
    await user.keyboard('{Enter}');
    expect(latest().threats).toEqual([
      {
        id: 'swot-1',
        text: { fr: 'Renouvellement incertain', en: 'Funding renewal uncertain' },
        resourceKind: 'financial',
        availability: 'needed',
      },
    ]);
    expect((within(form).getByLabelText('In French') as HTMLInputElement).value).toBe('');
    // Focus stays in the form, ready for the next item.
    expect(document.activeElement).toBe(within(form).getByLabelText('In French'));
  });

  it('asks for a text before adding, and says so next to the field', async () => {
    const { user, quadrant, onValueChange } = setup({ defaultValue: empty });
    await user.click(within(quadrant('Strengths')).getByRole('button', { name: 'Add' }));
    expect(within(quadrant('Strengths')).getByText('Write the item’s text.')).toBeTruthy();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('edits and removes an item, focus staying on the item or its neighbour', async () => {
    const { user, quadrant, latest } = setup();
    const strengths = quadrant('Strengths');
    await user.click(within(strengths).getByRole('button', { name: 'Edit “A business champion”' }));
    const editForm = within(strengths).getByRole('group', { name: 'Text' });
    const english = within(editForm).getByLabelText('In English');
    await user.clear(english);
    await user.type(english, 'Two business champions{Enter}');
    expect(latest().strengths[0]?.text).toEqual({
      fr: 'Un champion d’affaires',
      en: 'Two business champions',
    });
    expect(document.activeElement).toBe(
      within(strengths).getByRole('button', { name: 'Edit “Two business champions”' }),
    );
    await user.click(
      within(strengths).getByRole('button', { name: 'Remove “Two business champions”' }),
    );
    expect(latest().strengths).toEqual([]);
    const addForm = within(strengths).getByRole('group', { name: 'New item (Strengths)' });
    expect(document.activeElement).toBe(within(addForm).getByLabelText('In French'));
  });

  it('moves an item to another quadrant with the menu or Alt+arrows, and announces it', async () => {
    const { user, quadrant, latest } = setup();
    await user.click(
      within(quadrant('Weaknesses')).getByRole('button', {
        name: 'Move to… “No shared referral form”',
      }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Threats' }));
    expect(latest().threats.map((i) => i.id)).toEqual(['t-1', 'w-1']);
    expect(screen.getByRole('status').textContent).toBe(
      '“No shared referral form” moved to Threats.',
    );
    expect(document.activeElement).toBe(
      within(quadrant('Threats')).getByRole('button', {
        name: 'Move to… “No shared referral form”',
      }),
    );
    within(quadrant('Threats'))
      .getByRole('button', { name: 'Edit “No shared referral form”' })
      .focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(latest().threats.map((i) => i.id)).toEqual(['w-1', 't-1']);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(latest().opportunities.map((i) => i.id)).toEqual(['o-1', 'w-1']);
    expect(document.activeElement).toBe(
      within(quadrant('Opportunities')).getByRole('button', {
        name: 'Edit “No shared referral form”',
      }),
    );
  });

  it('reorders with the move buttons, which stay reachable at the ends', async () => {
    const value: Swot = {
      ...empty,
      strengths: [
        { id: 'a', text: { en: 'A' } },
        { id: 'b', text: { en: 'B' } },
      ],
    };
    const { user, quadrant, latest } = setup({ defaultValue: value });
    const up = within(quadrant('Strengths')).getByRole('button', { name: 'Move up “B”' });
    await user.click(up);
    expect(latest().strengths.map((i) => i.id)).toEqual(['b', 'a']);
    expect(document.activeElement).toBe(up);
    expect(up.getAttribute('aria-disabled')).toBe('true');
  });

  it('filters to the resources still needed (EST-2)', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Only resources still needed'));
    const shown = screen.getAllByRole('listitem').map((li) => li.getAttribute('data-item-id'));
    expect(shown).toEqual(['t-1']);
  });

  it('shows an item missing in French in English, marked with its language', () => {
    setup(
      { defaultValue: { ...empty, threats: [{ id: 'x', text: { en: 'Only English' } }] } },
      'fr-CA',
    );
    const text = screen.getByText('Only English');
    expect(text.getAttribute('lang')).toBe('en-CA');
    expect(text.getAttribute('data-fallback')).toBe('true');
  });

  it('read-only: no forms, no buttons', () => {
    setup({ readOnly: true });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByLabelText(/New item/)).toBeNull();
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container } = setup({}, locale);
      await expectNoAxeViolations(container);
    },
  );
});
