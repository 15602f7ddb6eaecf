import type { IssuePath } from '../issues/issue';
import { organizationRefs } from './partnership.references';
import type { Partnership } from './partnership.schema';

/** What can be removed while other parts of the document still name it. */
export type ReferenceKind = 'organization' | 'member' | 'committee-member' | 'swot-item';

/** Every path that names `id` as a thing of `kind`, the RACI matrix included. */
export function referencesTo(p: Partnership, kind: ReferenceKind, id: string): IssuePath[] {
  const paths: IssuePath[] = [];
  const add = (value: string | undefined, path: IssuePath) => {
    if (value === id) paths.push(path);
  };
  if (kind === 'organization') {
    for (const [value, path] of organizationRefs(p)) add(value, path);
    for (const [i, t] of p.raci.tasks.entries())
      add(t.leadOrganizationId, ['raci', 'tasks', i, 'leadOrganizationId']);
    for (const [i, r] of p.raci.roles.entries())
      add(r.organizationId, ['raci', 'roles', i, 'organizationId']);
  } else if (kind === 'member') {
    for (const [i, m] of p.meetings.records.entries()) {
      for (const [j, value] of m.attendeeIds.entries())
        add(value, ['meetings', 'records', i, 'attendeeIds', j]);
      for (const [j, a] of m.actionItems.entries())
        add(a.ownerId, ['meetings', 'records', i, 'actionItems', j, 'ownerId']);
    }
  } else if (kind === 'committee-member') {
    add(p.agreement?.governance?.chairMemberId, ['agreement', 'governance', 'chairMemberId']);
  } else {
    for (const [i, r] of p.resources.entries()) {
      for (const [j, value] of (r.swotItemIds ?? []).entries())
        add(value, ['resources', i, 'swotItemIds', j]);
    }
  }
  return paths;
}

// References whose item means nothing without what it names: the item goes with it.
const OWNED_BY_ORGANIZATION = /* @__PURE__ */ (() =>
  new Set(['approvals', 'agreement.signatories', 'agreement.provisions']))();

/** The document with every reference to `id` removed: optional ids cleared, list entries dropped. */
export function removeReferences(p: Partnership, kind: ReferenceKind, id: string): Partnership {
  // Removing from the end keeps the indexes of the paths not yet handled right.
  const paths = referencesTo(p, kind, id).reverse();
  let document: unknown = p;
  for (const path of paths) document = withoutReference(document, path);
  return document as Partnership;
}

function withoutReference(root: unknown, path: IssuePath): unknown {
  const listKey = path
    .slice(0, -2)
    .filter((segment) => typeof segment === 'string')
    .join('.');
  const last = path.at(-1);
  // An id inside a list of ids: drop that entry. An item owned by the organization: drop the item.
  if (typeof last === 'number') return removeAt(root, path.slice(0, -1), last);
  if (OWNED_BY_ORGANIZATION.has(listKey))
    return removeAt(root, path.slice(0, -2), path.at(-2) as number);
  return edit(root, path.slice(0, -1), (parent) => {
    const copy = { ...(parent as Record<string, unknown>) };
    delete copy[last as string];
    return copy;
  });
}

function removeAt(root: unknown, listPath: IssuePath, index: number): unknown {
  return edit(root, listPath, (list) => (list as unknown[]).filter((_, i) => i !== index));
}

function edit(node: unknown, path: IssuePath, update: (value: unknown) => unknown): unknown {
  if (path.length === 0) return update(node);
  const [head, ...rest] = path;
  if (Array.isArray(node))
    return node.map((item, i) => (i === head ? edit(item, rest, update) : item));
  const record = node as Record<string, unknown>;
  return { ...record, [head as string]: edit(record[head as string], rest, update) };
}
