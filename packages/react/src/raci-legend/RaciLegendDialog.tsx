import { pickLanguage } from '@partnership-kit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useLocale } from '../i18n/useMessages';
import { RaciLegend } from './RaciLegend';
import { RACI_LEGEND_MESSAGES } from './raci-legend.messages';

/** Props of {@link RaciLegendDialog}. */
export interface RaciLegendDialogProps {
  /** Language of the button, the dialog and the legend; the provider's by default. */
  locale?: string;
  /** Open state, when the parent controls it (pair with `onOpenChange`). */
  open?: boolean;
  /** Open state on first render, when the dialog manages it itself. */
  defaultOpen?: boolean;
  /** Called with the new state whenever the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** Class of the button that opens the dialog. */
  triggerClassName?: string;
  /** Class of the dialog panel. */
  contentClassName?: string;
}

/**
 * A button that opens the RACI legend in a modal dialog (Radix Dialog: focus is trapped inside,
 * Escape closes it, focus returns to the button). Place it beside a matrix so people filling it
 * in can check what each letter means without leaving the page.
 *
 * @example
 * ```tsx
 * <RaciLegendDialog locale="fr-CA" />
 * ```
 */
export function RaciLegendDialog({
  locale: requested,
  open,
  defaultOpen,
  onOpenChange,
  triggerClassName,
  contentClassName,
}: RaciLegendDialogProps) {
  const locale = useLocale(requested);
  const t = (key: keyof typeof RACI_LEGEND_MESSAGES) =>
    pickLanguage(RACI_LEGEND_MESSAGES[key], locale);
  return (
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <Dialog.Trigger className={triggerClassName} data-pk-raci-legend-trigger="">
        {t('trigger')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          className={contentClassName}
          data-pk=""
          data-pk-dialog=""
          data-pk-raci-legend-dialog=""
          lang={locale}
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
