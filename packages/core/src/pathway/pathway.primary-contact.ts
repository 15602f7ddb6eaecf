import { isEmptyText, type LocalizedText } from '../i18n/localized-text';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import type { ClientPathway, PathwayPhase } from './pathway.schema';

/** What {@link primaryContact} needs to know about one job seeker. */
export interface PrimaryContactInput {
  /** The organization the job seeker contacted first: it does intake and assessment (PATH-1). */
  readonly firstContactOrganizationId: string;
  /** The phase the job seeker is in now; none means still at intake. */
  readonly currentPhaseId?: string;
  /**
   * The primary contact before this review, when the app tracked it. Otherwise it is worked out
   * by walking the earlier phases, each phase's lead taken as its main provider.
   */
  readonly currentPrimaryContactId?: string;
  /** How many supports or services each organization gives the job seeker now (PATH-3): whole numbers, zero or more. */
  readonly servicesByOrganization?: Readonly<Record<string, number>>;
}

/** The primary contact, and why. */
export interface PrimaryContact {
  readonly organizationId: string;
  /** The rules applied, in order (PATH-1, then PATH-2 and PATH-3 at a later phase). */
  readonly reasons: readonly Issue<IssueCode>[];
  /** Problems with the input: an unknown phase, a count that is not a number of services. */
  readonly issues: readonly Issue<IssueCode>[];
}

const phaseLabel = (phase: PathwayPhase): LocalizedText | string =>
  isEmptyText(phase.name) ? phase.id : phase.name;

/** The lead of a phase as its main provider, when no counts are known. */
const leadCounts = (phase: PathwayPhase): Record<string, number> =>
  phase.leadOrganizationId ? { [phase.leadOrganizationId]: 1 } : {};

/**
 * PATH-3 at one phase: the organization giving the most services takes over from the current
 * contact when it gives strictly more; ties (for the most, or with the current contact) keep
 * the current one.
 */
function decide(current: string, counts: ReadonlyMap<string, number>) {
  let best: string | undefined;
  let bestCount = -1;
  let tied = false;
  for (const [organizationId, count] of counts) {
    if (count > bestCount) [best, bestCount, tied] = [organizationId, count, false];
    else if (count === bestCount) tied = true;
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const own = counts.get(current) ?? 0;
  const switches = best !== undefined && best !== current && !tied && bestCount > own;
  return {
    organizationId: switches ? (best as string) : current,
    count: bestCount,
    total,
    switches,
  };
}

/** Valid counts; each one that is not a whole number of services, zero or more, is an issue (and is not counted). */
function checkedCounts(
  raw: Readonly<Record<string, number>>,
  issues: Issue<IssueCode>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [organizationId, count] of Object.entries(raw)) {
    if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0)
      counts.set(organizationId, count);
    else {
      issues.push({
        code: 'PATH_SERVICE_COUNT_INVALID',
        ruleId: 'PATH-3',
        severity: 'error',
        path: ['servicesByOrganization', organizationId],
        params: { organization: organizationId, count: String(count) },
        organizationId,
      });
    }
  }
  return counts;
}

/**
 * Decides which organization is a job seeker's primary contact, applying the guide's rules: the
 * organization contacted first does intake and assessment and is the primary contact (PATH-1);
 * when the job seeker enters another phase the choice is reviewed (PATH-2); the organization
 * that provides the most supports or services then becomes the primary contact, compared with
 * the *current* one — which may already have changed at an earlier phase — and a tie keeps the
 * current one (PATH-3). With three organizations, the one giving the most wins. Without counts,
 * the lead organization of the phase is taken as its main provider. An unknown phase id, or a
 * count that is not a whole number, is an issue, never a silently skipped rule.
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
  const issues: Issue<IssueCode>[] = [];
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
  if (input.currentPhaseId === undefined) return { organizationId: first, reasons, issues };
  const index = pathway.phases.findIndex((phase) => phase.id === input.currentPhaseId);
  const phase = pathway.phases[index];
  if (!phase) {
    issues.push({
      code: 'PATH_UNKNOWN_PHASE',
      ruleId: 'PATH-2',
      severity: 'error',
      path: ['currentPhaseId'],
      params: { phase: input.currentPhaseId },
    });
    return { organizationId: input.currentPrimaryContactId ?? first, reasons, issues };
  }
  let current = input.currentPrimaryContactId ?? first;
  if (input.currentPrimaryContactId === undefined) {
    for (const earlier of pathway.phases.slice(1, index)) {
      current = decide(current, new Map(Object.entries(leadCounts(earlier)))).organizationId;
    }
  }
  if (index === 0 && current === first) return { organizationId: first, reasons, issues };

  reasons.push({
    code: 'PATH_CONTACT_REVIEWED',
    ruleId: 'PATH-2',
    severity: 'info',
    path: ['phases', index],
    params: { phase: phaseLabel(phase) },
  });
  const counts = checkedCounts(input.servicesByOrganization ?? leadCounts(phase), issues);
  const decision = decide(current, counts);
  reasons.push(
    decision.switches
      ? {
          code: 'PATH_MOST_SERVICES_ELSEWHERE',
          ruleId: 'PATH-3',
          severity: 'info',
          path: ['phases', index],
          params: {
            organization: decision.organizationId,
            count: decision.count,
            total: decision.total,
          },
          organizationId: decision.organizationId,
        }
      : {
          code: 'PATH_CONTACT_KEPT',
          ruleId: 'PATH-3',
          severity: 'info',
          path: ['phases', index],
          params: { organization: current },
          organizationId: current,
        },
  );
  return { organizationId: decision.organizationId, reasons, issues };
}
