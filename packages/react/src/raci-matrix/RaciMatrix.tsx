import type { Issue } from '@partnership-kit/core';
import { lazy, Suspense, useRef } from 'react';
import { RaciLegend } from '../raci-legend/RaciLegend';
import { warnOnce } from '../utils/dev';
import { RaciIssueSummary, RaciWorkload } from './raci-matrix.parts';
import { RaciTable } from './raci-matrix.table';
import { RaciStatus, RaciToolbar } from './raci-matrix.toolbar';
import { useRaciEditor } from './useRaciEditor';
import { type UseRaciMatrixOptions, useRaciMatrix } from './useRaciMatrix';

// The dialog is only needed once someone edits a task or a role: it is loaded then.
const RaciEditDialog = /* @__PURE__ */ lazy(() =>
  import('./RaciEditDialog').then((module) => ({ default: module.RaciEditDialog })),
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
  const { editTarget, saveEditor, removeEdited } = useRaciEditor(raci);
  const selectIssue = (issue: Issue) => {
    const row = matrix.tasks.findIndex((x) => x.id === issue.taskId) + 1;
    const roleCol =
      matrix.roles.findIndex((x) => x.id === (issue.cells?.[0]?.roleId ?? issue.roleId)) + 2;
    const leadIssue = issue.path.at(-1) === 'leadOrganizationId';
    if (row > 0) raci.setFocus({ row, col: roleCol > 1 ? roleCol : leadIssue ? 1 : 0 });
    else raci.setFocus({ row: 0, col: roleCol > 1 ? roleCol : 0 });
  };
  return (
    <div
      data-pk=""
      data-pk-raci-matrix=""
      data-status={matrix.status}
      data-readonly={raci.readOnly || undefined}
      className={className}
    >
      <RaciToolbar raci={raci} history={props.history !== false} />
      <RaciStatus raci={raci} />
      {raci.readOnly ? null : (
        <p id={`${idPrefix}-help`} data-part="help">
          {t('raci.help')}
        </p>
      )}
      <RaciIssueSummary
        issues={raci.issues}
        idPrefix={idPrefix}
        t={t}
        formatIssue={raci.formatIssue}
        onSelect={selectIssue}
      />
      <div data-part="layout">
        <RaciTable raci={raci} label={label} scrollerRef={scrollerRef} />
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
      {raci.readOnly || !editTarget ? null : (
        <Suspense fallback={null}>
          <RaciEditDialog
            target={editTarget}
            organizations={organizations}
            t={t}
            onClose={raci.closeEditor}
            onSave={saveEditor}
            onRemove={removeEdited}
            onFocusLost={() =>
              scrollerRef.current?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')
            }
          />
        </Suspense>
      )}
    </div>
  );
}
