import { heldClause } from '../agreement/agreement.clauses';
import { isEmptyText, type LocalizedText } from '../i18n/localized-text';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { organizationLabel } from '../organization/organization.schema';
import type { Partnership } from '../partnership/partnership.schema';
import { validateRaci } from '../raci/raci.rules';
import { WORKSHEET_IDS } from '../worksheet/worksheet.ids';

/** The five steps of establishing a partnership (DOMAIN.md, EST-1..5). */
export type EstablishmentStepId = 'EST-1' | 'EST-2' | 'EST-3' | 'EST-4' | 'EST-5';

/** Where one step stands. */
export interface EstablishmentStep {
  readonly step: EstablishmentStepId;
  readonly status: 'not-started' | 'in-progress' | 'done';
  /** What keeps the step from done; empty when done. */
  readonly issues: readonly Issue<IssueCode>[];
}

type Check = readonly [met: boolean, issue: Omit<Issue<IssueCode>, 'severity'>];

function step(id: EstablishmentStepId, checks: readonly Check[]): EstablishmentStep {
  const open = checks
    .filter(([met]) => !met)
    .map(([, issue]) => ({ ...issue, ruleId: id, severity: 'warning' as const }));
  const status =
    open.length === 0 ? 'done' : open.length === checks.length ? 'not-started' : 'in-progress';
  return { step: id, status, issues: open };
}

const filled = (text: LocalizedText | undefined) => !isEmptyText(text);

/**
 * Where the partnership stands in the guide's five establishment steps, each `not-started`,
 * `in-progress` or `done`, with the issues that keep it from done:
 *
 * 1. purpose and scope written, the conversation guide answered, a client pathway drafted, and
 *    each organization's leadership approval recorded (who, when);
 * 2. a resource inventory and a SWOT analysis;
 * 3. a RACI matrix with tasks, no rule broken, adopted;
 * 4. a meeting cadence and a formal review plan of at least two reviews a year (REV-2: an
 *    interval over six months keeps the step open);
 * 5. an MOU or agreement holding its termination and conflict-resolution clauses (AGR-5),
 *    signed by at least one authorized signatory of every partner.
 *
 * @example
 * ```ts
 * for (const { step, status, issues } of establishmentProgress(partnership)) {
 *   console.log(step, status, issues.map((issue) => formatIssue(issue, 'fr-CA')));
 * }
 * ```
 */
export function establishmentProgress(partnership: Partnership): readonly EstablishmentStep[] {
  const p = partnership;
  const guide = p.worksheets.find((w) => w.worksheetId === WORKSHEET_IDS.conversationGuide);
  const guideAnswered =
    guide !== undefined && Object.values(guide.answers).some((a) => filled(a.answer));
  const swotItems =
    p.swot.strengths.length +
    p.swot.weaknesses.length +
    p.swot.opportunities.length +
    p.swot.threats.length;
  const raciErrors = validateRaci(p.raci, { organizations: p.organizations }).filter(
    (i) => i.severity === 'error',
  );
  const agreement = p.agreement;
  const signed = new Set(
    agreement?.signatories.filter((s) => s.signedOn !== undefined).map((s) => s.organizationId),
  );
  const approved = new Set(p.approvals.map((approval) => approval.organizationId));
  const interval = p.meetings.reviewIntervalMonths;

  return [
    step('EST-1', [
      [filled(p.purpose), { code: 'EST_PURPOSE_MISSING', path: ['purpose'], params: {} }],
      [filled(p.scope), { code: 'EST_SCOPE_MISSING', path: ['scope'], params: {} }],
      [
        guideAnswered,
        { code: 'EST_CONVERSATION_GUIDE_UNANSWERED', path: ['worksheets'], params: {} },
      ],
      [
        (p.pathway?.phases.length ?? 0) > 0,
        { code: 'EST_PATHWAY_MISSING', path: ['pathway'], params: {} },
      ],
      ...p.organizations.map(
        (organization): Check => [
          approved.has(organization.id),
          {
            code: 'LEADERSHIP_NOT_CONFIRMED',
            path: ['approvals'],
            params: { organization: organizationLabel(organization) },
            organizationId: organization.id,
          },
        ],
      ),
    ]),
    step('EST-2', [
      [p.resources.length > 0, { code: 'EST_RESOURCES_MISSING', path: ['resources'], params: {} }],
      [swotItems > 0, { code: 'EST_SWOT_EMPTY', path: ['swot'], params: {} }],
    ]),
    step(
      'EST-3',
      p.raci.tasks.length === 0
        ? [[false, { code: 'EST_RACI_EMPTY', path: ['raci', 'tasks'], params: {} }]]
        : [
            [
              raciErrors.length === 0,
              { code: 'EST_RACI_HAS_ERRORS', path: ['raci'], params: { count: raciErrors.length } },
            ],
            [
              p.raci.status === 'adopted',
              { code: 'EST_RACI_NOT_ADOPTED', path: ['raci', 'status'], params: {} },
            ],
          ],
    ),
    step('EST-4', [
      [
        p.meetings.cadenceMonths !== undefined,
        { code: 'EST_MEETING_CADENCE_MISSING', path: ['meetings', 'cadenceMonths'], params: {} },
      ],
      interval !== undefined && interval > 6
        ? [
            false,
            {
              code: 'REVIEW_INTERVAL_TOO_LONG',
              path: ['meetings', 'reviewIntervalMonths'],
              params: { months: interval },
            },
          ]
        : [
            interval !== undefined,
            {
              code: 'EST_REVIEW_PLAN_MISSING',
              path: ['meetings', 'reviewIntervalMonths'],
              params: {},
            },
          ],
    ]),
    step(
      'EST-5',
      agreement === undefined
        ? [[false, { code: 'EST_AGREEMENT_MISSING', path: ['agreement'], params: {} }]]
        : [
            [
              heldClause(agreement, 'termination') !== undefined,
              {
                code: 'AGREEMENT_NO_TERMINATION_CLAUSE',
                path: ['agreement', 'clauses', 'termination'],
                params: {},
              },
            ],
            [
              heldClause(agreement, 'conflictResolution') !== undefined,
              {
                code: 'AGREEMENT_NO_CONFLICT_CLAUSE',
                path: ['agreement', 'clauses', 'conflictResolution'],
                params: {},
              },
            ],
            ...p.organizations.map(
              (organization): Check => [
                signed.has(organization.id),
                {
                  code: 'EST_AGREEMENT_UNSIGNED',
                  path: ['agreement', 'signatures'],
                  params: { organization: organizationLabel(organization) },
                  organizationId: organization.id,
                },
              ],
            ),
          ],
    ),
  ];
}
