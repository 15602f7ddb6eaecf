import type { Language } from '../i18n/localized-text';
import type { Issue, IssuePath } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { fromSchemaIssues } from '../issues/schema-issues';
import { inspectInput } from './partnership.inspect';
import { PARTNERSHIP_MIGRATIONS, type PartnershipMigration } from './partnership.migrations';
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

/** Options of {@link parsePartnership}. */
export interface ParsePartnershipOptions {
  /**
   * The language the texts of a document saved before version 2 are written in. Those versions
   * kept one string per text; each moves into this side of the new bilingual texts, and the
   * partnership is declared in this language. Required to load such a document: the library
   * cannot tell French from English, and guessing would print English text tagged as French.
   */
  readonly legacyLanguage?: Language;
}

const failure = (issue: Omit<Issue<IssueCode>, 'severity'>): ParsePartnershipResult => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
 * Loads a saved partnership document, whatever version of the library saved it. Never throws
 * and never hangs: it returns the document, or issues that each name a JSON path (in the
 * input's own layout, whatever its version) and a stable code.
 *
 * The input is first looked over in linear time: nesting deeper than 64 levels
 * (`SCHEMA_TOO_DEEP`), an object that contains itself (`SCHEMA_CYCLE`) or more than two million
 * values (`SCHEMA_TOO_LARGE`) is refused before any schema runs. Older versions are then checked
 * against the shape they really had and migrated step by step (`migratedFrom` says from which);
 * documents saved before version 2 need `legacyLanguage`. A document newer than this library is
 * refused with `PARTNERSHIP_VERSION_UNSUPPORTED`, never half-loaded. Unknown fields are
 * reported, not dropped.
 *
 * @param input - the parsed JSON (`JSON.parse(text)`), or any value.
 * @param options - `legacyLanguage` for documents saved before version 2.
 * @example
 * ```ts
 * const result = parsePartnership(JSON.parse(saved), { legacyLanguage: 'en' });
 * if (result.ok) {
 *   render(result.value);
 *   if (result.migratedFrom !== undefined) save(serializePartnership(result.value));
 * } else {
 *   for (const issue of result.issues) console.warn(formatIssue(issue, 'fr-CA'));
 * }
 * ```
 */
export function parsePartnership(
  input: unknown,
  options: ParsePartnershipOptions = {},
): ParsePartnershipResult {
  try {
    return parseAnyVersion(input, options);
  } catch {
    // Only exotic values get here (a Proxy or a getter that throws): still an answer, not a crash.
    return failure({ code: 'SCHEMA_INVALID', path: [], params: {} });
  }
}

function parseAnyVersion(input: unknown, options: ParsePartnershipOptions): ParsePartnershipResult {
  if (!isRecord(input)) return failure({ code: 'PARTNERSHIP_NOT_AN_OBJECT', path: [], params: {} });
  const inspected = inspectInput(input);
  if (inspected.length > 0) return { ok: false, issues: inspected };
  const version = versionOf(input);
  if (typeof version !== 'number') return version;
  const { legacyLanguage } = options;
  if (version < CURRENT_SCHEMA_VERSION && legacyLanguage !== 'fr' && legacyLanguage !== 'en') {
    const needs = PARTNERSHIP_MIGRATIONS.some((m) => m.from >= version && m.needsLegacyLanguage);
    if (needs) {
      return failure({
        code: 'PARTNERSHIP_LEGACY_LANGUAGE_REQUIRED',
        path: [],
        params: { version },
      });
    }
  }

  // Each stage's document, oldest first, to report problems in the input's own layout.
  const stages: { document: unknown; migration: PartnershipMigration }[] = [];
  let document: unknown = input;
  const mapBack = (path: IssuePath) =>
    stages.reduceRight((at, stage) => stage.migration.pathBack(at, stage.document as never), path);
  const refused = (issues: readonly Issue<IssueCode>[]): ParsePartnershipResult => ({
    ok: false,
    issues: issues.map((issue) => ({ ...issue, path: mapBack(issue.path) })),
  });

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
    if (!checked.success) return refused(fromSchemaIssues(checked.error.issues, document));
    try {
      const next = migration.up(checked.data as never, {
        ...(legacyLanguage ? { legacyLanguage } : {}),
      });
      stages.push({ document: checked.data, migration });
      document = next;
    } catch {
      return failure({
        code: 'PARTNERSHIP_MIGRATION_FAILED',
        path: [],
        params: { from, to: from + 1 },
      });
    }
  }

  const result = PartnershipSchema.safeParse(document);
  if (!result.success) return refused(fromSchemaIssues(result.error.issues, document));
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
