import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { AXE_TEST_MS } from '../test/budgets';
import { AgreementAdvisor } from './agreement-advisor/AgreementAdvisor';
import { EstablishmentProgress } from './establishment-progress/EstablishmentProgress';
import { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
import { PartnershipIssues } from './partnership-issues/PartnershipIssues';
import { ReviewSchedule } from './review-schedule/ReviewSchedule';

const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

describe('AgreementAdvisor', () => {
  it('starts from the partnership and recommends an MOU for case study 1, with the AGR-1 reasons', () => {
    inLocale('en', <AgreementAdvisor partnership={caseStudy1} />);
    expect(screen.getByRole('status').textContent).toBe('A memorandum of understanding fits.');
    expect(screen.getByText('Only 2 organizations take part.')).toBeTruthy();
    // Rule ids are for developers; a working group reads plain words.
    expect(document.body.textContent).not.toMatch(/AGR-\d/);
  });

  it('follows the answers: shared funding calls for an agreement and a lawyer, in French', async () => {
    const user = userEvent.setup();
    const onFactsChange = vi.fn();
    inLocale('fr', <AgreementAdvisor partnership={caseStudy1} onFactsChange={onFactsChange} />);
    const funding = screen.getByRole('group', {
      name: 'Du financement sera-t-il partagé entre les organismes?',
    });
    await user.click(within(funding).getByLabelText('Oui'));
    expect(screen.getByRole('status').textContent).toBe('Un accord de partenariat convient.');
    expect(
      screen.getByText('Faites rédiger ou réviser le document final par un avocat.'),
    ).toBeTruthy();
    expect(onFactsChange.mock.lastCall?.[0]).toMatchObject({ sharesFunding: true });
  });

  it('lists the facts still unknown, and warns when one organization pays another (AGR-4)', async () => {
    const user = userEvent.setup();
    inLocale('en', <AgreementAdvisor />);
    expect(screen.getByRole('status').textContent).toBe('No recommendation yet.');
    const missing = screen.getByText('Still to find out').nextElementSibling as HTMLElement;
    expect(within(missing).getAllByRole('listitem')[0]?.textContent).toBe(
      'Number of organizations',
    );
    const pays = screen.getByRole('group', {
      name: 'Will one organization pay another for services?',
    });
    await user.click(within(pays).getByLabelText('Yes'));
    expect(screen.getByRole('status').textContent).toBe(
      'A contract, or an agreement reviewed by a lawyer, is needed: an MOU does not fit.',
    );
  });
});

describe('EstablishmentProgress', () => {
  it('shows the five steps with their status and what is missing, linking to it', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    const partnership = { ...caseStudy2, purpose: {} };
    inLocale('en', <EstablishmentProgress partnership={partnership} onNavigate={onNavigate} />);
    expect(screen.getByText('4 of 5 steps done')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Purpose and scope In progress',
      'Resources and information Done',
      'Roles (RACI matrix) Done',
      'Performance management Done',
      'MOU or agreement Done',
    ]);
    await user.click(
      screen.getByRole('button', { name: /The purpose of the partnership is not written yet\./ }),
    );
    expect(onNavigate).toHaveBeenCalledWith(
      ['purpose'],
      expect.objectContaining({ code: 'EST_PURPOSE_MISSING' }),
    );
  });
});

describe('EstablishmentProgress in French', () => {
  it('names the steps and their status in French', () => {
    inLocale('fr', <EstablishmentProgress partnership={caseStudy1} />);
    expect(screen.getByText('5 étapes terminées sur 5')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })[0]?.textContent).toBe(
      'But et portée Terminée',
    );
  });
});

describe('ReviewSchedule in English', () => {
  it('writes the dates in English and has nothing overdue on time', () => {
    inLocale('en', <ReviewSchedule partnership={caseStudy1} today="2026-08-01" />);
    expect(screen.getByText('October 8, 2026')).toBeTruthy();
    expect(screen.queryByText('Overdue')).toBeNull();
  });
});

describe('PartnershipIssues', () => {
  it('has nothing to report for a sample on a day when all is up to date', () => {
    inLocale('fr', <PartnershipIssues partnership={caseStudy1} today="2026-08-01" />);
    expect(screen.getByText('Rien à signaler.')).toBeTruthy();
  });

  it('counts and lists what needs attention, by severity', () => {
    inLocale('en', <PartnershipIssues partnership={caseStudy1} today="2027-08-01" />);
    expect(screen.getByText('1 error, 2 warnings, 0 notes')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('data-code'))).toEqual([
      'MEETING_OVERDUE',
      'REVIEW_OVERDUE',
      'RENEWAL_MEETING_DUE',
    ]);
  });
});

describe('ReviewSchedule', () => {
  it('gives the next dates in words, and what is overdue', () => {
    inLocale('fr', <ReviewSchedule partnership={caseStudy1} today="2027-08-01" />);
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms).toEqual([
      'Prochaine rencontre',
      'Prochain examen officiel',
      'Rencontre sur le renouvellement',
      'Fin de l’entente',
    ]);
    expect(screen.getByText('8 janvier 2027')).toBeTruthy();
    // Dates in words, and a non-breaking space before the colon (Canadian French).
    expect(document.body.textContent).toContain(
      'L’examen officiel prévu le 8 janvier 2027 est en retard de 205 jours\u00a0: il en faut au moins deux par année.',
    );
  });
});

describe.each(['fr-CA', 'en-CA'])('guide panels in %s', (locale) => {
  it('have no axe violation', { timeout: AXE_TEST_MS }, async () => {
    expect.hasAssertions();
    const { container } = inLocale(
      locale,
      <>
        <AgreementAdvisor partnership={caseStudy2} />
        <EstablishmentProgress partnership={caseStudy2} onNavigate={() => {}} />
        <PartnershipIssues partnership={caseStudy2} today="2027-08-01" onNavigate={() => {}} />
        <ReviewSchedule partnership={caseStudy2} today="2027-08-01" />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});
