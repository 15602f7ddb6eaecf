// Time budgets for the heavy tests of templates, which Vitest's 5 s default does not fit on a
// small machine busy with other work (see test/test-budgets.test.ts at the root, which requires
// one on every such test, and `pnpm test:under-load`). Parsing pages with jsdom, validating HTML
// and zipping Word files take well under a second each on an idle machine, several times that
// under load; so do writing a PDF and reading it back. A test that outgrows its budget should get faster, not a bigger budget.

/**
 * Renders parsed by jsdom or html-validate, Word files zipped and unzipped, PDF files written and
 * read back with pdf.js and poppler (a second or less each, poppler's text of a whole structure
 * tree several).
 */
export const HEAVY_TEST_MS = 60_000;
