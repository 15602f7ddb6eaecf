import * as Dialog from '@radix-ui/react-dialog';
import type { RefObject } from 'react';
import { RaciLegend } from './RaciLegend';
import { type RaciLegendText, raciLegendText } from './raci-legend.messages';

/** What {@link RaciLegendDialog} hands to its lazily loaded dialog. */
export interface RaciLegendDialogContentProps {
  readonly locale: string;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: focus goes back to it when the dialog closes. */
  readonly triggerRef: RefObject<HTMLButtonElement | null>;
  readonly contentClassName?: string | undefined;
}

/**
 * The modal part of the legend (Radix Dialog: focus trapped inside, Escape closes it). It lives
 * in its own chunk so a page that shows a matrix does not download a dialog nobody opened.
 */
export function RaciLegendDialogContent({
  locale,
  open,
  onOpenChange,
  triggerRef,
  contentClassName,
}: RaciLegendDialogContentProps) {
  const t = (key: RaciLegendText) => raciLegendText(key, locale);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          className={contentClassName}
          data-pk=""
          data-pk-dialog=""
          data-pk-raci-legend-dialog=""
          lang={locale}
          onCloseAutoFocus={(event) => {
            // The trigger is ours, not a Radix Trigger: send focus back to it explicitly.
            event.preventDefault();
            triggerRef.current?.focus();
          }}
        >
          <div data-part="dialog-header">
            <Dialog.Title>{t('title')}</Dialog.Title>
            <Dialog.Close data-part="dialog-close" aria-label={t('close')}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <div data-part="dialog-body">
            <Dialog.Description>{t('description')}</Dialog.Description>
            <RaciLegend locale={locale} />
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
