// Time budgets for the heavy tests of the React package, which Vitest's 5 s default does not fit
// on a small machine busy with other work (see test/test-budgets.test.ts at the root, which
// requires one on every such test, and `pnpm test:under-load`). An axe run over a rendered
// component takes 0.3–1 s on an idle machine and several times that under load.

/** One axe run (test/axe.ts serializes them) over a rendered component. */
export const AXE_TEST_MS = 60_000;

/**
 * A test that fills in a partnership editor with user-event: every keystroke re-checks the whole
 * document (`lintPartnership`) and re-renders a long form, 1–4 s per test on an idle machine.
 */
export const KEYBOARD_TEST_MS = 30_000;
