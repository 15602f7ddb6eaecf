import { createPartnership } from '@partnership-kit/core';
import { PartnershipWorkspace } from '@partnership-kit/react/workspace';
import { raciPresetMatrix } from '@partnership-kit/templates';
import { caseStudy1, caseStudy2 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import {
  cellAt,
  expectNoPageOverflow,
  inBothLocales,
  localeOf,
  PHONE,
  text,
} from './story-helpers';

// "Build a partnership": the whole guide in one component, in the toolbar's language.
const meta = {
  title: 'Flows/PartnershipWorkspace',
  component: PartnershipWorkspace,
  args: {
    draftStorage: null,
    today: '2026-11-27',
    loadDocx: () => import('@partnership-kit/templates/docx'),
  },
} satisfies Meta<typeof PartnershipWorkspace>;

export default meta;
type Story = StoryObj<typeof meta>;

const starting = createPartnership({
  id: 'new-partnership',
  name: { fr: 'Nouveau partenariat', en: 'New partnership' },
  status: 'establishing',
  languages: ['fr', 'en'],
  organizations: caseStudy1.organizations,
  raci: raciPresetMatrix(['fr', 'en'], { withExampleLetters: true }),
});

/** A partnership being built: two partners, the guide's RACI example to adapt. */
export const Building: Story = { args: { defaultValue: starting } };

/** The first sample (an MOU between two agencies), signed and running. */
export const Running: Story = { args: { defaultValue: caseStudy1 } };

/** The second sample: seven partners under a partnership agreement. */
export const SevenPartners: Story = { args: { defaultValue: caseStudy2 } };

const walk: Story = {
  args: { defaultValue: starting },
  play: async ({ canvas, canvasElement, userEvent, globals, step }) => {
    const locale = localeOf(globals);
    const nav = canvas.getByRole('navigation', { name: text('workspace.steps', locale) });
    for (const view of [
      'EST-2',
      'EST-3',
      'EST-4',
      'EST-5',
      'active',
      'dissolution',
      'EST-1',
    ] as const) {
      await step(view, async () => {
        const name = view.startsWith('EST')
          ? text(`progress.${view}` as 'progress.EST-1', locale)
          : text(`workspace.view.${view}` as 'workspace.view.active', locale);
        await userEvent.click(within(nav).getByRole('button', { name }));
        // The view's own heading takes focus (an editor inside may bear the same name).
        await waitFor(() =>
          expect(document.activeElement?.matches('h3[tabindex="-1"]')).toBe(true),
        );
        await expect(document.activeElement?.textContent).toBe(name);
      });
    }
    await step('one undo for the whole document', async () => {
      await userEvent.click(
        within(nav).getByRole('button', { name: text('progress.EST-3', locale) }),
      );
      const cell = cellAt(canvasElement, 1, 2);
      const before = cell.getAttribute('data-letters');
      cell.focus();
      await userEvent.keyboard('i');
      await expect(cellAt(canvasElement, 1, 2)).toHaveAttribute('data-letters', 'I');
      await userEvent.keyboard('{Control>}z{/Control}');
      await expect(cellAt(canvasElement, 1, 2).getAttribute('data-letters')).toBe(before);
    });
  },
};
const Walk = inBothLocales('Walk every step; one undo', walk);
export const WalkFr = Walk.fr;
export const WalkEn = Walk.en;

const agreementStep: Story = {
  args: { defaultValue: caseStudy1, defaultView: 'EST-5' },
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    await userEvent.click(canvas.getByRole('button', { name: text('preview.open', locale) }));
    const dialog = await screen.findByRole('dialog');
    await expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};
const AgreementStep = inBothLocales('The agreement step: preview in a dialog', agreementStep);
export const AgreementStepFr = AgreementStep.fr;
export const AgreementStepEn = AgreementStep.en;

const phone: Story = {
  args: { defaultValue: caseStudy2, defaultView: 'EST-3' },
  globals: PHONE,
  play: async () => {
    await expectNoPageOverflow();
  },
};
const Phone = inBothLocales('390 px: steps above, nothing wider than the screen', phone);
export const PhoneFr = Phone.fr;
export const PhoneEn = Phone.en;
