import { raciLegend } from '@partnership-kit/templates';
import { type ComponentPropsWithoutRef, forwardRef, memo } from 'react';
import { useLocale } from '../i18n/useMessages';

/** Props of {@link RaciLegend}: those of a `<dl>`, plus the language. */
export interface RaciLegendProps extends ComponentPropsWithoutRef<'dl'> {
  /** Language of the names and descriptions; the provider's by default. */
  locale?: string;
}

/**
 * The meaning of the letters R, A, C and I, as a description list. Unstyled: each entry carries
 * `data-letter` so a stylesheet can colour the letters the way the matrix does.
 *
 * @example
 * ```tsx
 * <RaciLegend locale="en-CA" className="legend" />
 * ```
 */
// Memoized: a grid beside it re-renders on every edit, the legend only when its language does.
export const RaciLegend = /* @__PURE__ */ memo(
  forwardRef<HTMLDListElement, RaciLegendProps>(function RaciLegend(
    { locale: requested, ...props },
    ref,
  ) {
    const locale = useLocale(requested);
    return (
      // `lang` lets a screen reader pronounce the legend right when it differs from the page's.
      <dl data-pk="" data-pk-raci-legend="" lang={locale} {...props} ref={ref}>
        {raciLegend(locale).map((entry) => (
          <div key={entry.letter} data-letter={entry.letter}>
            <dt>
              <span data-part="letter">{entry.letter}</span>{' '}
              <span data-part="name">{entry.name}</span>
            </dt>
            <dd>{entry.description}</dd>
          </div>
        ))}
      </dl>
    );
  }),
);
