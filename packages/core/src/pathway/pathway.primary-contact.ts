import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { ClientPathway } from './pathway.schema';

/** What {@link primaryContact} needs to know about one job seeker. */
export interface PrimaryContactInput {
  /** The organization the job seeker contacted first: it does intake and assessment (PATH-1). */
  readonly firstContactOrganizationId: string;
  /** The phase the job seeker is in now; none means still at intake. */
  readonly currentPhaseId?: string;
  /** How many supports or services each organization gives the job seeker now (PATH-3). */
  readonly servicesByOrganization?: Readonly<Record<string, number>>;
}

/** The primary contact, and why. */
export interface PrimaryContact {
  readonly organizationId: string;
  readonly reasons: readonly Issue<IssueCode>[];
}

/**
 * Decides which organization is a job seeker's primary contact, applying the guide's rules:
 * the organization contacted first does intake and assessment and is the primary contact
 * (PATH-1); when the job seeker enters another phase the choice is reviewed (PATH-2); it moves
 * to the organization that provides most of the supports or services (PATH-3). Without counts,
 * the lead organization of the current phase is taken as the main provider.
 *
 * @example
 * ```ts
 * primaryContact(pathway, {
 *   firstContactOrganizationId: 'agency-b',
 *   currentPhaseId: 'job-development',
 *   servicesByOrganization: { 'agency-a': 3, 'agency-b': 1 },
 * }).organizationId; // 'agency-a'
 * ```
 */
export function primaryContact(pathway: ClientPathway, input: PrimaryContactInput): PrimaryContact {
  const first = input.firstContactOrganizationId;
  const reasons: Issue<IssueCode>[] = [
    {
      code: 'PATH_FIRST_CONTACT',
      ruleId: 'PATH-1',
      severity: 'info',
      path: [],
      params: { organization: first },
      organizationId: first,
    },
  ];
  const phaseIndex = pathway.phases.findIndex((phase) => phase.id === input.currentPhaseId);
  const phase = pathway.phases[phaseIndex];
  if (!phase || phaseIndex === 0) return { organizationId: first, reasons };

  reasons.push({
    code: 'PATH_CONTACT_REVIEWED',
    ruleId: 'PATH-2',
    severity: 'info',
    path: ['phases', phaseIndex],
    params: { phase: phase.name },
  });
  const counts =
    input.servicesByOrganization ??
    (phase.leadOrganizationId ? { [phase.leadOrganizationId]: 1 } : {});
  const total = Object.values(counts).reduce((sum, n) => sum + Math.max(0, n), 0);
  for (const [organizationId, count] of Object.entries(counts)) {
    if (organizationId !== first && total > 0 && count / total > 0.5) {
      reasons.push({
        code: 'PATH_MOST_SERVICES_ELSEWHERE',
        ruleId: 'PATH-3',
        severity: 'info',
        path: ['phases', phaseIndex],
        params: { organization: organizationId, count, total },
        organizationId,
      });
      return { organizationId, reasons };
    }
  }
  return { organizationId: first, reasons };
}
