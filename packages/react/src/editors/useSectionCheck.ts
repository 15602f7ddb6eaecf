import { useEffect, useRef, useState } from 'react';

/**
 * The state of an editor's "Check this section" button: whether it was pressed, and a request to
 * focus the summary each time it is (the summary is the same element between presses).
 *
 * @example
 * ```tsx
 * const check = useSectionCheck();
 * <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
 * <CheckButton check={check} messages={checks.messages} t={t} />
 * ```
 */
export function useSectionCheck() {
  const [checked, setChecked] = useState(false);
  const [request, setRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (request > 0) summaryRef.current?.focus();
  }, [request]);
  return {
    checked,
    summaryRef,
    run: () => {
      setChecked(true);
      setRequest((n) => n + 1);
    },
  };
}

/** What {@link useSectionCheck} returns. */
export type SectionCheckState = ReturnType<typeof useSectionCheck>;
