import { memo } from 'react';
import { useToolbar } from '../hooks/useToolbar';
import type { useRaciMatrix } from './useRaciMatrix';

type Raci = ReturnType<typeof useRaciMatrix>;

/** What the toolbar shows and does: values, and handlers that keep their identity. */
type RaciToolbarProps = Pick<
  Raci,
  | 't'
  | 'idPrefix'
  | 'readOnly'
  | 'adopted'
  | 'adoptBlocked'
  | 'canUndo'
  | 'canRedo'
  | 'announce'
  | 'undo'
  | 'redo'
  | 'openEditor'
  | 'adopt'
  | 'reopen'
  | 'exportCsv'
> & { readonly history: boolean };

/** What the status line shows. */
type RaciStatusProps = Pick<Raci, 't' | 'idPrefix' | 'readOnly' | 'adopted' | 'adoptBlocked'> & {
  readonly status: Raci['matrix']['status'];
  readonly adoptedOn: string | undefined;
};

/**
 * The matrix's toolbar (WAI-ARIA toolbar: one tab stop, arrows between buttons): undo and redo,
 * add a task or a role, adopt or reopen, export. Unavailable actions stay focusable with
 * `aria-disabled` and the reason linked, instead of vanishing or going silent.
 */
export const RaciToolbar = /* @__PURE__ */ memo(function RaciToolbar(props: RaciToolbarProps) {
  const raci = props;
  const { t, idPrefix, history } = raci;
  const toolbar = useToolbar(t('raci.toolbar'));
  const locked = raci.adopted;
  const lockedId = `${idPrefix}-locked`;
  const refuseLocked = () => raci.announce(t('raci.adoptedLocked'));
  return (
    <div {...toolbar} data-part="toolbar">
      {raci.readOnly ? null : (
        <>
          {history ? (
            <>
              <button type="button" onClick={raci.undo} aria-disabled={!raci.canUndo || undefined}>
                {t('raci.undo')}
              </button>
              <button type="button" onClick={raci.redo} aria-disabled={!raci.canRedo || undefined}>
                {t('raci.redo')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            data-variant="secondary"
            onClick={() =>
              locked ? refuseLocked() : raci.openEditor({ kind: 'task', focus: 'name' })
            }
            aria-disabled={locked || undefined}
            aria-describedby={locked ? lockedId : undefined}
          >
            {t('raci.addTask')}
          </button>
          <button
            type="button"
            data-variant="secondary"
            onClick={() => (locked ? refuseLocked() : raci.openEditor({ kind: 'role' }))}
            aria-disabled={locked || undefined}
            aria-describedby={locked ? lockedId : undefined}
          >
            {t('raci.addRole')}
          </button>
          {locked ? (
            <button type="button" data-variant="primary" onClick={raci.reopen}>
              {t('raci.reopen')}
            </button>
          ) : (
            // RACI-6: conflicts are resolved before adoption; the reason is shown, not hidden.
            <button
              type="button"
              data-variant="primary"
              onClick={() => (raci.adoptBlocked ? raci.announce(raci.adoptBlocked) : raci.adopt())}
              aria-disabled={raci.adoptBlocked ? true : undefined}
              aria-describedby={raci.adoptBlocked ? `${idPrefix}-adopt-blocked` : undefined}
            >
              {t('raci.adopt')}
            </button>
          )}
        </>
      )}
      <button type="button" data-variant="secondary" onClick={raci.exportCsv}>
        {t('raci.exportCsv')}
      </button>
    </div>
  );
});

/** Draft or adopted (with the date), and why adopting or editing is not possible right now. */
export const RaciStatus = /* @__PURE__ */ memo(function RaciStatus(raci: RaciStatusProps) {
  const { t, idPrefix, status, adoptedOn } = raci;
  const locked = raci.adopted;
  return (
    <p data-part="status" data-status={status}>
      {locked
        ? adoptedOn
          ? t('raci.status.adopted', { date: adoptedOn })
          : t('raci.status.adoptedUndated')
        : t('raci.status.draft')}
      {!raci.readOnly && !locked && raci.adoptBlocked ? (
        <span id={`${idPrefix}-adopt-blocked`} data-part="reason">
          {' '}
          {raci.adoptBlocked}
        </span>
      ) : null}
      {!raci.readOnly && locked ? (
        <span id={`${idPrefix}-locked`} data-part="reason">
          {' '}
          {t('raci.adoptedLocked')}
        </span>
      ) : null}
    </p>
  );
});
