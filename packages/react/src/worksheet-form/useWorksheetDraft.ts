import type { WorksheetResponse } from '@partnership-kit/core';
import { useEffect, useRef, useState } from 'react';
import type { UseWorksheetFormOptions } from './useWorksheetForm';
import { defaultDraftStorage, readDraft, writeDraft } from './worksheet-draft';

/**
 * A worksheet's draft: one left by an earlier visit is offered back (unless the form already
 * shows it), and after a pause in typing (`autosaveDelay`) the response is written as the draft
 * and handed to `onAutosave`. Internal to {@link useWorksheetForm}.
 *
 * @example
 * ```ts
 * const drafts = useWorksheetDraft(options, response, set);
 * if (drafts.draft) drafts.restore();
 * ```
 */
export function useWorksheetDraft(
  options: UseWorksheetFormOptions,
  response: WorksheetResponse,
  set: (next: WorksheetResponse) => void,
) {
  const { worksheet, onAutosave, autosaveDelay = 1000 } = options;
  const storage = options.draftStorage === undefined ? defaultDraftStorage() : options.draftStorage;
  const draftKey =
    options.draftKey ??
    `partnership-kit:worksheet:${worksheet.id}:v${worksheet.version}:${options.organizationId ?? ''}`;
  const [draft, setDraft] = useState<WorksheetResponse | undefined>(undefined);
  // Offer a draft left by an earlier visit, unless it is what the form already shows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount and when the key changes.
  useEffect(() => {
    const found = readDraft(storage, draftKey);
    if (found && JSON.stringify(found.answers) !== JSON.stringify(response.answers))
      setDraft(found);
  }, [draftKey]);
  // Autosave: after a pause in typing, write the draft and tell the app.
  const firstRender = useRef(true);
  const latestAutosave = useRef(onAutosave);
  latestAutosave.current = onAutosave;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of the response.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = setTimeout(() => {
      writeDraft(storage, draftKey, response);
      latestAutosave.current?.(response);
    }, autosaveDelay);
    return () => clearTimeout(timer);
  }, [response]);
  return {
    draft,
    /** Puts the offered draft in the form. */
    restore: () => {
      if (draft) set(draft);
      setDraft(undefined);
    },
    /** Forgets the offered draft, in storage too. */
    discard: () => {
      writeDraft(storage, draftKey, null);
      setDraft(undefined);
    },
    /** Removes the stored draft (the response was submitted). */
    clear: () => writeDraft(storage, draftKey, null),
  };
}
