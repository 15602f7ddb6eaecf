import {
  createId,
  type Issue,
  type IssuePath,
  organizationLabel,
  type Partnership,
  type WorksheetResponse,
} from '@partnership-kit/core';
import {
  type AgreementRecommendationFacts,
  deriveAgreementFacts,
} from '@partnership-kit/core/rules';
import {
  CONVERSATION_GUIDE_WORKSHEET,
  SELF_REFLECTION_WORKSHEET,
  type Worksheet,
} from '@partnership-kit/templates';
import { type ReactNode, useId, useState } from 'react';
import { AgreementAdvisor } from '../agreement-advisor/AgreementAdvisor';
import {
  AgreementPreview,
  type AgreementPreviewProps,
} from '../agreement-preview/AgreementPreview';
import { AgreementTermsForm } from '../agreement-terms/AgreementTermsForm';
import { DissolutionChecklist } from '../dissolution-checklist/DissolutionChecklist';
import { FfpmGrid } from '../ffpm-grid/FfpmGrid';
import { MeetingLog } from '../meeting-log/MeetingLog';
import { OrganizationsEditor } from '../organizations/OrganizationsEditor';
import { IssueList } from '../partnership-issues/IssueList';
import { PartnershipIssues } from '../partnership-issues/PartnershipIssues';
import { PathwayEditor } from '../pathway/PathwayEditor';
import { PurposeScopeForm } from '../purpose-scope/PurposeScopeForm';
import { RaciMatrix } from '../raci-matrix/RaciMatrix';
import { ResourcesEditor } from '../resources/ResourcesEditor';
import { ReviewChecklist } from '../review-checklist/ReviewChecklist';
import { ReviewSchedule } from '../review-schedule/ReviewSchedule';
import { SignaturesPanel } from '../signatures/SignaturesPanel';
import { WorkingGroupEditor } from '../working-group/WorkingGroupEditor';
import { WorksheetForm } from '../worksheet-form/WorksheetForm';
import type { WorkspaceTranslate } from './workspace.messages';
import { missingFieldPath, type WorkspaceView } from './workspace.steps';

/** What every view gets: the document, how to change it, where to send an issue. */
export interface ViewProps {
  readonly partnership: Partnership;
  readonly change: (next: Partnership) => void;
  readonly navigate: (path: IssuePath) => void;
  readonly t: WorkspaceTranslate;
  readonly today: string;
  readonly stepIssues: readonly Issue[];
  readonly loadDocx?: AgreementPreviewProps['loadDocx'];
}

/** The issues of the step shown, each a link to its field. */
function StepIssues({
  issues,
  navigate,
}: {
  readonly issues: readonly Issue[];
  readonly navigate: (path: IssuePath) => void;
}) {
  return issues.length > 0 ? (
    <IssueList issues={issues} onNavigate={(path) => navigate(path)} />
  ) : null;
}

/** A worksheet response kept in the document, found by worksheet (and organization). */
function worksheetField(
  p: Partnership,
  change: (next: Partnership) => void,
  worksheet: Worksheet,
  organizationId?: string,
) {
  const index = p.worksheets.findIndex(
    (w) => w.worksheetId === worksheet.id && w.organizationId === organizationId,
  );
  const value: WorksheetResponse = p.worksheets[index] ?? {
    worksheetId: worksheet.id,
    worksheetVersion: worksheet.version,
    ...(organizationId ? { organizationId } : {}),
    answers: {},
  };
  const onValueChange = (next: WorksheetResponse) =>
    change({
      ...p,
      worksheets:
        index < 0 ? [...p.worksheets, next] : p.worksheets.map((w, i) => (i === index ? next : w)),
    });
  return { value, onValueChange };
}

/** Each organization answers the self-reflection worksheet (WS-SELF) for itself: one at a time. */
function SelfReflection({
  partnership: p,
  change,
  t,
}: Pick<ViewProps, 'partnership' | 'change' | 't'>) {
  const [organizationId, setOrganizationId] = useState(p.organizations[0]?.id);
  const id = useId();
  const organization = p.organizations.find((o) => o.id === organizationId) ?? p.organizations[0];
  if (!organization) return null;
  return (
    <section data-part="self-reflection" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('workspace.selfReflection')}</h3>
      <div data-part="field">
        <label htmlFor={`${id}-org`}>{t('workspace.selfReflection.organization')}</label>
        <select
          id={`${id}-org`}
          value={organization.id}
          onChange={(event) => setOrganizationId(event.target.value)}
        >
          {p.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {organizationLabel(o)}
            </option>
          ))}
        </select>
      </div>
      <WorksheetForm
        key={organization.id}
        worksheet={SELF_REFLECTION_WORKSHEET}
        {...worksheetField(p, change, SELF_REFLECTION_WORKSHEET, organization.id)}
        organizationId={organization.id}
        draftStorage={null}
        required="none"
        headingLevel={4}
      />
    </section>
  );
}

function PurposeView({ partnership: p, change, navigate, stepIssues, t }: ViewProps) {
  const doc = { partnership: p, onPartnershipChange: change, headingLevel: 3 } as const;
  return (
    <>
      <StepIssues issues={stepIssues} navigate={navigate} />
      <PurposeScopeForm {...doc} />
      <OrganizationsEditor {...doc} />
      <WorkingGroupEditor {...doc} />
      <PathwayEditor {...doc} />
      <WorksheetForm
        worksheet={CONVERSATION_GUIDE_WORKSHEET}
        {...worksheetField(p, change, CONVERSATION_GUIDE_WORKSHEET)}
        draftStorage={null}
        required="none"
        headingLevel={3}
      />
      <SelfReflection partnership={p} change={change} t={t} />
    </>
  );
}

function ResourcesView({ partnership: p, change, navigate, stepIssues }: ViewProps) {
  return (
    <>
      <StepIssues issues={stepIssues} navigate={navigate} />
      <ResourcesEditor partnership={p} onPartnershipChange={change} headingLevel={3} />
      <FfpmGrid value={p.swot} onValueChange={(swot) => change({ ...p, swot })} headingLevel={3} />
    </>
  );
}

function RolesView({ partnership: p, change, navigate, stepIssues, t }: ViewProps) {
  return (
    <>
      <StepIssues issues={stepIssues} navigate={navigate} />
      {/* One undo history for the whole document: the grid leaves Ctrl+Z to the workspace. */}
      <RaciMatrix
        aria-label={t('progress.EST-3')}
        organizations={p.organizations}
        value={p.raci}
        onValueChange={(raci) => change({ ...p, raci })}
        history={false}
      />
    </>
  );
}

function PerformanceView({ partnership: p, change, navigate, stepIssues, today }: ViewProps) {
  return (
    <>
      <StepIssues issues={stepIssues} navigate={navigate} />
      <MeetingLog partnership={p} onPartnershipChange={change} today={today} headingLevel={3} />
      <ReviewSchedule partnership={p} today={today} headingLevel={3} />
    </>
  );
}

function AgreementView({
  partnership: p,
  change,
  navigate,
  stepIssues,
  loadDocx,
  today,
}: ViewProps) {
  const facts = deriveAgreementFacts(p).facts;
  const setFacts = (next: AgreementRecommendationFacts) => {
    const known = (value: boolean | 'unknown' | undefined) =>
      value === 'unknown' ? undefined : value;
    const recorded = {
      sharesFunding: known(next.sharesFunding),
      coCreatesServices: known(next.coCreatesServices),
      servicesEstablished: known(next.servicesEstablished),
      paysForServices: known(next.paysForServices),
    };
    change({
      ...p,
      agreementFacts: Object.fromEntries(
        Object.entries(recorded).filter(([, v]) => v !== undefined),
      ),
    });
  };
  return (
    <>
      <StepIssues issues={stepIssues} navigate={navigate} />
      <AgreementAdvisor facts={facts} onFactsChange={setFacts} headingLevel={3} />
      <AgreementTermsForm
        partnership={p}
        onPartnershipChange={change}
        today={today}
        headingLevel={3}
      />
      <SignaturesPanel
        partnership={p}
        onPartnershipChange={change}
        today={today}
        headingLevel={3}
      />
      <AgreementPreview
        partnership={p}
        loadDocx={loadDocx}
        onFillField={(field) => navigate(missingFieldPath(p, field))}
      />
    </>
  );
}

function ActiveView({ partnership: p, change, navigate, today, t }: ViewProps) {
  const startReview = () =>
    change({
      ...p,
      reviews: [
        ...p.reviews,
        {
          id: createId('review'),
          date: today,
          reviewer: p.meetings.reviewer ?? 'external',
          answers: {},
        },
      ],
    });
  return (
    <>
      <PartnershipIssues
        partnership={p}
        today={today}
        onNavigate={(path) => navigate(path)}
        headingLevel={3}
      />
      <ReviewSchedule partnership={p} today={today} headingLevel={3} />
      <MeetingLog partnership={p} onPartnershipChange={change} today={today} headingLevel={3} />
      <section data-part="reviews">
        <h3>{t('workspace.reviews')}</h3>
        {p.reviews.length === 0 ? <p data-part="empty">{t('workspace.reviews.none')}</p> : null}
        {p.reviews.map((review) => (
          <ReviewChecklist
            key={review.id}
            value={review}
            onValueChange={(next) =>
              change({ ...p, reviews: p.reviews.map((r) => (r.id === review.id ? next : r)) })
            }
            headingLevel={4}
          />
        ))}
        <button type="button" data-variant="secondary" onClick={startReview}>
          {t('workspace.reviews.start')}
        </button>
      </section>
    </>
  );
}

function DissolutionView({ partnership: p, change, t }: ViewProps) {
  if (!p.dissolution) {
    return (
      <>
        <p>{t('workspace.dissolution.none')}</p>
        <button
          type="button"
          data-variant="danger"
          onClick={() =>
            change({
              ...p,
              status: 'dissolving',
              dissolution: { checklist: {}, clientHandovers: [] },
            })
          }
        >
          {t('workspace.dissolution.start')}
        </button>
      </>
    );
  }
  return (
    <DissolutionChecklist
      partnership={p}
      value={p.dissolution}
      onValueChange={(dissolution) => change({ ...p, dissolution })}
      headingLevel={3}
    />
  );
}

const VIEWS: Record<WorkspaceView, (props: ViewProps) => ReactNode> = {
  'EST-1': PurposeView,
  'EST-2': ResourcesView,
  'EST-3': RolesView,
  'EST-4': PerformanceView,
  'EST-5': AgreementView,
  active: ActiveView,
  dissolution: DissolutionView,
};

/** The content of one view of the workspace. */
export function WorkspaceViewContent({
  view,
  ...props
}: ViewProps & { readonly view: WorkspaceView }) {
  const View = VIEWS[view];
  return <View {...props} />;
}
