import type { IssuePath, Partnership } from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';

/**
 * The DOM id of the control that edits the value at `path` (from the document's root), the
 * same in every editor, so an issue, an error summary or a missing field of a document can take
 * focus there: `['organizations', { id: 'org-a' }, 'mission']` → `pk-field-organizations-~org-a-mission`.
 * A bilingual text's inputs add `-fr` and `-en`.
 *
 * @example
 * ```ts
 * document.getElementById(`${fieldId(['purpose'])}-fr`)?.focus();
 * ```
 */
export function fieldId(path: EditPath): string {
  const segments = path.map((segment) =>
    typeof segment === 'string' ? segment : `~${segment.id}`,
  );
  // Only characters safe in an id and in a CSS selector; anything else is escaped as _xx.
  return `pk-field-${segments.join('-').replace(/[^A-Za-z0-9_~-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

/**
 * The {@link EditPath} of an issue's path (list indexes, as issues have them) in a document:
 * indexes into lists of items with ids become `{ id }`; anything that does not resolve stops the
 * path there (the closest editable parent).
 *
 * @example
 * ```ts
 * editPathOf(partnership, ['organizations', 1, 'mission']); // ['organizations', { id: 'org-b' }, 'mission']
 * ```
 */
export function editPathOf(partnership: Partnership, path: IssuePath): EditPath {
  const out: (string | { id: string })[] = [];
  let node: unknown = partnership;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(node) ? node[segment] : undefined;
      const id =
        typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') break;
      out.push({ id });
      node = item;
    } else {
      if (typeof node !== 'object' || node === null) break;
      out.push(segment);
      node = (node as Record<string, unknown>)[segment];
    }
  }
  return out;
}
