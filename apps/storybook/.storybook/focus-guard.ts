/**
 * U1: after any action of a play function, keyboard focus must land somewhere in the page,
 * never on <body> — a screen-reader or keyboard user would be thrown back to the top. Every
 * focus loss is checked once the page has settled (dialogs give focus back on the next tick);
 * the story test fails on the first one. A story that means to drop focus (none should) can set
 * `parameters.focusGuard = false`.
 */
let lost: string[] = [];
/** Which story is running: checks still pending from an earlier one are dropped. */
let generation = 0;

const describe = (element: EventTarget | null) => {
  if (!(element instanceof HTMLElement)) return 'an element';
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${name}"`;
};

const settled = () =>
  new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 60));

/** Starts watching focus for one story; returns the cleanup Storybook runs before the next. */
export function watchFocus(): () => void {
  lost = [];
  generation += 1;
  const mine = generation;
  // The previous story's elements are torn down after this hook: their focus losses are not
  // this story's.
  const before = new WeakSet(document.body.querySelectorAll('*'));
  const onFocusOut = (event: FocusEvent) => {
    // Focus moving to another element is fine; only "to nothing" is checked.
    if (event.relatedTarget || before.has(event.target as Element)) return;
    const from = describe(event.target);
    void settled().then(() => {
      const active = document.activeElement;
      if (mine === generation && (!active || active === document.body)) lost.push(from);
    });
  };
  document.addEventListener('focusout', onFocusOut, true);
  return () => document.removeEventListener('focusout', onFocusOut, true);
}

/** Fails the story when focus fell to <body> at any point of its play function. */
export async function expectFocusNeverLost(enabled: boolean): Promise<void> {
  await settled();
  if (enabled && lost.length > 0) {
    throw new Error(`Focus fell to <body> after leaving ${lost.join(', then ')}.`);
  }
}
