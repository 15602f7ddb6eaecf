import type { AgreementTerms, Partnership } from '@partnership-kit/core';
import { CLAUSE_SUGGESTIONS, lintPartnership } from '@partnership-kit/core/rules';
import { caseStudy1, caseStudy2, oneLanguageSample } from '@partnership-kit/templates/samples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS, KEYBOARD_TEST_MS } from '../../test/budgets';
import { fieldId } from '../editors/field-ids';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { AgreementTermsForm } from './AgreementTermsForm';

const TODAY = '2026-08-01';
const inLocale = (locale: string, ui: React.ReactNode) =>
  render(<PartnershipKitProvider locale={locale}>{ui}</PartnershipKitProvider>);

/** Case study 1 before anyone signed, without the clauses named in `without`. */
function unsigned(p: Partnership, without: readonly string[] = []): Partnership {
  const agreement = p.agreement as AgreementTerms;
  const clauses = Object.fromEntries(
    Object.entries(agreement.clauses).filter(([clause]) => !without.includes(clause)),
  );
  return {
    ...p,
    agreement: {
      ...agreement,
      clauses,
      signatories: agreement.signatories.map(({ signedOn: _dropped, ...s }) => s),
    },
  };
}

/** A page that keeps the whole document, as PartnershipWorkspace does. */
function DocumentPage({
  initial,
  onChange,
}: {
  initial: Partnership;
  onChange: (p: Partnership) => void;
}) {
  const [partnership, setPartnership] = useState(initial);
  return (
    <AgreementTermsForm
      today={TODAY}
      partnership={partnership}
      onPartnershipChange={(next) => {
        setPartnership(next);
        onChange(next);
      }}
    />
  );
}

const termination = fieldId(['agreement', 'clauses', 'termination']);

describe('AgreementTermsForm', { timeout: KEYBOARD_TEST_MS }, () => {
  describe('given no agreement yet', () => {
    it('recommends an MOU in plain words and starts one, focus on its kind (AGR-1)', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { agreement: _none, ...rest } = caseStudy1;
      inLocale(
        'en',
        <AgreementTermsForm
          today={TODAY}
          partnership={rest as Partnership}
          defaultValue={undefined}
          onValueChange={onValueChange}
        />,
      );
      const advice = screen.getByRole('complementary', { name: 'The guide’s recommendation' });
      expect(advice.textContent).toContain('A memorandum of understanding fits.');
      expect(advice.textContent).toContain('No funding is shared between the partners.');
      // Plain words: no rule codes.
      expect(advice.textContent).not.toMatch(/AGR-\d|AGR_/);
      const start = screen.getByRole('button', { name: 'Start a memorandum of understanding' });
      expect(start.getAttribute('data-variant')).toBe('primary');
      await user.click(start);
      expect(onValueChange).toHaveBeenLastCalledWith({
        kind: 'mou',
        signatories: [],
        clauses: {},
        provisions: [],
      });
      await waitFor(() => expect(document.activeElement?.id).toBe(fieldId(['agreement', 'kind'])));
      expect(
        screen.getByRole('radio', { name: 'Memorandum of understanding (MOU)' }),
      ).toHaveProperty('checked', true);
      expect(document.querySelector('[data-part="announcer"]')?.textContent).toBe(
        'Memorandum of understanding started.',
      );
    });

    it('never offers an MOU when one organization pays another (AGR-4)', () => {
      const { agreement: _none, ...rest } = caseStudy1;
      inLocale(
        'fr',
        <AgreementTermsForm
          today={TODAY}
          partnership={
            {
              ...rest,
              agreementFacts: { ...rest.agreementFacts, paysForServices: true },
            } as Partnership
          }
        />,
      );
      expect(screen.getByText(/Il faut un contrat/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Commencer un protocole d’entente' })).toBeNull();
      expect(
        screen.getByRole('button', { name: 'Commencer un accord de partenariat' }),
      ).toBeTruthy();
    });
  });

  describe('given an MOU being drafted', () => {
    it('offers the guide’s wording beside an empty clause and saves it only once accepted (AGR-5)', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      inLocale(
        'en',
        <DocumentPage initial={unsigned(caseStudy1, ['termination'])} onChange={onChange} />,
      );
      const suggested = CLAUSE_SUGGESTIONS.termination.mou;
      expect(screen.getByText(suggested?.en ?? '')).toBeTruthy();
      // Shown, not saved: the document still has no termination clause.
      expect(onChange).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Use this wording for “Termination”' }));
      const saved: Partnership = onChange.mock.lastCall?.[0];
      expect(saved.agreement?.clauses.termination).toEqual(suggested);
      const french = document.getElementById(`${termination}-fr`) as HTMLTextAreaElement;
      await waitFor(() => expect(document.activeElement).toBe(french));
      // The offer is gone once the clause holds text; the partners rewrite it.
      expect(
        screen.queryByRole('button', { name: 'Use this wording for “Termination”' }),
      ).toBeNull();
      await user.type(french, ' Fin.');
      expect(onChange.mock.lastCall?.[0].agreement.clauses.termination.fr).toBe(
        `${suggested?.fr} Fin.`,
      );
      expect(document.querySelector('[data-part="announcer"]')?.textContent).toBe(
        'Suggested wording put in “Termination”. Adapt it to your partnership.',
      );
    });

    it('says which clauses this partnership requires, and folds away those an MOU does not hold', () => {
      inLocale(
        'en',
        <AgreementTermsForm
          today={TODAY}
          defaultValue={unsigned(caseStudy1).agreement}
          partnership={caseStudy1}
        />,
      );
      const clause = (id: string) => document.querySelector(`[data-clause="${id}"]`) as HTMLElement;
      expect(clause('termination').dataset.requirement).toBe('required');
      expect(clause('conflictResolution').textContent).toContain(
        'Required in a memorandum of understanding.',
      );
      expect(clause('amendments').dataset.requirement).toBe('optional');
      // Bilingual partnership: both versions must be said to be equally authoritative.
      expect(clause('languageVersions').dataset.requirement).toBe('required');
      const others = clause('governingLaw').closest('details') as HTMLDetailsElement;
      expect(others.open).toBe(false);
      expect(within(others).getByText('Other clauses (8)')).toBeTruthy();
    });

    it('refuses a term core does not accept and says why beside the field, then takes a good one', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      inLocale(
        'en',
        <AgreementTermsForm
          today={TODAY}
          partnership={caseStudy1}
          defaultValue={unsigned(caseStudy1).agreement}
          onValueChange={onValueChange}
        />,
      );
      const term = screen.getByRole('textbox', { name: 'Term (years)' });
      await user.clear(term);
      await user.type(term, '0');
      expect(onValueChange.mock.lastCall?.[0].termYears).toBeUndefined();
      const error = document.getElementById(`${term.id}-error`);
      expect(error?.textContent).toMatch(/^Term \(years\): too short or too small \(minimum 1\)/);
      expect(term.getAttribute('aria-describedby')).toContain(`${term.id}-error`);
      expect(term.getAttribute('aria-invalid')).toBe('true');
      await user.clear(term);
      await user.type(term, '3');
      expect(onValueChange.mock.lastCall?.[0].termYears).toBe(3);
      expect(document.getElementById(`${term.id}-error`)).toBeNull();
    });

    it('shows a short notice as a warning beside its field (DIS-2)', async () => {
      const user = userEvent.setup();
      inLocale('fr', <DocumentPage initial={unsigned(caseStudy1)} onChange={() => undefined} />);
      const notice = screen.getByRole('textbox', { name: 'Préavis de résiliation (en jours)' });
      await user.clear(notice);
      await user.type(notice, '10');
      expect(document.getElementById(`${notice.id}-error`)?.textContent).toBe(
        'Un préavis de 10 jours laisse peu de temps pour informer chaque client\u00a0: le guide propose 30, 60 ou 90 jours.',
      );
    });

    it('checks the section: a focused error summary whose links reach each field, and that follows the fixes', async () => {
      const user = userEvent.setup();
      inLocale(
        'en',
        <DocumentPage
          initial={unsigned(caseStudy1, ['termination', 'conflictResolution'])}
          onChange={() => undefined}
        />,
      );
      await user.click(screen.getByRole('button', { name: 'Check this section' }));
      const summary = await screen.findByRole('region', { name: 'There are 2 problems to fix' });
      await waitFor(() => expect(document.activeElement).toBe(summary));
      await user.click(
        within(summary).getByRole('link', {
          name: 'The MOU or agreement does not say how the partnership ends.',
        }),
      );
      expect(document.activeElement?.id).toBe(`${termination}-fr`);
      await user.click(screen.getByRole('button', { name: 'Use this wording for “Termination”' }));
      expect(screen.getByRole('region', { name: 'There is 1 problem to fix' })).toBeTruthy();
      await user.click(
        screen.getByRole('button', { name: 'Use this wording for “Conflict resolution”' }),
      );
      expect(screen.queryByRole('region', { name: /problem/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Check this section' }));
      expect(screen.getByText('Nothing to fix in this section.')).toBeTruthy();
    });

    it('edits a party’s responsibilities from the keyboard, in one language only', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      inLocale(
        'en',
        <AgreementTermsForm
          today={TODAY}
          partnership={oneLanguageSample}
          defaultValue={oneLanguageSample.agreement}
          onValueChange={onValueChange}
        />,
      );
      expect(screen.queryAllByLabelText('In French')).toEqual([]);
      screen
        .getByRole('button', { name: 'Add a responsibility for Valley Community Living' })
        .focus();
      await user.keyboard('{Enter}');
      const kind = document.activeElement as HTMLSelectElement;
      expect(kind.id).toBe(
        fieldId(['agreement', 'provisions', { id: 'prov-valley-cl-1' }, 'kind']),
      );
      await user.selectOptions(kind, 'Report');
      await user.tab();
      await user.keyboard('A monthly report');
      const provisions = onValueChange.mock.lastCall?.[0].provisions;
      expect(provisions.at(-1)).toEqual({
        id: 'prov-valley-cl-1',
        organizationId: 'valley-cl',
        kind: 'report',
        what: { en: 'A monthly report' },
      });
      // It moves up among Valley's own, past nothing of Riverside's.
      await user.click(screen.getByRole('button', { name: 'Move up “A monthly report”' }));
      expect(onValueChange.mock.lastCall?.[0].provisions.map((p: { id: string }) => p.id)).toEqual([
        'prov-valley-cl-1',
        'prov-1',
        'prov-2',
      ]);
    });

    it('keeps an accepted suggestion in the partnership’s one language only', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      inLocale(
        'fr',
        <AgreementTermsForm
          today={TODAY}
          partnership={oneLanguageSample}
          defaultValue={oneLanguageSample.agreement}
          onValueChange={onValueChange}
        />,
      );
      const amendments = document.querySelector('[data-clause="amendments"]') as HTMLElement;
      // Shown as it would be saved: in English, the partnership’s language.
      expect(
        within(amendments).getByText(CLAUSE_SUGGESTIONS.amendments.mou?.en ?? ''),
      ).toBeTruthy();
      await user.click(
        within(amendments).getByRole('button', {
          name: 'Utiliser ce libellé pour «\u00a0Modifications\u00a0»',
        }),
      );
      expect(onValueChange.mock.lastCall?.[0].clauses.amendments).toEqual({
        en: CLAUSE_SUGGESTIONS.amendments.mou?.en,
      });
    });
  });

  describe('given a partnership agreement', () => {
    const draft = unsigned(caseStudy2);

    it('edits the steering committee and its chair; removing the chair asks first', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      inLocale('fr', <DocumentPage initial={draft} onChange={onChange} />);
      const chair = screen.getByRole('combobox', { name: 'Présidence du comité' });
      const second = draft.agreement?.governance?.members[1];
      await user.selectOptions(chair, second?.id ?? '');
      expect(onChange.mock.lastCall?.[0].agreement.governance.chairMemberId).toBe(second?.id);
      const member = screen.getByRole('group', { name: /^Membre 2/ });
      const name = member.querySelector('legend')?.textContent?.replace(/^Membre 2\s:\s/, '');
      await user.click(screen.getByRole('button', { name: `Retirer «\u00a0${name}\u00a0»` }));
      const dialog = await screen.findByRole('alertdialog');
      await user.click(within(dialog).getByRole('button', { name: 'Retirer' }));
      const next: Partnership = onChange.mock.lastCall?.[0];
      expect(next.agreement?.governance?.members.map((m) => m.id)).not.toContain(second?.id);
      expect(next.agreement?.governance?.chairMemberId).toBeUndefined();
    });

    it('creates the committee with its first member', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { governance: _none, ...agreement } = draft.agreement as AgreementTerms;
      inLocale(
        'en',
        <AgreementTermsForm
          today={TODAY}
          partnership={draft}
          defaultValue={agreement}
          onValueChange={onValueChange}
        />,
      );
      await user.click(screen.getByRole('button', { name: 'Add a committee member' }));
      expect(onValueChange.mock.lastCall?.[0].governance).toEqual({
        members: [{ id: 'cm-1', title: {} }],
      });
    });

    it('asks for a lawyer’s review as a note, not a problem (AGR-3)', async () => {
      const user = userEvent.setup();
      inLocale(
        'en',
        <DocumentPage
          initial={{
            ...draft,
            agreement: { ...(draft.agreement as AgreementTerms), lawyerReviewed: false },
          }}
          onChange={() => undefined}
        />,
      );
      const box = screen.getByRole('checkbox', {
        name: 'A lawyer drafted or reviewed the final document',
      });
      expect(document.getElementById(`${box.id}-note`)?.textContent).toBe(
        'A partnership agreement should be drafted or reviewed by a lawyer.',
      );
      await user.click(box);
      expect(document.getElementById(`${box.id}-note`)).toBeNull();
    });
  });

  describe('given an agreement every party signed', () => {
    it('is read-only with a note about amendments, until a data-entry error is to be corrected', async () => {
      const user = userEvent.setup();
      inLocale('en', <DocumentPage initial={caseStudy1} onChange={() => undefined} />);
      expect(screen.getByText(/Any change must go through a written amendment/)).toBeTruthy();
      const term = screen.getByRole('textbox', { name: 'Term (years)' });
      expect(term).toHaveProperty('readOnly', true);
      expect(screen.queryByRole('button', { name: /Use this wording/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Correct a data-entry error' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Change a signed agreement?' });
      await user.click(within(dialog).getByRole('button', { name: 'Correct' }));
      expect(term).toHaveProperty('readOnly', false);
      await waitFor(() =>
        expect(document.activeElement?.textContent).toMatch(/^Correction allowed/),
      );
    });

    it('offers no way out when the app made it read-only', () => {
      inLocale('en', <AgreementTermsForm partnership={caseStudy1} readOnly today={TODAY} />);
      expect(screen.queryByRole('button', { name: 'Correct a data-entry error' })).toBeNull();
    });
  });

  it('is controlled: shows the value it is given and reports changes without keeping them', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const value = unsigned(caseStudy1).agreement;
    const { rerender } = inLocale(
      'en',
      <AgreementTermsForm
        partnership={caseStudy1}
        value={value}
        onValueChange={onValueChange}
        today={TODAY}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Renewal' }), 'automatic');
    expect(onValueChange.mock.lastCall?.[0].renewal).toBe('automatic');
    expect(screen.getByRole('combobox', { name: 'Renewal' })).toHaveProperty(
      'value',
      'meet-to-decide',
    );
    rerender(
      <PartnershipKitProvider locale="en">
        <AgreementTermsForm
          partnership={caseStudy1}
          value={{ ...(value as AgreementTerms), renewal: 'none' }}
          onValueChange={onValueChange}
          today={TODAY}
        />
      </PartnershipKitProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Renewal' })).toHaveProperty('value', 'none');
  });

  it('links every issue core finds in the terms to a control of the form', async () => {
    const user = userEvent.setup();
    const p = unsigned(caseStudy2, ['termination', 'governingLaw', 'evaluation']);
    inLocale(
      'en',
      <DocumentPage
        initial={{
          ...p,
          agreement: { ...(p.agreement as AgreementTerms), noticeDays: 5, termYears: 9 },
        }}
        onChange={() => undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Check this section' }));
    const summary = await screen.findByRole('region', { name: /problems to fix/ });
    const links = within(summary).getAllByRole('link');
    const expected = lintPartnership(p, { today: TODAY }).filter(
      (i) => i.path[0] === 'agreement' && i.path[1] !== 'signatories' && i.severity !== 'info',
    ).length;
    expect(links.length).toBeGreaterThanOrEqual(expected);
    for (const link of links) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      const target = document.getElementById(id);
      expect(target, link.textContent ?? '').not.toBeNull();
      expect(target?.matches('input, textarea, select'), id).toBe(true);
    }
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation, with and without an agreement (%s)',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { container, unmount } = inLocale(
        locale,
        <AgreementTermsForm partnership={unsigned(caseStudy2)} today={TODAY} />,
      );
      await expectNoAxeViolations(container);
      unmount();
      const { agreement: _none, ...rest } = caseStudy1;
      const empty = inLocale(
        locale,
        <AgreementTermsForm partnership={rest as Partnership} today={TODAY} />,
      );
      await expectNoAxeViolations(empty.container);
    },
  );
});
