import type * as z from 'zod/mini';
import type { Issue, IssuePath } from './issue';
import type { IssueCode } from './issue.messages';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The unknown keys for a message: the first ten, each cut short (a hostile key can be megabytes). */
function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 10).map((key) => (key.length > 60 ? `${key.slice(0, 59)}…` : key));
  return keys.length > 10 ? `${shown.join(', ')}, … (+${keys.length - 10})` : shown.join(', ');
}

/**
 * Whether a schema check named one of our codes (they are SCREAMING_SNAKE_CASE). Checked by
 * shape, not against the message table: parsing a document must not pull every message of the
 * library into an app's bundle.
 */
function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code);
}

/**
 * Turns zod's issues into the library's issue shape, with stable codes instead of zod's wording.
 * `input` is the value that was parsed: zod does not say whether a wrong value was absent, so
 * this looks it up to tell "missing" from "wrong type".
 */
export function fromSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  basePath: IssuePath = [],
): Issue<IssueCode>[] {
  return issues.map((raw): Issue<IssueCode> => {
    const path = [...basePath, ...raw.path.map((s) => (typeof s === 'symbol' ? String(s) : s))];
    const at = { severity: 'error' as const, path };
    switch (raw.code) {
      case 'invalid_type':
        return valueAt(input, raw.path) === undefined
          ? { ...at, code: 'SCHEMA_REQUIRED', params: {} }
          : { ...at, code: 'SCHEMA_INVALID_TYPE', params: { expected: raw.expected } };
      case 'invalid_value':
        return {
          ...at,
          code: 'SCHEMA_INVALID_VALUE',
          params: { values: raw.values.map((v) => String(v)).join(', ') },
        };
      case 'invalid_format':
        return raw.format === 'date'
          ? { ...at, code: 'SCHEMA_INVALID_DATE', params: {} }
          : { ...at, code: 'SCHEMA_INVALID_FORMAT', params: { format: raw.format } };
      case 'too_small':
        return { ...at, code: 'SCHEMA_TOO_SMALL', params: { minimum: Number(raw.minimum) } };
      case 'too_big':
        return { ...at, code: 'SCHEMA_TOO_BIG', params: { maximum: Number(raw.maximum) } };
      case 'unrecognized_keys':
        return { ...at, code: 'SCHEMA_UNKNOWN_KEYS', params: { keys: keyList(raw.keys) } };
      case 'custom': {
        // Our own refinements say which code and rule they check (see raci.schema.ts), and may
        // carry values for the message (the duplicated id).
        const { code, ruleId, ...rest } = (raw.params ?? {}) as Record<string, unknown>;
        const params = Object.fromEntries(
          Object.entries(rest).filter(
            (entry): entry is [string, string | number] =>
              typeof entry[1] === 'string' || typeof entry[1] === 'number',
          ),
        );
        return {
          ...at,
          code: isIssueCode(code) ? code : 'SCHEMA_INVALID',
          ...(typeof ruleId === 'string' ? { ruleId } : {}),
          params,
        };
      }
      default:
        return { ...at, code: 'SCHEMA_INVALID', params: {} };
    }
  });
}
