import { lazy, Suspense, useRef, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { useLocale } from '../i18n/useMessages';
import { raciLegendText } from './raci-legend.messages';

const loadContent = () => import('./RaciLegendDialogContent');
// The dialog (and Radix under it) is downloaded when someone is about to open it, not before.
const RaciLegendDialogContent = /* @__PURE__ */ lazy(() =>
  loadContent().then((module) => ({ default: module.RaciLegendDialogContent })),
);

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
 * in can check what each letter means without leaving the page. The dialog itself is loaded
 * when the pointer or the focus reaches the button, so it costs nothing until then.
 *
 * @example
 * ```tsx
 * <RaciLegendDialog locale="fr-CA" />
 * ```
 */
export function RaciLegendDialog({
  locale: requested,
  open: controlledOpen,
  defaultOpen = false,
  onOpenChange,
  triggerClassName,
  contentClassName,
}: RaciLegendDialogProps) {
  const locale = useLocale(requested);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useControllableState({
    value: controlledOpen,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
    name: 'RaciLegendDialog',
  });
  // Once opened (or about to be), the dialog stays mounted so Radix can close it properly.
  const [wanted, setWanted] = useState(open);
  const preload = () => void loadContent().catch(() => undefined);
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={triggerClassName}
        data-pk-raci-legend-trigger=""
        aria-haspopup="dialog"
        aria-expanded={open}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          setOpen(!open);
        }}
      >
        {raciLegendText('trigger', locale)}
      </button>
      {wanted || open ? (
        <Suspense fallback={null}>
          <RaciLegendDialogContent
            locale={locale}
            open={open}
            onOpenChange={setOpen}
            triggerRef={triggerRef}
            contentClassName={contentClassName}
          />
        </Suspense>
      ) : null}
    </>
  );
}
