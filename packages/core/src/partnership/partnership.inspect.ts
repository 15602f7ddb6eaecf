import type { Issue, IssuePath } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';

/** How many levels a saved document may nest, the document itself being level 1: it needs 7; apps' extensions get the rest. */
export const MAX_DOCUMENT_DEPTH = 64;

/**
 * How many values (objects, arrays, strings, numbers…) a document may hold, counting each
 * occurrence: a case study holds a few thousand, a 1,000-task matrix about 60,000.
 */
export const MAX_DOCUMENT_VALUES = 2_000_000;

interface Frame {
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
}

function pathOf(frame: Frame | undefined): IssuePath {
  const path: (string | number)[] = [];
  for (let at = frame; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Looks over an input before any schema sees it, in time linear in its size: it refuses values
 * nested deeper than {@link MAX_DOCUMENT_DEPTH} (`SCHEMA_TOO_DEEP`), objects that contain
 * themselves (`SCHEMA_CYCLE`: only in-memory values can), inputs with more than
 * {@link MAX_DOCUMENT_VALUES} values once shared references are counted as often as they occur
 * (`SCHEMA_TOO_LARGE`: a small object graph can stand for a huge document), and `__proto__`
 * keys, which JSON.parse makes but plain objects silently lose (`SCHEMA_INVALID_ID`).
 *
 * Recursion is bounded by the depth limit, so a 100,000-level input answers at once.
 */
export function inspectInput(input: unknown): Issue<IssueCode>[] {
  const issues: Issue<IssueCode>[] = [];
  const onPath = new Set<object>();
  // Values already looked at: how many values they stand for and how deep they go below.
  const done = new Map<object, { size: number; height: number }>();
  const report = (code: IssueCode, frame: Frame | undefined, params = {}) =>
    issues.push({ code, severity: 'error', path: pathOf(frame), params });

  /** Returns the size and height of `value`, or undefined once the walk has to stop. */
  const visit = (
    value: unknown,
    frame: Frame | undefined,
    depth: number,
  ): { size: number; height: number } | undefined => {
    if (typeof value !== 'object' || value === null) return { size: 1, height: 0 };
    if (onPath.has(value)) {
      report('SCHEMA_CYCLE', frame);
      return undefined;
    }
    const known = done.get(value);
    if (known) {
      if (depth + known.height > MAX_DOCUMENT_DEPTH) {
        report('SCHEMA_TOO_DEEP', frame, { maximum: MAX_DOCUMENT_DEPTH });
        return undefined;
      }
      return known;
    }
    if (depth >= MAX_DOCUMENT_DEPTH) {
      report('SCHEMA_TOO_DEEP', frame, { maximum: MAX_DOCUMENT_DEPTH });
      return undefined;
    }
    onPath.add(value);
    let size = 1;
    let height = 0;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) {
      report('SCHEMA_INVALID_ID', { parent: frame, key: '__proto__' });
    }
    for (const [key, inner] of entries) {
      const result = visit(inner, { parent: frame, key }, depth + 1);
      if (!result) return undefined;
      size += result.size;
      height = Math.max(height, result.height + 1);
      if (size > MAX_DOCUMENT_VALUES) {
        report('SCHEMA_TOO_LARGE', undefined, { maximum: MAX_DOCUMENT_VALUES });
        return undefined;
      }
    }
    onPath.delete(value);
    const measured = { size, height };
    done.set(value, measured);
    return measured;
  };

  visit(input, undefined, 0);
  return issues;
}
