import { formatMessage } from '@partnership-kit/core/format';
import { type MessageKey, REACT_MESSAGES } from '@partnership-kit/react/messages';
import { expect } from 'storybook/test';

/** The locales every interaction story runs in. */
export type StoryLocale = 'fr-CA' | 'en-CA';

/**
 * A built-in string of the components in a locale, as they show it: interaction stories find
 * buttons by the words people read, in each language, without copying the wording.
 */
export function text(
  key: MessageKey,
  locale: StoryLocale | string,
  values?: Record<string, string | number>,
): string {
  const lang = locale.startsWith('en') ? 'en' : 'fr';
  return formatMessage(REACT_MESSAGES[key][lang], values ?? {}, lang);
}

/** The locale a story is rendered in (the toolbar's, or the story's own). */
export const localeOf = (globals: Record<string, unknown>): StoryLocale =>
  globals.locale === 'en-CA' ? 'en-CA' : 'fr-CA';

/** A cell of a RACI grid by its position (row 0: headers; col 0: task, 1: lead, 2…: roles). */
export const cellAt = (root: ParentNode, row: number, col: number) =>
  root.querySelector<HTMLElement>(
    `[role="grid"] [data-row="${row}"][data-col="${col}"]`,
  ) as HTMLElement;

/** The page never scrolls sideways: wide content scrolls in its own box. */
export async function expectNoPageOverflow() {
  const page = document.scrollingElement ?? document.documentElement;
  // Name what sticks out, so a failure says where to look.
  const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
    .filter((element) => !element.closest('[data-part="scroller"], [data-part="table-wrapper"]'))
    .slice(0, 5)
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}[${[...element.attributes].map((a) => a.name).join(',')}]`,
    );
  await expect(wide).toEqual([]);
  await expect(page.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
}

/** The element shows a focus indicator of at least 2 px (outline or ring). */
export async function expectVisibleFocus(element: Element | null) {
  await expect(element).toBeTruthy();
  const style = getComputedStyle(element as Element);
  const width = Number.parseFloat(style.outlineWidth);
  await expect(style.outlineStyle !== 'none' && width >= 2).toBe(true);
}

/** Every interactive target in `root` is at least 24 × 24 px (WCAG 2.2, 2.5.8). */
export async function expectTargetsAtLeast24(root: ParentNode) {
  const small = [
    ...root.querySelectorAll<HTMLElement>(
      'button, [role="menuitem"], [role="menuitemcheckbox"], select, input',
    ),
  ]
    .filter((element) => element.offsetParent !== null)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    })
    .map(
      (element) =>
        element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName,
    );
  await expect(small).toEqual([]);
}

/** A story in French and the same in English: interaction stories prove both languages. */
export function inBothLocales<S extends { name?: string; globals?: Record<string, unknown> }>(
  name: string,
  story: S,
): { readonly fr: S; readonly en: S } {
  return {
    fr: { ...story, name: `${name} (fr)`, globals: { ...story.globals, locale: 'fr-CA' } },
    en: { ...story, name: `${name} (en)`, globals: { ...story.globals, locale: 'en-CA' } },
  };
}

/** The 390 px phone viewport (defined in preview.tsx), for the narrow-screen stories. */
export const PHONE = { viewport: { value: 'phone', isRotated: false } } as const;

/** Waits until `find` returns an element (dialogs are loaded lazily and portalled to <body>). */
export async function waitForElement<T extends Element>(
  find: () => T | null,
  timeout = 5_000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - started > timeout) throw new Error('element not found in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The element's text contains `expected` (French no-break spaces compared as they are). */
export async function expectTextIn(element: Element | null, expected: string) {
  await expect(element?.textContent ?? '').toContain(expected);
}

/**
 * When an error summary has focus, follows its first link and says whether focus reached a
 * control (true also when there is no summary: nothing to follow).
 */
export async function followFirstLink(user: {
  click: (element: Element) => Promise<void>;
}): Promise<boolean> {
  const link = document.activeElement?.closest('[data-pk-error-summary]')?.querySelector('a');
  if (!link) return true;
  await user.click(link);
  return document.activeElement?.matches('input, textarea, select, button') ?? false;
}
