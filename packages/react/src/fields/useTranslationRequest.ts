import { hasText, type Language, type LocalizedText, otherLanguage } from '@partnership-kit/core';
import { useRef, useState } from 'react';
import type { RequestTranslation } from './BilingualTextField';

/**
 * Fills a missing side of a bilingual text from the other one through `request`: which side is
 * being translated, which one failed, and `translate(to)`. A translation arrives later: it fills
 * its side of the text as it is then (what the person typed meanwhile stays), not as it was.
 * Internal to `BilingualTextField`.
 *
 * @example
 * ```ts
 * const { translate, translating } = useTranslationRequest(value, setValue, request);
 * translate('en'); // English from the French side
 * ```
 */
export function useTranslationRequest(
  value: LocalizedText,
  setValue: (next: LocalizedText) => void,
  request: RequestTranslation | undefined,
) {
  const latest = useRef(value);
  latest.current = value;
  const [translating, setTranslating] = useState<Language | null>(null);
  const [failed, setFailed] = useState<Language | null>(null);
  const translate = async (to: Language) => {
    const from = otherLanguage(to);
    const source = value[from];
    if (!request || !hasText(source)) return;
    setTranslating(to);
    setFailed(null);
    try {
      const text = await request(source, from, to);
      setValue({ ...latest.current, [to]: text });
    } catch {
      setFailed(to);
    } finally {
      setTranslating(null);
    }
  };
  return { translating, failed, translate } as const;
}
