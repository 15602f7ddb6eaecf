// What counts as a warning in the output of a check (scripts/verify.mjs fails a run that prints
// one): the signatures the tools we run use, never a bare word, so that a test called "warns
// when…" is not one.
const SIGNATURES = [
  // React, Node (ExperimentalWarning, DeprecationWarning…), testing libraries.
  /\b\w*Warning: /,
  /A component suspended inside an `act` scope|not wrapped in act\(/,
  // Our own development warnings (packages/react/src/utils/dev.ts).
  /^partnership-kit: /,
  // jsdom's virtual console.
  /\bNot implemented: /,
  // npm and pnpm.
  /^npm warn\b/i,
  /^\s*WARN\s/,
  // Vite and Rollup / Rolldown ("(!) Some chunks are larger…", "[PLUGIN_TIMINGS]"), and the
  // ▲ that Storybook's and Vite's boxed logs put in front of a warning.
  /\(!\) /,
  /\[[A-Z_]+_(?:TIMINGS|WARNING)\]/,
  /^[\s│]*▲ /,
];

// Colours and hyperlinks (OSC 8) the tools write when they believe they talk to a terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** The lines of some output that are warnings, without their colours. */
export function findWarnings(output) {
  return output
    .replace(ANSI, '')
    .split(/\r?\n/)
    .filter((line) => SIGNATURES.some((signature) => signature.test(line)))
    .map((line) => line.trim());
}
