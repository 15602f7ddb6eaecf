import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: ReactNode;
  readonly description: ReactNode;
  readonly confirmLabel: ReactNode;
  readonly cancelLabel: ReactNode;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before something that cannot be taken back inside the editor (removing a partner that
 * other parts of the document name): an alert dialog, focus on Cancel — the safe answer — at
 * first, Escape cancels, focus goes back to what opened it.
 *
 * @example
 * ```tsx
 * <ConfirmDialog open={asking} title="Remove Agency A?" description="It is named in 4 places." confirmLabel="Remove" cancelLabel="Cancel" onConfirm={remove} onCancel={close} />
 * ```
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const returnFocus = useReturnFocus();
  if (!props.open) return null;
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : props.onCancel())}>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          data-pk=""
          data-pk-dialog=""
          role="alertdialog"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            (event.currentTarget as HTMLElement | null)
              ?.querySelector<HTMLElement>('[data-part="cancel"]')
              ?.focus();
          }}
          onCloseAutoFocus={returnFocus}
        >
          <div data-part="dialog-header">
            <Dialog.Title>{props.title}</Dialog.Title>
          </div>
          <div data-part="dialog-body">
            <Dialog.Description>{props.description}</Dialog.Description>
          </div>
          <div data-part="dialog-footer">
            <button type="button" data-variant="danger" onClick={props.onConfirm}>
              {props.confirmLabel}
            </button>
            <button
              type="button"
              data-part="cancel"
              data-variant="secondary"
              onClick={props.onCancel}
            >
              {props.cancelLabel}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
