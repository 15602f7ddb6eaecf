import { RaciMatrix } from '@partnership-kit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, waitFor, within } from 'storybook/test';
import { brokenMatrix, draftMatrix, guideMatrix, largeMatrix, organizations } from './raci.data';
import {
  cellAt,
  expectNoPageOverflow,
  expectTargetsAtLeast24,
  expectTextIn,
  expectVisibleFocus,
  inBothLocales,
  localeOf,
  PHONE,
  text,
  waitForElement,
} from './story-helpers';

// Each story replays a class of defect found in the U1 audit, in French and in English, in
// Chromium. The preview also fails any of them when focus falls to <body> or axe finds a
// violation anywhere on the page (dialogs included).
const meta = {
  title: 'RACI/RaciMatrix/Interactions',
  component: RaciMatrix,
  args: {
    'aria-label': 'RACI',
    organizations,
    today: () => '2026-11-27',
    defaultValue: draftMatrix,
  },
} satisfies Meta<typeof RaciMatrix>;

export default meta;
type Story = StoryObj<typeof meta>;

const keyboard: Story = {
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const status = canvasElement.querySelector('[data-part="announcer"]') as HTMLElement;
    cellAt(canvasElement, 1, 2).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(cellAt(canvasElement, 2, 3)).toHaveFocus();
    await expectVisibleFocus(cellAt(canvasElement, 2, 3));
    await userEvent.keyboard('i');
    await expect(cellAt(canvasElement, 2, 3)).toHaveAttribute('data-letters', 'I');
    // The announcement is for screen readers: read, never seen.
    await expect(status.textContent).not.toBe('');
    await expect(status.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    await expectTextIn(status, text('raci.announce.undo', locale));
    await userEvent.keyboard('{Control>}z{/Control}');
    // A second identical message is announced again (Nothing to undo).
    await expectTextIn(status, text('raci.announce.nothing', locale));
  },
};
const Keyboard = inBothLocales('Keyboard: move, set, undo, announced', keyboard);
export const KeyboardFr = Keyboard.fr;
export const KeyboardEn = Keyboard.en;

const toolbar: Story = {
  play: async ({ canvas, userEvent, globals }) => {
    const locale = localeOf(globals);
    const undo = canvas.getByRole('button', { name: text('raci.undo', locale) });
    undo.focus();
    // A real toolbar: arrows move between its buttons.
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('button', { name: text('raci.redo', locale) })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(
      canvas.getByRole('button', { name: text('raci.exportCsv', locale) }),
    ).toHaveFocus();
    await expectTargetsAtLeast24(canvas.getByRole('toolbar'));
  },
};
const Toolbar = inBothLocales('Toolbar: arrow keys, targets', toolbar);
export const ToolbarFr = Toolbar.fr;
export const ToolbarEn = Toolbar.en;

const addTaskCancelled: Story = {
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const rows = () => canvasElement.querySelectorAll('tbody tr[aria-rowindex]').length;
    const before = rows();
    const add = canvas.getByRole('button', { name: text('raci.addTask', locale) });
    await userEvent.click(add);
    const dialog = await waitForElement(() => screen.queryByRole('dialog'));
    // Saving without a name is refused, and said next to the field.
    await userEvent.click(within(dialog).getByRole('button', { name: text('raci.add', locale) }));
    await expect(within(dialog).getByText(text('raci.task.labelRequired', locale))).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('button', { name: text('dialog.cancel', locale) }),
    );
    await waitFor(() => expect(add).toHaveFocus());
    await expect(rows()).toBe(before);
  },
};
const AddTaskCancelled = inBothLocales('Add a task, then cancel: nothing added', addTaskCancelled);
export const AddTaskCancelledFr = AddTaskCancelled.fr;
export const AddTaskCancelledEn = AddTaskCancelled.en;

const addTask: Story = {
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    await userEvent.click(canvas.getByRole('button', { name: text('raci.addTask', locale) }));
    const dialog = await waitForElement(() => screen.queryByRole('dialog'));
    await expect(dialog.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
    await userEvent.type(
      within(dialog).getByLabelText(text('field.language.fr', locale)),
      'Maintien en emploi',
    );
    await userEvent.type(
      within(dialog).getByLabelText(text('field.language.en', locale)),
      'Job retention',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: text('raci.add', locale) }));
    const count = draftMatrix.tasks.length + 1;
    await waitFor(() => expect(cellAt(canvasElement, count, 0)).toHaveFocus());
    await expect(cellAt(canvasElement, count, 0)).toHaveTextContent(
      locale === 'fr-CA' ? 'Maintien en emploi' : 'Job retention',
    );
  },
};
const AddTask = inBothLocales('Add a task in both languages', addTask);
export const AddTaskFr = AddTask.fr;
export const AddTaskEn = AddTask.en;

const pointer: Story = {
  play: async ({ canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    await userEvent.click(cellAt(canvasElement, 2, 3));
    const menu = await waitForElement(() => screen.queryByRole('menu'));
    await expect(menu).toBeVisible();
    // The whole picker is in the window, never cut off by the grid's scroll box (U1).
    await waitFor(() => {
      const box = menu.getBoundingClientRect();
      const scroller = canvasElement.querySelector('[data-part="scroller"]') as HTMLElement;
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
      expect(
        document
          .elementFromPoint(box.left + 10, box.bottom - 5)
          ?.closest('[role="menu"], [data-part="letter-menu"]'),
      ).not.toBeNull();
      expect(scroller.scrollTop).toBe(0);
    });
    const consulted = within(menu).getByRole('menuitemcheckbox', {
      name: locale === 'fr-CA' ? /Consulté/ : /Consulted/,
    });
    await userEvent.click(consulted);
    await expect(cellAt(canvasElement, 2, 3)).toHaveAttribute('data-letters', 'C');
    await waitFor(() => expect(cellAt(canvasElement, 2, 3)).toHaveFocus());
  },
};
const Pointer = inBothLocales('Mouse: a click opens the letter picker', pointer);
export const PointerFr = Pointer.fr;
export const PointerEn = Pointer.en;

const adopted: Story = {
  args: { defaultValue: guideMatrix },
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const before = cellAt(canvasElement, 1, 2).getAttribute('data-letters');
    cellAt(canvasElement, 1, 2).focus();
    await userEvent.keyboard('i');
    // A keypress never silently reopens an adopted matrix.
    await expect(cellAt(canvasElement, 1, 2).getAttribute('data-letters')).toBe(before);
    await expectTextIn(
      canvasElement.querySelector('[data-part="announcer"]'),
      text('raci.adoptedLocked', locale),
    );
    await userEvent.click(canvas.getByRole('button', { name: text('raci.reopen', locale) }));
    await expect(canvas.getByText(text('raci.status.draft', locale))).toBeVisible();
  },
};
const Adopted = inBothLocales('Adopted: locked until reopened', adopted);
export const AdoptedFr = Adopted.fr;
export const AdoptedEn = Adopted.en;

const broken: Story = {
  args: { defaultValue: brokenMatrix },
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const locale = localeOf(globals);
    const adopt = canvas.getByRole('button', { name: text('raci.adopt', locale) });
    await expect(adopt).toHaveAttribute('aria-disabled', 'true');
    const reason = document.getElementById(adopt.getAttribute('aria-describedby') ?? '');
    await expect(reason).toBeVisible();
    // A row header is named by its task only; its issue is linked, not glued to the name.
    const header = cellAt(canvasElement, 1, 0);
    await expect(header).toHaveAccessibleName(
      locale === 'fr-CA' ? 'Formulaires d’admission' : 'Intake forms',
    );
    // Role issues are visible to everyone, not only to screen readers.
    const marked = canvasElement.querySelector('thead [data-invalid] [data-part="issue-marker"]');
    await expect(marked).toBeVisible();
    const entries = within(canvas.getByRole('region')).getAllByRole('button');
    await userEvent.click(entries[entries.length - 1] as HTMLElement);
    await waitFor(() => expect(canvasElement.querySelector('[role="grid"] :focus')).not.toBeNull());
    // An error mark is not the focus ring: dashed red inset vs solid outline.
    const cell = canvasElement.querySelector<HTMLElement>(
      'td[data-invalid="error"]',
    ) as HTMLElement;
    await expect(getComputedStyle(cell).boxShadow).not.toBe('none');
  },
};
const Broken = inBothLocales('Broken: issues listed, marked, linked; adopt says why not', broken);
export const BrokenFr = Broken.fr;
export const BrokenEn = Broken.en;

const theme: Story = {
  play: async ({ canvasElement }) => {
    const header = cellAt(canvasElement, 1, 0);
    await expect(['start', 'left']).toContain(getComputedStyle(header).textAlign);
    // A cells are not pink like errors: their fill has no dominant red.
    const accountable = canvasElement.querySelector<HTMLElement>(
      'td[data-letters^="A"]',
    ) as HTMLElement;
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(accountable).backgroundColor.match(/\d+/g) ?? []
    ).map(Number);
    await expect(r - Math.max(g, b)).toBeLessThan(20);
    await expect(getComputedStyle(header).fontFamily).not.toMatch(/^"?Times/);
  },
};
const Theme = inBothLocales('Theme: aligned headers, letter colours apart from errors', theme);
export const ThemeFr = Theme.fr;
export const ThemeEn = Theme.en;

const large: Story = {
  args: { defaultValue: largeMatrix(1000, 15), showWorkload: false },
  play: async ({ canvasElement, userEvent }) => {
    await expectNoPageOverflow();
    cellAt(canvasElement, 1, 2).focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(cellAt(canvasElement, 1000, 16)).toHaveFocus();
    await userEvent.keyboard('c');
    await expect(cellAt(canvasElement, 1000, 16)).toHaveAttribute('data-letters', 'C');
    // Headers stay in view: the last row is below the sticky header row.
    const head = canvasElement.querySelector('thead tr:last-child') as HTMLElement;
    await expect(
      cellAt(canvasElement, 1000, 16).getBoundingClientRect().top,
    ).toBeGreaterThanOrEqual(head.getBoundingClientRect().bottom - 1);
    await expectNoPageOverflow();
  },
};
const Large = inBothLocales('1,000 tasks: the grid scrolls in its box, headers stay', large);
export const LargeFr = Large.fr;
export const LargeEn = Large.en;

const phone: Story = {
  globals: PHONE,
  play: async ({ canvasElement, userEvent }) => {
    await expectNoPageOverflow();
    cellAt(canvasElement, 1, 2).focus();
    await userEvent.keyboard('{End}');
    await expectNoPageOverflow();
  },
};
const Phone = inBothLocales('390 px: only the grid scrolls sideways', phone);
export const PhoneFr = Phone.fr;
export const PhoneEn = Phone.en;
