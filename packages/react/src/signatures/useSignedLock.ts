import type { Partnership } from '@partnership-kit/core';
import { useState } from 'react';
import { signatureState } from './agreement-signed';

/**
 * Whether an agreement editor is read-only: when the app says so, or once every party has
 * signed (changes then go through amendments) — unless the person chose to correct a
 * data-entry error, which lasts while the editor is on screen.
 */
export function useSignedLock(
  partnership: Pick<Partnership, 'organizations' | 'agreement'>,
  readOnly: boolean,
) {
  const [correcting, setCorrecting] = useState(false);
  const [asking, setAsking] = useState(false);
  const signed = signatureState(partnership).complete;
  return {
    signed,
    readOnly: readOnly || (signed && !correcting),
    correcting: signed && correcting,
    asking,
    ask: () => setAsking(true),
    answer: (yes: boolean) => {
      setAsking(false);
      if (yes) setCorrecting(true);
    },
  };
}
