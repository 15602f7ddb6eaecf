import { type Language, localize } from '@partnership-kit/core';
import { useId, useState } from 'react';
import type { AgreementPreviewProps } from '../agreement-preview/AgreementPreview';
import { useToolbar } from '../hooks/useToolbar';
import { PartnershipKitProvider } from '../i18n/PartnershipKitProvider';
import { localToday } from '../utils/format-date';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import {
  type UsePartnershipWorkspaceOptions,
  usePartnershipWorkspace,
} from './usePartnershipWorkspace';
import type { WorkspaceTranslate } from './workspace.messages';
import { isEstablishmentStep, WORKSPACE_VIEWS, type WorkspaceView } from './workspace.steps';
import { WorkspaceViewContent } from './workspace.views';

/** Props of {@link PartnershipWorkspace}. */
export interface PartnershipWorkspaceProps extends UsePartnershipWorkspaceOptions {
  /** The day schedules and issues are computed for; today (local time) by default. */
  readonly today?: string;
  /** Offers Word downloads in the agreement step (see AgreementPreview's `loadDocx`). */
  readonly loadDocx?: AgreementPreviewProps['loadDocx'];
  /** Level of the workspace's title; views get the next level. Default 2. */
  readonly headingLevel?: 2 | 3;
  readonly className?: string;
}

/**
 * A whole partnership, step by step, as the guide walks it — a task list (the Ontario and
 * federal design systems' pattern) of the five establishment steps with their status
 * (`establishmentProgress`), then the running partnership (meetings, formal reviews, what needs
 * attention) and its end (dissolution). Each step is its own view whose heading takes focus;
 * every issue links to the very field that fixes it. One undo/redo for the whole document
 * (buttons, Ctrl+Z, Ctrl+Shift+Z outside text fields), the interface language switched in place
 * (the texts people write stay in the partnership's languages), autosave and drafts through a
 * storage adapter. Controlled (`value` + `onValueChange`) or not (`defaultValue`).
 *
 * @example
 * ```tsx
 * <PartnershipWorkspace
 *   defaultValue={partnership}
 *   onAutosave={(p) => api.save(serializePartnership(p))}
 *   loadDocx={() => import('@partnership-kit/templates/docx')}
 * />
 * ```
 */
export function PartnershipWorkspace(props: PartnershipWorkspaceProps) {
  // The language toggle overrides the app's locale for the workspace only.
  const [uiLanguage, setUiLanguage] = useState<Language | null>(null);
  const locale = uiLanguage === null ? props.locale : uiLanguage === 'fr' ? 'fr-CA' : 'en-CA';
  return (
    <PartnershipKitProvider locale={locale}>
      <WorkspaceBody {...props} locale={locale} onLanguage={setUiLanguage} />
    </PartnershipKitProvider>
  );
}

function WorkspaceBody(
  props: PartnershipWorkspaceProps & { readonly onLanguage: (lang: Language) => void },
) {
  const { headingLevel = 2, className } = props;
  const workspace = usePartnershipWorkspace(props);
  const { partnership: p, t, view } = workspace;
  const lang: Language = workspace.locale === 'en-CA' ? 'en' : 'fr';
  const base = useId().replace(/:/g, '');
  const Title = `h${headingLevel}` as const;
  const ViewHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const name = localize(p.name, lang).text || t('workspace.untitled');
  const stepIssues = isEstablishmentStep(view)
    ? (workspace.steps.find((s) => s.step === view)?.issues ?? [])
    : [];
  return (
    <div
      data-pk=""
      data-pk-workspace=""
      lang={workspace.locale}
      className={className}
      ref={workspace.rootRef}
    >
      <Title id={`${base}-title`}>{name}</Title>
      <WorkspaceToolbar workspace={workspace} lang={lang} onLanguage={props.onLanguage} />
      {workspace.draft ? (
        <div data-part="draft" role="status">
          <p>{t('workspace.draft.found')}</p>
          <button type="button" data-variant="primary" onClick={workspace.restoreDraft}>
            {t('workspace.draft.restore')}
          </button>
          <button type="button" data-variant="secondary" onClick={workspace.discardDraft}>
            {t('workspace.draft.discard')}
          </button>
        </div>
      ) : null}
      {/* Fields below show one input per language the partnership is written in. */}
      <PartnershipKitProvider contentLanguages={p.languages}>
        <div data-part="workspace-layout">
          <TaskList workspace={workspace} label={t('workspace.steps')} />
          <div data-part="view" data-view={view}>
            <ViewHeading id={`${base}-view`} ref={workspace.headingRef} tabIndex={-1}>
              {viewName(view, t)}
            </ViewHeading>
            <WorkspaceViewContent
              view={view}
              partnership={p}
              change={workspace.change}
              navigate={workspace.navigateToIssue}
              t={t}
              today={props.today ?? localToday()}
              stepIssues={stepIssues}
              loadDocx={props.loadDocx}
            />
          </div>
        </div>
      </PartnershipKitProvider>
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {workspace.announcement}
      </div>
    </div>
  );
}

type Workspace = ReturnType<typeof usePartnershipWorkspace>;

const viewName = (view: WorkspaceView, t: WorkspaceTranslate) =>
  isEstablishmentStep(view) ? t(`progress.${view}`) : t(`workspace.view.${view}`);

/** Undo, redo, the interface language, and whether the draft is saved. */
function WorkspaceToolbar({
  workspace,
  lang,
  onLanguage,
}: {
  readonly workspace: Workspace;
  readonly lang: Language;
  readonly onLanguage: (lang: Language) => void;
}) {
  const { t } = workspace;
  const toolbar = useToolbar(t('workspace.tools'));
  return (
    <div {...toolbar} data-part="toolbar">
      <button
        type="button"
        onClick={workspace.undo}
        aria-disabled={!workspace.canUndo || undefined}
      >
        {t('workspace.undo')}
      </button>
      <button
        type="button"
        onClick={workspace.redo}
        aria-disabled={!workspace.canRedo || undefined}
      >
        {t('workspace.redo')}
      </button>
      {(['fr', 'en'] as const).map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'fr' ? 'fr-CA' : 'en-CA'}
          aria-pressed={lang === option}
          onClick={() => onLanguage(option)}
          data-part="language-option"
        >
          {t(`workspace.language.${option}`)}
        </button>
      ))}
      <output data-part="saved">{workspace.saved ? t('workspace.saved') : ''}</output>
    </div>
  );
}

/** The steps as a task list: each with its status, the current one marked. */
function TaskList({ workspace, label }: { readonly workspace: Workspace; readonly label: string }) {
  const { t, view } = workspace;
  return (
    <nav aria-label={label} data-part="steps">
      <ol data-part="task-list">
        {WORKSPACE_VIEWS.map((option) => {
          const step = isEstablishmentStep(option)
            ? workspace.steps.find((s) => s.step === option)
            : undefined;
          return (
            <li key={option} data-view={option} data-status={step?.status}>
              <button
                type="button"
                data-variant="link"
                aria-current={view === option ? 'step' : undefined}
                onClick={() => workspace.goTo(option)}
              >
                {viewName(option, t)}
              </button>
              {step ? (
                <span data-part="tag" data-status={step.status}>
                  {t(`progress.status.${step.status}`)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
