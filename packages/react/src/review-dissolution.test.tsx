import type { Dissolution, ReviewRecord } from '@partnership-kit/core';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { AXE_TEST_MS } from '../test/budgets';
import { DissolutionChecklist } from './dissolution-checklist/DissolutionChecklist';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { ReviewChecklist } from './review-checklist/ReviewChecklist';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);
const review: ReviewRecord = { id: 'rev-2', date: '2027-01-15', reviewer: 'external', answers: {} };

describe('ReviewChecklist', () => {
  it('asks every question of the five areas and colours each area as answers come in', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = inLocale(
      'en',
      <ReviewChecklist defaultValue={review} onValueChange={onValueChange} />,
    );
    expect(container.querySelectorAll('fieldset[data-part="question"]')).toHaveLength(16);
    expect(screen.getByRole('status').textContent).toBe('Overall: Not started yet');
    const leadership = screen.getByRole('region', { name: 'Leadership' });
    for (const question of within(leadership).getAllByRole('group'))
      await user.click(within(question).getByLabelText('Yes'));
    expect(leadership.getAttribute('data-status')).toBe('green');
    const funding = screen.getByRole('region', { name: 'Funding' });
    await user.click(
      within(within(funding).getAllByRole('group')[2] as HTMLElement).getByLabelText('No'),
    );
    expect(funding.getAttribute('data-status')).toBe('red');
    expect(screen.getByRole('status').textContent).toBe('Overall: Red: needs work');
    expect(onValueChange.mock.lastCall?.[0].answers).toMatchObject({
      'leadership-1': 'yes',
      'leadership-2': 'yes',
      'funding-3': 'no',
    });
  });

  it('is in French with the provider', () => {
    inLocale('fr', <ReviewChecklist defaultValue={review} />);
    expect(screen.getByRole('region', { name: 'Répartition du travail' })).toBeTruthy();
    expect(screen.getAllByLabelText('Sans objet')).toHaveLength(16);
  });
});

describe('DissolutionChecklist', () => {
  const dissolution: Dissolution = {
    noticeGivenOn: '2027-06-01',
    checklist: { 'written-notice': true },
    clientHandovers: [{ id: 'h1', jobSeeker: 'File 2027-031', handedOver: false }],
  };

  it('gives the end date from the notice (DIS-2), the checklist, and the clients still without support (DIS-3)', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    inLocale(
      'en',
      <DissolutionChecklist
        partnership={caseStudy1}
        defaultValue={dissolution}
        onValueChange={onValueChange}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'The partnership ends on July 31, 2027 (60 days’ notice).',
    );
    expect(screen.getByText(/File 2027-031 has no other support yet/)).toBeTruthy();
    expect(screen.getAllByRole('checkbox')).toHaveLength(7);
    await user.click(
      screen.getByLabelText('We recognize what it achieved and prepare future work'),
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    await user.click(screen.getByRole('checkbox', { name: /Document the partnership’s history/ }));
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({
      path: 'celebrate-and-close',
      checklist: { 'document-history': true },
    });
  });

  it('says when the end date cannot be known, in French', () => {
    inLocale('fr', <DissolutionChecklist partnership={{}} defaultValue={dissolution} />);
    expect(screen.getByText(/Le délai de préavis n’est pas fixé/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe.each(['fr-CA', 'en-CA'])('review and dissolution in %s', (locale) => {
  it('have no axe violation', { timeout: AXE_TEST_MS }, async () => {
    expect.hasAssertions();
    const { container } = inLocale(
      locale,
      <>
        <ReviewChecklist defaultValue={review} />
        <DissolutionChecklist
          partnership={caseStudy1}
          defaultValue={{ checklist: {}, clientHandovers: [] }}
        />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});
