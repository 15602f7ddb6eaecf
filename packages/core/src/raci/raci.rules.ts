import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { Organization } from '../organization/organization.schema';
import type { RaciMatrix } from './raci.schema';
import { raciRow } from './raci-cells';

/** Options of {@link validateRaci}. */
export interface ValidateRaciOptions {
  /** The partners: leads and role organizations must be among them (RACI-2, RACI-3). */
  readonly organizations: readonly Pick<Organization, 'id' | 'legalName' | 'shortName'>[];
}

type RaciIssue = Issue<IssueCode>;

/**
 * Checks a RACI matrix against the guide's rules and returns every issue found, each with the
 * rule it comes from (DOMAIN.md):
 *
 * - no task at all (error, RACI-1);
 * - a task without a lead organization, or led by one that is not a partner (error, RACI-2);
 * - a role that belongs to an organization that is not a partner (error, RACI-3);
 * - a task with no R or no A (error, RACI-5), with more than one A (error, RACI-6), with more
 *   than one R (warning, RACI-7: usually one person does the work);
 * - a role used in no task (info, RACI-3);
 * - cells that name an unknown task or role, duplicate task or role ids (errors);
 * - an adopted matrix without its adoption date (warning, RACI-8).
 *
 * Paths are relative to the matrix. The guide's own example has no error.
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
  const roleById = new Map(matrix.roles.map((role) => [role.id, role]));
  const taskIds = new Set<string>();
  const usedRoles = new Set<string>();

  const seenRoles = new Set<string>();
  matrix.roles.forEach((role, index) => {
    if (seenRoles.has(role.id)) {
      issues.push({
        code: 'RACI_DUPLICATE_ROLE_ID',
        severity: 'error',
        path: ['roles', index, 'id'],
        params: { roleId: role.id },
        roleId: role.id,
      });
    }
    seenRoles.add(role.id);
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

  matrix.tasks.forEach((task, index) => {
    const label = task.label || task.id;
    const at = { taskId: task.id, severity: 'error' as const };
    if (taskIds.has(task.id)) {
      issues.push({
        ...at,
        code: 'RACI_DUPLICATE_TASK_ID',
        path: ['tasks', index, 'id'],
        params: { taskId: task.id },
      });
    }
    taskIds.add(task.id);

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

    const responsible: string[] = [];
    const accountable: string[] = [];
    for (const [roleId, letters] of Object.entries(raciRow(matrix, task.id) ?? {})) {
      const role = roleById.get(roleId);
      if (!role) {
        issues.push({
          ...at,
          code: 'RACI_CELL_UNKNOWN_ROLE',
          path: ['cells', task.id, roleId],
          params: { task: label, roleId },
          roleId,
        });
        continue;
      }
      if (letters.length > 0) usedRoles.add(roleId);
      if (letters.includes('R')) responsible.push(role.title || role.id);
      if (letters.includes('A')) accountable.push(role.title || role.id);
    }
    const cellsPath = ['cells', task.id];
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
        params: { task: label, count: accountable.length, roles: accountable.join(', ') },
      });
    }
    if (responsible.length > 1) {
      issues.push({
        ...at,
        severity: 'warning',
        code: 'RACI_MULTIPLE_RESPONSIBLE',
        ruleId: 'RACI-7',
        path: cellsPath,
        params: { task: label, count: responsible.length, roles: responsible.join(', ') },
      });
    }
  });

  for (const taskId of Object.keys(matrix.cells)) {
    if (!taskIds.has(taskId)) {
      issues.push({
        code: 'RACI_CELL_UNKNOWN_TASK',
        severity: 'error',
        path: ['cells', taskId],
        params: { taskId },
        taskId,
      });
    }
  }

  matrix.roles.forEach((role, index) => {
    const label = role.title || role.id;
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
