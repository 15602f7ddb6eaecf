import { isEmptyText, type LocalizedText } from '../i18n/localized-text';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Organization } from '../organization/organization.schema';
import type { RaciMatrix, RaciTask, Role } from './raci.schema';

/** Options of {@link validateRaci}. */
export interface ValidateRaciOptions {
  /** The partners: leads and role organizations must be among them (RACI-2, RACI-3). */
  readonly organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[];
}

type RaciIssue = Issue<IssueCode>;

/** A name for a message: the text people wrote, or the id when they wrote none. */
const nameOf = (text: LocalizedText, id: string): LocalizedText | string =>
  isEmptyText(text) ? id : text;

interface TaskCheck {
  readonly roles: readonly Role[];
  readonly organizations: ValidateRaciOptions['organizations'];
  readonly index: number;
  readonly issues: readonly RaciIssue[];
  readonly usedRoles: readonly string[];
}

// The issues of each task row, kept while the row, the roles and the partners stay the same
// objects: after a cell edit only the edited row is checked again.
const taskChecks = /* @__PURE__ */ (() => new WeakMap<RaciTask, TaskCheck>())();

function checkTask(
  task: RaciTask,
  index: number,
  roles: readonly Role[],
  organizations: ReadonlyMap<string, unknown>,
) {
  const issues: RaciIssue[] = [];
  const label = nameOf(task.label, task.id);
  const at = { taskId: task.id, severity: 'error' as const };
  const lead = task.leadOrganizationId;
  if (lead === undefined) {
    issues.push({
      ...at,
      code: 'RACI_TASK_NO_LEAD',
      ruleId: 'RACI-2',
      path: ['tasks', index, 'leadOrganizationId'],
      params: { task: label },
    });
  } else if (!organizations.has(lead)) {
    issues.push({
      ...at,
      code: 'RACI_TASK_LEAD_NOT_PARTNER',
      ruleId: 'RACI-2',
      path: ['tasks', index, 'leadOrganizationId'],
      params: { task: label, organization: lead },
      organizationId: lead,
    });
  }
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const responsible: Role[] = [];
  const accountable: Role[] = [];
  const usedRoles: string[] = [];
  for (const [roleId, letters] of Object.entries(task.cells)) {
    const role = roleById.get(roleId);
    if (!role) {
      issues.push({
        ...at,
        code: 'RACI_CELL_UNKNOWN_ROLE',
        path: ['tasks', index, 'cells', roleId],
        params: { task: label, roleId },
        roleId,
      });
      continue;
    }
    if (letters.length > 0) usedRoles.push(roleId);
    if (letters.includes('R')) responsible.push(role);
    if (letters.includes('A')) accountable.push(role);
  }
  const cellsPath = ['tasks', index, 'cells'];
  const cells = (list: Role[]) => list.map((role) => ({ taskId: task.id, roleId: role.id }));
  const names = (list: Role[]) => list.map((role) => nameOf(role.title, role.id));
  if (responsible.length === 0) {
    issues.push({
      ...at,
      code: 'RACI_TASK_NO_RESPONSIBLE',
      ruleId: 'RACI-5',
      path: cellsPath,
      params: { task: label },
    });
  }
  if (accountable.length === 0) {
    issues.push({
      ...at,
      code: 'RACI_TASK_NO_ACCOUNTABLE',
      ruleId: 'RACI-5',
      path: cellsPath,
      params: { task: label },
    });
  } else if (accountable.length > 1) {
    issues.push({
      ...at,
      code: 'RACI_MULTIPLE_ACCOUNTABLE',
      ruleId: 'RACI-6',
      path: cellsPath,
      params: { task: label, count: accountable.length, roles: joinNames(names(accountable)) },
      cells: cells(accountable),
    });
  }
  if (responsible.length > 1) {
    issues.push({
      ...at,
      severity: 'warning',
      code: 'RACI_MULTIPLE_RESPONSIBLE',
      ruleId: 'RACI-7',
      path: cellsPath,
      params: { task: label, count: responsible.length, roles: joinNames(names(responsible)) },
      cells: cells(responsible),
    });
  }
  return { issues, usedRoles };
}

/** Role names for a message, in each language (each falling back to the other, then to the id). */
function joinNames(names: readonly (LocalizedText | string)[]): LocalizedText {
  const side = (lang: 'fr' | 'en') =>
    names
      .map((n) =>
        typeof n === 'string' ? n : n[lang]?.trim() || n[lang === 'fr' ? 'en' : 'fr'] || '',
      )
      .join(', ');
  return { fr: side('fr'), en: side('en') };
}

function taskIssues(
  task: RaciTask,
  index: number,
  matrix: RaciMatrix,
  options: ValidateRaciOptions,
  organizations: ReadonlyMap<string, unknown>,
) {
  const cached = taskChecks.get(task);
  if (
    cached &&
    cached.roles === matrix.roles &&
    cached.organizations === options.organizations &&
    cached.index === index
  ) {
    return cached;
  }
  const { issues, usedRoles } = checkTask(task, index, matrix.roles, organizations);
  const check = {
    roles: matrix.roles,
    organizations: options.organizations,
    index,
    issues,
    usedRoles,
  };
  taskChecks.set(task, check);
  return check;
}

/**
 * Checks a RACI matrix against the guide's rules and returns every issue found, each with the
 * rule it comes from (DOMAIN.md) and where it is — the task, the role, and for RACI-6 and
 * RACI-7 the very cells at fault (`cells`):
 *
 * - no task at all (error, RACI-1);
 * - a task without a lead organization, or led by one that is not a partner (error, RACI-2);
 * - a role that belongs to an organization that is not a partner (error, RACI-3);
 * - a task with no R or no A (error, RACI-5), with more than one A (error, RACI-6), with more
 *   than one R (warning, RACI-7: usually one person does the work);
 * - a role used in no task (info, RACI-3);
 * - cells that name an unknown role, duplicate task or role ids (errors);
 * - an adopted matrix without its adoption date (warning, RACI-8).
 *
 * Paths are relative to the matrix. Each task's issues are kept while its row, the roles and the
 * partners stay the same objects, so checking after a one-cell edit re-checks one row. The
 * guide's own example has no error.
 *
 * @example
 * ```ts
 * const issues = validateRaci(partnership.raci, { organizations: partnership.organizations });
 * const blocking = issues.filter((issue) => issue.severity === 'error');
 * ```
 */
export function validateRaci(matrix: RaciMatrix, options: ValidateRaciOptions): RaciIssue[] {
  const issues: RaciIssue[] = [];
  const organizations = new Map(options.organizations.map((o) => [o.id, o]));
  const seen = new Set<string>();
  matrix.roles.forEach((role, index) => {
    if (seen.has(role.id)) {
      issues.push({
        code: 'RACI_DUPLICATE_ROLE_ID',
        severity: 'error',
        path: ['roles', index, 'id'],
        params: { id: role.id },
        roleId: role.id,
      });
    }
    seen.add(role.id);
  });
  if (matrix.tasks.length === 0) {
    issues.push({
      code: 'RACI_NO_TASKS',
      ruleId: 'RACI-1',
      severity: 'error',
      path: ['tasks'],
      params: {},
    });
  }
  const usedRoles = new Set<string>();
  const taskIds = new Set<string>();
  matrix.tasks.forEach((task, index) => {
    if (taskIds.has(task.id)) {
      issues.push({
        code: 'RACI_DUPLICATE_TASK_ID',
        severity: 'error',
        path: ['tasks', index, 'id'],
        params: { id: task.id },
        taskId: task.id,
      });
    }
    taskIds.add(task.id);
    const check = taskIssues(task, index, matrix, options, organizations);
    if (check.issues.length > 0) issues.push(...check.issues);
    // Once every role is used (most matrices, within a few rows) there is nothing left to learn:
    // a thousand-task matrix does not pay fifteen thousand set insertions per edit.
    if (usedRoles.size < matrix.roles.length)
      for (const roleId of check.usedRoles) usedRoles.add(roleId);
  });
  matrix.roles.forEach((role, index) => {
    const label = nameOf(role.title, role.id);
    if (role.organizationId !== undefined && !organizations.has(role.organizationId)) {
      issues.push({
        code: 'RACI_ROLE_UNKNOWN_ORGANIZATION',
        ruleId: 'RACI-3',
        severity: 'error',
        path: ['roles', index, 'organizationId'],
        params: { role: label, organization: role.organizationId },
        roleId: role.id,
        organizationId: role.organizationId,
      });
    }
    if (!usedRoles.has(role.id)) {
      issues.push({
        code: 'RACI_ROLE_UNUSED',
        ruleId: 'RACI-3',
        severity: 'info',
        path: ['roles', index],
        params: { role: label },
        roleId: role.id,
      });
    }
  });
  if (matrix.status === 'adopted' && matrix.adoptedOn === undefined) {
    issues.push({
      code: 'RACI_ADOPTED_WITHOUT_DATE',
      ruleId: 'RACI-8',
      severity: 'warning',
      path: ['adoptedOn'],
      params: {},
    });
  }
  return issues;
}
