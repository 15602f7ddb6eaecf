import { FfpmGrid } from '@partnership-kit/react';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { expectVisibleFocus, inBothLocales, localeOf, text } from './story-helpers';

// U1: focus stays on the item acted on (never the page), a visible ring after Alt+arrows, and a
// "move to" menu that moves nothing until a choice is made. Both languages.
const meta = {
  title: 'SWOT/FfpmGrid/Interactions',
  component: FfpmGrid,
  args: { defaultValue: caseStudy1.swot },
} satisfies Meta<typeof FfpmGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

const quadrant = (
  canvas: ReturnType<typeof within>,
  key: 'ffpm.strengths' | 'ffpm.weaknesses' | 'ffpm.threats' | 'ffpm.opportunities',
  locale: string,
): HTMLElement => canvas.getByRole('region', { name: text(key, locale) });

const addItem: Story = {
  args: { defaultValue: { strengths: [], weaknesses: [], opportunities: [], threats: [] } },
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const threats = quadrant(canvas, 'ffpm.threats', locale);
    const french = within(threats).getByLabelText(text('field.language.fr', locale));
    await userEvent.type(french, 'Financement incertain');
    await userEvent.type(
      within(threats).getByLabelText(text('field.language.en', locale)),
      'Funding uncertain{Enter}',
    );
    await expect(
      within(threats).getByText(locale === 'fr-CA' ? 'Financement incertain' : 'Funding uncertain'),
    ).toBeVisible();
    // Ready for the next item: focus back in the empty field.
    await waitFor(() => expect(french).toHaveFocus());
  },
};
const AddItem = inBothLocales('Add an item from the keyboard', addItem);
export const AddItemFr = AddItem.fr;
export const AddItemEn = AddItem.en;

const editCancelRemove: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const strengths = quadrant(canvas, 'ffpm.strengths', locale);
    const edit = within(strengths).getAllByRole('button', {
      name: new RegExp(`^${text('ffpm.edit', locale)}`),
    })[0] as HTMLElement;
    await userEvent.click(edit);
    await userEvent.click(
      within(strengths).getByRole('button', { name: text('dialog.cancel', locale) }),
    );
    await waitFor(() => expect(strengths.contains(document.activeElement)).toBe(true));
    const removes = within(strengths).getAllByRole('button', {
      name: new RegExp(`^${text('ffpm.remove', locale)}`),
    });
    await userEvent.click(removes[0] as HTMLElement);
    await waitFor(() => expect(strengths.contains(document.activeElement)).toBe(true));
  },
};
const EditCancelRemove = inBothLocales(
  'Edit, cancel, remove: focus stays in the quadrant',
  editCancelRemove,
);
export const EditCancelRemoveFr = EditCancelRemove.fr;
export const EditCancelRemoveEn = EditCancelRemove.en;

const moveWithKeys: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const weaknesses = quadrant(canvas, 'ffpm.weaknesses', locale);
    const first = within(weaknesses).getAllByRole('button')[0] as HTMLElement;
    first.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    const strengths = quadrant(canvas, 'ffpm.strengths', locale);
    await waitFor(() => expect(strengths.contains(document.activeElement)).toBe(true));
    await expectVisibleFocus(document.activeElement);
  },
};
const MoveWithKeys = inBothLocales(
  'Alt+arrows move an item, focus follows with a ring',
  moveWithKeys,
);
export const MoveWithKeysFr = MoveWithKeys.fr;
export const MoveWithKeysEn = MoveWithKeys.en;

const moveToMenu: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const weaknesses = quadrant(canvas, 'ffpm.weaknesses', locale);
    const count = within(weaknesses).getAllByRole('listitem').length;
    const button = weaknesses.querySelector<HTMLElement>('[data-control="move-to"]') as HTMLElement;
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    // Arrows move in the menu, they do not move the item (the old select did).
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(within(weaknesses).getAllByRole('listitem')).toHaveLength(count);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(menu).not.toBeInTheDocument());
    await expect(button).toHaveFocus();
  },
};
const MoveToMenu = inBothLocales('“Move to” moves nothing until chosen', moveToMenu);
export const MoveToMenuFr = MoveToMenu.fr;
export const MoveToMenuEn = MoveToMenu.en;
