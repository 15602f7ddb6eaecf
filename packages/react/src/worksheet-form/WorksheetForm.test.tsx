import type { WorksheetResponse } from '@partnership-kit/core';
import {
  CONVERSATION_GUIDE_WORKSHEET,
  SELF_REFLECTION_WORKSHEET,
} from '@partnership-kit/templates';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { WorksheetForm, type WorksheetFormProps } from './WorksheetForm';
import type { WorksheetDraftStorage } from './worksheet-draft';

function memoryStorage(
  initial: Record<string, string> = {},
): WorksheetDraftStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

function setup(props: Partial<WorksheetFormProps> = {}, locale = 'en-CA') {
  const user = userEvent.setup(vi.isFakeTimers() ? { advanceTimers: vi.advanceTimersByTime } : {});
  const storage = props.draftStorage === undefined ? memoryStorage() : props.draftStorage;
  const utils = render(
    <PartnershipKitProvider locale={locale}>
      <WorksheetForm
        worksheet={SELF_REFLECTION_WORKSHEET}
        draftStorage={storage}
        draftKey="draft"
        {...props}
      />
    </PartnershipKitProvider>,
  );
  return { user, storage, ...utils };
}

afterEach(() => vi.useRealTimers());

describe('WorksheetForm', () => {
  it('shows every question with its answer in both languages, next steps and progress', async () => {
    const { user } = setup();
    const questions = screen
      .getAllByRole('group')
      .filter((g) => /^\d+\. /.test(g.querySelector('legend')?.textContent ?? ''));
    expect(questions).toHaveLength(10);
    expect(screen.getByText('0 of 10 answered')).toBeTruthy();
    const first = screen.getByRole('group', {
      name: '1. Which employment services do we deliver well?',
    });
    const answer = within(first).getByRole('group', { name: /^Answer to question 1/ });
    const french = within(answer).getByLabelText('In French');
    expect(french.getAttribute('lang')).toBe('fr-CA');
    await user.type(french, 'Développement de l’emploi');
    expect(screen.getByText('1 of 10 answered')).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: 'Add a step to question 1' }));
    const step = within(first).getByRole('group', { name: 'Step 1: what to do' });
    expect(document.activeElement).toBe(within(step).getByLabelText('In French'));
    await user.type(within(step).getByLabelText('In English'), 'Call the ODSP-ES office');
    await user.type(within(first).getByLabelText('Step 1: who'), 'Program manager');
    await user.click(within(first).getByRole('button', { name: 'Remove step 1 of question 1' }));
    expect(within(first).queryByRole('group', { name: 'Step 1: what to do' })).toBeNull();
    expect(document.activeElement).toBe(
      within(first).getByRole('button', { name: 'Add a step to question 1' }),
    );
  });

  it('on submit, lists the errors at the top, focuses the summary, and each link focuses its field', async () => {
    const onSubmit = vi.fn();
    const { user } = setup({
      worksheet: CONVERSATION_GUIDE_WORKSHEET,
      required: ['purpose-why', 'purpose-benefits'],
      onSubmit,
    });
    await user.click(screen.getByRole('button', { name: 'Save the worksheet' }));
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    const summary = screen.getByRole('region', { name: 'There are 2 problems to fix' });
    expect(document.activeElement).toBe(summary);
    const question = screen.getByRole('group', {
      name: '2. What are the benefits of working together?',
    });
    const field = within(question).getByLabelText('In French');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Answer question 2.',
    );
    await user.click(within(summary).getByRole('link', { name: 'Answer question 2.' }));
    expect(document.activeElement).toBe(field);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits a valid response and clears the draft', async () => {
    const onSubmit = vi.fn();
    const storage = memoryStorage({ draft: '{}' });
    const { user } = setup({
      worksheet: CONVERSATION_GUIDE_WORKSHEET,
      required: 'none',
      onSubmit,
      draftStorage: storage,
    });
    await user.type(screen.getAllByLabelText('In English')[0] as HTMLElement, 'Shared job coaches');
    await user.click(screen.getByRole('button', { name: 'Save the worksheet' }));
    expect(onSubmit.mock.lastCall?.[0]).toMatchObject({
      worksheetId: 'conversation-guide',
      answers: { 'purpose-why': { answer: { en: 'Shared job coaches' } } },
    });
    expect(storage.data.draft).toBeUndefined();
    expect(screen.getByText('Worksheet saved.')).toBeTruthy();
  });

  it('asks for one input per answer when the partnership is written in one language', () => {
    render(
      <PartnershipKitProvider locale="en-CA" contentLanguages={['en']}>
        <WorksheetForm worksheet={SELF_REFLECTION_WORKSHEET} draftStorage={null} />
      </PartnershipKitProvider>,
    );
    expect(screen.getAllByRole('textbox', { name: /^Answer to question/ })).toHaveLength(10);
    expect(screen.queryByLabelText('In French')).toBeNull();
  });

  it('autosaves once the typing stops, and keeps a draft', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const onAutosave = vi.fn();
    const { user, storage } = setup({ onAutosave, autosaveDelay: 1000 });
    await user.type(screen.getAllByLabelText('In English')[0] as HTMLElement, 'abc');
    expect(onAutosave).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(onAutosave).toHaveBeenCalledTimes(1);
    expect(
      JSON.parse(storage?.getItem('draft') ?? '{}').answers['services-delivered-well'].answer,
    ).toEqual({ en: 'abc' });
  });

  it('offers to restore a draft from an earlier visit, in French', async () => {
    const draft: WorksheetResponse = {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      answers: { 'funding-sources': { answer: { fr: 'Fondation locale' }, nextSteps: [] } },
    };
    const storage = memoryStorage({ draft: JSON.stringify(draft) });
    const { user } = setup({ draftStorage: storage }, 'fr-CA');
    await user.click(screen.getByRole('button', { name: 'Reprendre l’ébauche' }));
    const question = screen.getByRole('group', { name: /^9\./ });
    expect((within(question).getByLabelText('En français') as HTMLTextAreaElement).value).toBe(
      'Fondation locale',
    );
    expect(screen.queryByText('Une ébauche non enregistrée a été trouvée.')).toBeNull();
  });

  it.each([
    '{not json',
    '{"worksheetId":1}',
    '{"worksheetId":"x","worksheetVersion":1,"answers":{"q":{"answer":3}}}',
  ])('ignores a draft it cannot use: %s', (draft) => {
    setup({ draftStorage: memoryStorage({ draft }) });
    expect(screen.queryByRole('button', { name: 'Restore the draft' })).toBeNull();
  });

  it.each(['fr-CA', 'en-CA'])(
    'has no axe violation (%s), errors shown',
    { timeout: AXE_TEST_MS },
    async (locale) => {
      const { user, container } = setup({ worksheet: CONVERSATION_GUIDE_WORKSHEET }, locale);
      await user.click(
        screen.getByRole('button', {
          name: locale === 'fr-CA' ? 'Enregistrer la feuille de travail' : 'Save the worksheet',
        }),
      );
      await expectNoAxeViolations(container);
    },
  );
});
