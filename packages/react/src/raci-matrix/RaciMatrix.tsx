import { lazy, Suspense, useRef } from 'react';
import { RaciLegend } from '../raci-legend/RaciLegend';
import { warnOnce } from '../utils/dev';
import { RaciIssueSummary, RaciWorkload } from './raci-matrix.parts';
import { RaciStatus, RaciToolbar } from './raci-matrix.toolbar';
import { type UseRaciMatrixOptions, useRaciMatrix } from './useRaciMatrix';
import { useRaciTable } from './useRaciTable';

// The dialog and its save logic are only needed once someone edits a task or a role: loaded then.
const RaciEditorHost = /* @__PURE__ */ lazy(() =>
  import('./RaciEditorHost').then((module) => ({ default: module.RaciEditorHost })),
);

/** Props of {@link RaciMatrix}. */
export interface RaciMatrixProps extends UseRaciMatrixOptions {
  /** The grid's accessible name (required: a page may hold several matrices). */
  readonly 'aria-label': string;
  /** Show the per-organization workload table under the grid. Default true. */
  readonly showWorkload?: boolean;
  /** Show the letters' legend beside the grid. Default true. */
  readonly showLegend?: boolean;
  readonly className?: string;
}

/**
 * The RACI matrix editor (the guide's step 3, rules RACI-1..8), in French and English, usable
 * with the keyboard, a mouse or a screen reader. It follows the WAI-ARIA grid pattern: one tab
 * stop; arrows, Home/End, Ctrl+Home/End, PageUp/PageDown to move; R, A, C or I to set a letter
 * (Shift to combine, as in A/R); Space or Enter to cycle; Delete to clear; F2 or a click for the
 * letter picker; Enter or a click on a task, a lead or a role to edit it; Alt+arrows to reorder;
 * Ctrl+Z / Ctrl+Shift+Z to undo and redo. Rule issues are listed above the grid and marked on
 * rows, headers and cells (linked with `aria-describedby`); changes, refusals and new issues are
 * announced. Headers stay in view while the matrix scrolls. Controlled (`value` +
 * `onValueChange`) or not (`defaultValue`). Unstyled: state is in `data-*` attributes; import
 * `@partnership-kit/react/styles.css` for the theme. Built on {@link useRaciMatrix}.
 *
 * @example
 * ```tsx
 * <RaciMatrix
 *   aria-label="Roles in the partnership"
 *   organizations={partnership.organizations}
 *   value={partnership.raci}
 *   onValueChange={(raci) => save({ ...partnership, raci })}
 * />
 * ```
 */
export function RaciMatrix(props: RaciMatrixProps) {
  const { organizations, showWorkload = true, showLegend = true, className } = props;
  const label = props['aria-label'];
  if (!label)
    warnOnce(
      'RaciMatrix needs an aria-label: screen readers announce it when focus enters the grid.',
    );
  const raci = useRaciMatrix(props);
  const { matrix, t, idPrefix } = raci;
  const scrollerRef = useRef<HTMLDivElement>(null);
  // The table is part of this component's render (a hook, not a child): an edit re-renders the
  // matrix and the edited row, nothing in between.
  const table = useRaciTable(raci, label, scrollerRef);
  return (
    <div
      data-pk=""
      data-pk-raci-matrix=""
      data-status={matrix.status}
      data-readonly={raci.readOnly || undefined}
      className={className}
    >
      <RaciToolbar
        t={t}
        idPrefix={idPrefix}
        readOnly={raci.readOnly}
        adopted={raci.adopted}
        adoptBlocked={raci.adoptBlocked}
        canUndo={raci.canUndo}
        canRedo={raci.canRedo}
        history={props.history !== false}
        announce={raci.announce}
        undo={raci.undo}
        redo={raci.redo}
        openEditor={raci.openEditor}
        adopt={raci.adopt}
        reopen={raci.reopen}
        exportCsv={raci.exportCsv}
      />
      <RaciStatus
        t={t}
        idPrefix={idPrefix}
        readOnly={raci.readOnly}
        adopted={raci.adopted}
        adoptBlocked={raci.adoptBlocked}
        status={matrix.status}
        adoptedOn={matrix.adoptedOn}
      />
      {raci.readOnly ? null : (
        <p id={`${idPrefix}-help`} data-part="help">
          {t('raci.help')}
        </p>
      )}
      <RaciIssueSummary
        issues={raci.issues}
        idPrefix={idPrefix}
        getIssueProps={raci.getters.getIssueProps}
        t={t}
        formatIssue={raci.formatIssue}
        onSelect={raci.focusIssue}
      />
      <div data-part="layout">
        {table}
        {showLegend ? (
          <aside data-part="legend" aria-label={t('raci.legend')}>
            <RaciLegend locale={raci.locale} />
          </aside>
        ) : null}
      </div>
      <div aria-live="polite" role="status" data-part="announcer">
        {raci.announcement}
      </div>
      {showWorkload ? <RaciWorkload summary={raci.summary} t={t} /> : null}
      {raci.readOnly || !raci.editor ? null : (
        <Suspense fallback={null}>
          <RaciEditorHost
            raci={raci}
            organizations={organizations}
            onFocusLost={() =>
              scrollerRef.current?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')
            }
          />
        </Suspense>
      )}
    </div>
  );
}
