import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { fromSchemaIssues } from '../issues/schema-issues';
import { PARTNERSHIP_MIGRATIONS } from './partnership.migrations';
import { CURRENT_SCHEMA_VERSION, type Partnership, PartnershipSchema } from './partnership.schema';

/** The result of {@link parsePartnership}: the document, or every issue that kept it from loading. */
export type ParsePartnershipResult =
  | {
      readonly ok: true;
      readonly value: Partnership;
      /** The version the input was saved in, when it had to be migrated. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly issues: readonly Issue<IssueCode>[] };

const failure = (issue: Omit<Issue<IssueCode>, 'severity'>): ParsePartnershipResult => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Paths of every own `__proto__` key in a JSON value. `JSON.parse` makes such keys, but zod
 * (rightly, for safety) skips them without a word, which would silently drop data: they are
 * reported instead.
 */
function reservedKeyPaths(input: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[input, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push([item, [...path, index]]);
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) found.push([...path, '__proto__']);
    for (const [key, inner] of Object.entries(value)) stack.push([inner, [...path, key]]);
  }
  return found;
}

/** The version a document declares, or the issue that prevents knowing it. */
function versionOf(document: Record<string, unknown>): number | ParsePartnershipResult {
  if (!Object.hasOwn(document, 'schemaVersion')) {
    // Version 0 predates the version field; its `partners` list is what gives it away.
    if (Object.hasOwn(document, 'partners')) return 0;
    return failure({ code: 'PARTNERSHIP_VERSION_MISSING', path: ['schemaVersion'], params: {} });
  }
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return failure({
      code: 'PARTNERSHIP_VERSION_INVALID',
      path: ['schemaVersion'],
      params: { version: typeof version === 'number' ? version : String(JSON.stringify(version)) },
    });
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return failure({
      code: 'PARTNERSHIP_VERSION_UNSUPPORTED',
      path: ['schemaVersion'],
      params: { version, supported: CURRENT_SCHEMA_VERSION },
    });
  }
  return version;
}

/**
 * Loads a saved partnership document, whatever version of the library saved it. Never throws:
 * it returns the document, or issues that each name a JSON path and a stable code.
 *
 * Older versions are checked against the shape they really had, then migrated step by step
 * (`migratedFrom` says from which). A document newer than this library is refused with
 * `PARTNERSHIP_VERSION_UNSUPPORTED`, never half-loaded. Unknown fields are reported, not dropped.
 *
 * @param input - the parsed JSON (`JSON.parse(text)`), or any value.
 * @example
 * ```ts
 * const result = parsePartnership(JSON.parse(saved));
 * if (result.ok) {
 *   render(result.value);
 *   if (result.migratedFrom !== undefined) save(serializePartnership(result.value));
 * } else {
 *   for (const issue of result.issues) console.warn(formatIssue(issue, 'fr-CA'));
 * }
 * ```
 */
export function parsePartnership(input: unknown): ParsePartnershipResult {
  try {
    return parseAnyVersion(input);
  } catch {
    // Only exotic values get here (a Proxy or a getter that throws): still an answer, not a crash.
    return failure({ code: 'SCHEMA_INVALID', path: [], params: {} });
  }
}

function parseAnyVersion(input: unknown): ParsePartnershipResult {
  if (!isRecord(input)) return failure({ code: 'PARTNERSHIP_NOT_AN_OBJECT', path: [], params: {} });
  const version = versionOf(input);
  if (typeof version !== 'number') return version;
  const reserved = reservedKeyPaths(input);
  if (reserved.length > 0) {
    return {
      ok: false,
      issues: reserved.map((path) => ({
        code: 'SCHEMA_INVALID_ID',
        severity: 'error',
        path,
        params: {},
      })),
    };
  }

  let document: unknown = input;
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const migration = PARTNERSHIP_MIGRATIONS.find((candidate) => candidate.from === from);
    if (!migration) {
      return failure({
        code: 'PARTNERSHIP_MIGRATION_FAILED',
        path: [],
        params: { from, to: from + 1 },
      });
    }
    const checked = migration.schema.safeParse(document);
    if (!checked.success) {
      return { ok: false, issues: fromSchemaIssues(checked.error.issues, document) };
    }
    try {
      document = migration.up(checked.data as never);
    } catch {
      return failure({
        code: 'PARTNERSHIP_MIGRATION_FAILED',
        path: [],
        params: { from, to: from + 1 },
      });
    }
  }

  const result = PartnershipSchema.safeParse(document);
  if (!result.success)
    return { ok: false, issues: fromSchemaIssues(result.error.issues, document) };
  return version < CURRENT_SCHEMA_VERSION
    ? { ok: true, value: result.data, migratedFrom: version }
    : { ok: true, value: result.data };
}

/** A copy of a JSON value with every object's keys in alphabetical order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) sorted[key] = sortKeys(value[key]);
  }
  return sorted;
}

/**
 * Writes a partnership as stable JSON: keys in alphabetical order at every level, two-space
 * indentation, so the same document always gives the same text (clean diffs, reliable hashes).
 * {@link parsePartnership} reads it back to an equal document.
 *
 * @example
 * ```ts
 * localStorage.setItem('partnership', serializePartnership(partnership));
 * ```
 */
export function serializePartnership(partnership: Partnership): string {
  return JSON.stringify(sortKeys(partnership), null, 2);
}
