import { describe, expect, it } from 'vitest';
import { findWarnings } from '../scripts/lib/warnings.mjs';

// scripts/verify.mjs fails a run whose output holds a warning: these are the lines it catches,
// taken from real runs, and the ones it must let through.
describe('findWarnings', () => {
  it.each([
    'A component suspended inside an `act` scope, but the `act` call was not awaited. When testing…',
    'Warning: An update to FfpmGrid inside a test was not wrapped in act(...).',
    '(node:4242) ExperimentalWarning: Importing JSON modules is an experimental feature',
    'Not implemented: navigation to another Document',
    'partnership-kit: editor of pathway switched from uncontrolled to controlled. Pass `value` always or never.',
    'npm warn EBADENGINE Unsupported engine {',
    ' WARN  Unsupported engine: wanted: {"node":">=22"}',
    '│  (!) Some chunks are larger than 500 kB after minification. Consider:',
    '▲  Vite [PLUGIN_TIMINGS] JavaScript callbacks ran for 7.3s of this 9.1s',
    '\u001b[33m▲\u001b[39m  One or more extensionless imports detected: "./chunk-budget"',
  ])('catches %s', (line) => {
    expect(findWarnings(`before\n${line}\nafter`)).toHaveLength(1);
  });

  it('lets test names, summaries and our own reports through', () => {
    const output = [
      ' ✓ lists the facts still unknown, and warns when one organization pays another (AGR-4) 349ms',
      '     ✓ queues runs that overlap instead of failing with "Axe is already running" 366ms',
      '  npm install: clean (npm printed nothing to fix, no engine mismatch, no run-time @types)',
      '    nanoid@6.0.2 declares a newer Node (EBADENGINE), via docx > nanoid',
      'tests: 538 passed, 0 failed, 0 skipped',
    ].join('\n');
    expect(findWarnings(output)).toEqual([]);
  });
});
