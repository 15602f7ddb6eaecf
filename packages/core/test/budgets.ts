// Time budgets for the heavy tests of core, which Vitest's 5 s default does not fit on a small
// machine busy with other work (see test/test-budgets.test.ts at the root, which requires one on
// every such test, and `pnpm test:under-load`, which runs the suite beside two busy processes).
// On an idle 2-core machine the slowest property test takes under a second and the largest fuzz
// test about 7 s; under load they have taken several times that. A test that outgrows its budget
// should get faster (fewer runs, smaller inputs), not a bigger budget.

/** A fast-check property of up to a few thousand runs. */
export const PROPERTY_TEST_MS = 60_000;

/** A fuzz test of ten thousand runs or more over whole documents. */
export const FUZZ_TEST_MS = 120_000;
