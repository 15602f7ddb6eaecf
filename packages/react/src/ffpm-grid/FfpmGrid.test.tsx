import type { Swot } from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { FfpmGrid } from './FfpmGrid';

const empty: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };

function setup(props: Partial<Parameters<typeof FfpmGrid>[0]> = {}, locale = 'en-CA') {
  const user = userEvent.setup();
  const onValueChange = vi.fn();
  const utils = render(
    <PartnershipKitProvider locale={locale}>
      <FfpmGrid defaultValue={caseStudy1.swot} onValueChange={onValueChange} {...props} />
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

  it('adds an item with its resource kind and availability, from the keyboard', async () => {
    const { user, quadrant, latest } = setup({ defaultValue: empty });
    const threats = quadrant('Threats');
    await user.type(
      within(threats).getByLabelText('New item: Threats'),
      'Funding renewal uncertain',
    );
    await user.selectOptions(within(threats).getByLabelText('Resource kind'), 'Financial');
    await user.selectOptions(within(threats).getByLabelText('Availability'), 'Needed');
    await user.tab();
    expect(document.activeElement).toBe(within(threats).getByRole('button', { name: 'Add' }));
    await user.keyboard('{Enter}');
    expect(latest().threats).toEqual([
      {
        id: 'swot-1',
        text: 'Funding renewal uncertain',
        resourceKind: 'financial',
        availability: 'needed',
      },
    ]);
    expect((within(threats).getByLabelText('New item: Threats') as HTMLInputElement).value).toBe(
      '',
    );
  });

  it('keeps focus in the emptied new-item field, so items can be typed one after the other', async () => {
    const { user, quadrant, latest } = setup({ defaultValue: empty });
    const field = within(quadrant('Threats')).getByLabelText('New item: Threats');
    await user.click(field);
    await user.keyboard('Funding renewal uncertain{Enter}');
    expect(document.activeElement).toBe(field);
    expect((field as HTMLInputElement).value).toBe('');
    await user.keyboard('Staff turnover');
    await user.click(within(quadrant('Threats')).getByRole('button', { name: 'Add' }));
    expect(latest().threats.map((item) => item.text)).toEqual([
      'Funding renewal uncertain',
      'Staff turnover',
    ]);
    expect(document.activeElement).toBe(field); // back from the Add button, ready for the next
  });

  it('edits and removes an item', async () => {
    const { user, quadrant, latest } = setup();
    const strengths = quadrant('Strengths');
    await user.click(within(strengths).getByRole('button', { name: /^Edit “A business champion/ }));
    const text = within(strengths).getByLabelText('Text');
    await user.clear(text);
    await user.type(text, 'Two business champions{Enter}');
    expect(latest().strengths[0]?.text).toBe('Two business champions');
    await user.click(
      within(strengths).getByRole('button', { name: 'Remove “Two business champions”' }),
    );
    expect(latest().strengths).toEqual([]);
  });

  it('moves an item to another quadrant with the select or Alt+arrows, and announces it', async () => {
    const { user, quadrant, latest } = setup();
    await user.selectOptions(
      within(quadrant('Weaknesses')).getByLabelText(/^Move “No formal referral/),
      'Threats',
    );
    expect(latest().threats.map((i) => i.id)).toEqual(['t-1', 'w-1']);
    expect(screen.getByRole('status').textContent).toBe(
      '“No formal referral form between the agencies yet” moved to Threats.',
    );
    within(quadrant('Threats'))
      .getByRole('button', { name: /^Edit “No formal referral/ })
      .focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(latest().threats.map((i) => i.id)).toEqual(['w-1', 't-1']);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(latest().opportunities.map((i) => i.id)).toEqual(['o-1', 'w-1']);
  });

  it('reorders with the move buttons', async () => {
    const value: Swot = {
      ...empty,
      strengths: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    };
    const { user, quadrant, latest } = setup({ defaultValue: value });
    await user.click(within(quadrant('Strengths')).getByRole('button', { name: 'Move “B” up' }));
    expect(latest().strengths.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('filters to the resources still needed (EST-2)', async () => {
    const { user } = setup();
    await user.click(screen.getByLabelText('Only resources still needed'));
    const shown = screen.getAllByRole('listitem').map((li) => li.getAttribute('data-item-id'));
    expect(shown).toEqual(['t-1']);
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
