import type { IssuePath, Partnership } from '@partnership-kit/core';
import type { EstablishmentStepId } from '@partnership-kit/core/rules';
import type { MissingField } from '@partnership-kit/templates';

/** The views of the workspace: the guide's five establishment steps, then running, then ending. */
export const WORKSPACE_VIEWS = [
  'EST-1',
  'EST-2',
  'EST-3',
  'EST-4',
  'EST-5',
  'active',
  'dissolution',
] as const;

/** One view of the workspace. */
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

/** Which view edits each top-level part of the document (the first segment of an issue path). */
const VIEW_OF: Readonly<Record<string, WorkspaceView>> = {
  name: 'EST-1',
  status: 'EST-1',
  startedOn: 'EST-1',
  purpose: 'EST-1',
  scope: 'EST-1',
  why: 'EST-1',
  objectives: 'EST-1',
  values: 'EST-1',
  approvals: 'EST-1',
  organizations: 'EST-1',
  workingGroup: 'EST-1',
  worksheets: 'EST-1',
  pathway: 'EST-1',
  resources: 'EST-2',
  sharedDocuments: 'EST-2',
  swot: 'EST-2',
  raci: 'EST-3',
  meetings: 'EST-4',
  agreementFacts: 'EST-5',
  agreement: 'EST-5',
  reviews: 'active',
  dissolution: 'dissolution',
};

/**
 * The view that holds the field an issue is about, from its path: `['raci', 'tasks', 2]` is in
 * the roles step. Meeting records are the running partnership's; the meeting plan is step 4.
 *
 * @example
 * ```ts
 * viewOfPath(['agreement', 'signatories', 0, 'signedOn']); // 'EST-5'
 * ```
 */
export function viewOfPath(path: IssuePath): WorkspaceView {
  const [head, next] = path;
  if (head === 'meetings' && next === 'records') return 'active';
  return (typeof head === 'string' ? VIEW_OF[head] : undefined) ?? 'EST-1';
}

/** Whether a view is one of the five establishment steps (its status comes from core). */
export const isEstablishmentStep = (view: WorkspaceView): view is EstablishmentStepId =>
  view.startsWith('EST-');

/**
 * The document path a document's missing field is filled at (see `missingFields` of the
 * templates): `organization.mission` of an organization → `['organizations', i, 'mission']`,
 * `clause.termination` → `['agreement', 'clauses', 'termination']`…
 *
 * @example
 * ```ts
 * missingFieldPath(partnership, { fieldId: 'partnership.purpose', … }); // ['purpose']
 * ```
 */
export function missingFieldPath(
  partnership: Pick<Partnership, 'organizations'>,
  field: Pick<MissingField, 'fieldId' | 'organizationId'>,
): IssuePath {
  const [head = '', ...rest] = field.fieldId.split('.');
  switch (head) {
    case 'partnership':
      return rest;
    case 'organization': {
      const index = partnership.organizations.findIndex((o) => o.id === field.organizationId);
      const name = rest[0] === 'responsibilities' ? 'services' : (rest[0] ?? '');
      return index < 0 ? ['organizations'] : ['organizations', index, name];
    }
    case 'clause':
      return ['agreement', 'clauses', ...rest];
    case 'signature':
      return ['agreement', 'signatories'];
    default:
      return [head, ...rest];
  }
}
