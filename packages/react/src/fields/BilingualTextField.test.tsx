import type { LocalizedText } from '@partnership-kit/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { AXE_TEST_MS } from '../../test/budgets';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { BilingualTextField, type BilingualTextFieldProps } from './BilingualTextField';

/** A form that keeps the text, as an editor does, and reports each change. */
function Field({
  initial = {},
  onChange = () => undefined,
  ...props
}: Omit<BilingualTextFieldProps, 'value' | 'onValueChange'> & {
  readonly initial?: LocalizedText;
  readonly onChange?: (value: LocalizedText) => void;
}) {
  const [value, setValue] = useState<LocalizedText>(initial);
  return (
    <BilingualTextField
      {...props}
      value={value}
      onValueChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('BilingualTextField (B1)', () => {
  describe('given a bilingual partnership', () => {
    it('writes each language in its own input, tagged with its language for spell-checkers and screen readers', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      render(
        <PartnershipKitProvider locale="en-CA" contentLanguages={['fr', 'en']}>
          <Field label="Task name" onChange={onChange} />
        </PartnershipKitProvider>,
      );
      const group = screen.getByRole('group', { name: 'Task name' });
      const french = within(group).getByLabelText('In French');
      const english = within(group).getByLabelText('In English');
      expect(french.getAttribute('lang')).toBe('fr-CA');
      expect(english.getAttribute('lang')).toBe('en-CA');
      expect(french.getAttribute('spellcheck')).toBe('true');

      await user.type(french, 'Accueil');
      await user.type(english, 'Intake');
      expect(onChange).toHaveBeenLastCalledWith({ fr: 'Accueil', en: 'Intake' });
    });

    it('marks the side left empty while the other is written, and describes the input with it', async () => {
      render(
        <PartnershipKitProvider locale="fr-CA" contentLanguages={['fr', 'en']}>
          <Field label="Nom de la tâche" initial={{ fr: 'Accueil' }} />
        </PartnershipKitProvider>,
      );
      const english = screen.getByLabelText('En anglais');
      expect(english.getAttribute('aria-describedby')).toContain(`${english.id}-missing`);
      expect(document.getElementById(`${english.id}-missing`)?.textContent).toBe(
        'Traduction manquante',
      );
      expect(screen.getByLabelText('En français').getAttribute('aria-describedby')).toBeNull();
    });

    it.each(['fr-CA', 'en-CA'])(
      'has no axe violations (%s), with a hint, an error and a missing translation',
      { timeout: AXE_TEST_MS },
      async (locale) => {
        const { container } = render(
          <PartnershipKitProvider locale={locale} contentLanguages={['fr', 'en']}>
            <Field
              label="Purpose"
              hint="Why the organizations work together"
              error="Write the purpose."
              initial={{ en: 'Serve job seekers better' }}
              multiline
              required
            />
          </PartnershipKitProvider>,
        );
        await expectNoAxeViolations(container);
      },
    );
  });

  describe('given a partnership written in one language', () => {
    it('shows one input, named by the field’s label, in that language, and flags nothing', () => {
      render(
        <PartnershipKitProvider locale="fr-CA" contentLanguages={['en']}>
          <Field label="Nom de la tâche" initial={{ en: 'Intake' }} required />
        </PartnershipKitProvider>,
      );
      const input = screen.getByRole('textbox', { name: 'Nom de la tâche (obligatoire)' });
      expect(input.getAttribute('lang')).toBe('en-CA');
      expect(screen.getAllByRole('textbox')).toHaveLength(1);
      expect(screen.queryByText('Traduction manquante')).toBeNull();
    });
  });

  describe('given the portal’s translation service (onRequestTranslation)', () => {
    it('offers a translation of the written side, which the person can then review', async () => {
      const user = userEvent.setup();
      const onRequestTranslation = vi.fn(async (text: string) => `${text} (translated)`);
      const onChange = vi.fn();
      render(
        <PartnershipKitProvider locale="en-CA" contentLanguages={['fr', 'en']}>
          <Field
            label="Task name"
            initial={{ fr: 'Accueil' }}
            onChange={onChange}
            onRequestTranslation={onRequestTranslation}
          />
        </PartnershipKitProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Suggest a translation from French' }));
      expect(onRequestTranslation).toHaveBeenCalledWith('Accueil', 'fr', 'en');
      await waitFor(() =>
        expect((screen.getByLabelText('In English') as HTMLInputElement).value).toBe(
          'Accueil (translated)',
        ),
      );
      expect(onChange).toHaveBeenLastCalledWith({ fr: 'Accueil', en: 'Accueil (translated)' });
      expect(screen.queryByRole('button', { name: /Suggest a translation/ })).toBeNull();
    });

    it('keeps what the person typed while the translation was on its way', async () => {
      const user = userEvent.setup();
      let answer: (text: string) => void = () => undefined;
      const onRequestTranslation = vi.fn(
        () => new Promise<string>((resolve) => (answer = resolve)),
      );
      render(
        <PartnershipKitProvider locale="en-CA" contentLanguages={['fr', 'en']}>
          <Field
            label="Task name"
            initial={{ fr: 'Accueil' }}
            onRequestTranslation={onRequestTranslation}
          />
        </PartnershipKitProvider>,
      );
      await user.click(screen.getByRole('button', { name: 'Suggest a translation from French' }));
      await user.type(screen.getByLabelText('In French'), ' des clients');
      answer('Intake');
      await waitFor(() =>
        expect((screen.getByLabelText('In English') as HTMLInputElement).value).toBe('Intake'),
      );
      expect((screen.getByLabelText('In French') as HTMLInputElement).value).toBe(
        'Accueil des clients',
      );
    });

    it('says so when the service fails, and leaves the text as it was', async () => {
      const user = userEvent.setup();
      render(
        <PartnershipKitProvider locale="fr-CA" contentLanguages={['fr', 'en']}>
          <Field
            label="Nom de la tâche"
            initial={{ en: 'Intake' }}
            onRequestTranslation={() => Promise.reject(new Error('offline'))}
          />
        </PartnershipKitProvider>,
      );
      await user.click(
        screen.getByRole('button', { name: 'Proposer une traduction depuis l’anglais' }),
      );
      expect((await screen.findByRole('alert')).textContent).toBe(
        'La traduction n’a pas pu être obtenue. Écrivez ce texte vous-même.',
      );
      expect((screen.getByLabelText('En français') as HTMLInputElement).value).toBe('');
    });
  });
});
