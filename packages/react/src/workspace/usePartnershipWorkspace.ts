import {
  createPartnership,
  type IssuePath,
  type Partnership,
  parsePartnership,
  serializePartnership,
} from '@partnership-kit/core';
import { establishmentProgress } from '@partnership-kit/core/rules';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { editPathOf, fieldId } from '../editors/field-ids';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { useControllableState } from '../hooks/useControllableState';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import type { WorksheetDraftStorage } from '../worksheet-form/worksheet-draft';
import { defaultDraftStorage } from '../worksheet-form/worksheet-draft';
import { WORKSPACE_MESSAGES } from './workspace.messages';
import { viewOfPath, type WorkspaceView } from './workspace.steps';

/** Options of {@link usePartnershipWorkspace}. */
export interface UsePartnershipWorkspaceOptions extends MessageOptions {
  readonly value?: Partnership;
  readonly defaultValue?: Partnership;
  readonly onValueChange?: (partnership: Partnership) => void;
  /** The view shown, when the app controls it (e.g. from its router). */
  readonly view?: WorkspaceView;
  readonly defaultView?: WorkspaceView;
  readonly onViewChange?: (view: WorkspaceView) => void;
  /** Where drafts are kept (localStorage by default); `null` keeps none. */
  readonly draftStorage?: WorksheetDraftStorage | null;
  /** The draft's key. Default: `partnership-kit:workspace:<id>`. */
  readonly draftKey?: string;
  /** Called after the user stops editing for `autosaveDelay` ms; the draft is written then. */
  readonly onAutosave?: (partnership: Partnership) => void;
  readonly autosaveDelay?: number;
  /** How many changes can be undone. Default 100. */
  readonly historyLimit?: number;
}

interface History {
  readonly past: readonly Partnership[];
  readonly future: readonly Partnership[];
}

/** Text inputs keep their own Ctrl+Z (the browser's, letter by letter). */
const editsText = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' &&
      !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type)));

/** The first control that exists for a path: the field itself, else its closest parent. */
function controlFor(partnership: Partnership, path: IssuePath, languages: readonly string[]) {
  const editPath = editPathOf(partnership, path);
  for (let length = editPath.length; length > 0; length -= 1) {
    const id = fieldId(editPath.slice(0, length));
    for (const candidate of [id, ...languages.map((lang) => `${id}-${lang}`)]) {
      const element = document.getElementById(candidate);
      if (element) return element;
    }
  }
  return null;
}

/**
 * The behaviour of the partnership workspace without its markup: the document (controlled or
 * not) with one undo/redo history for all of it — every editor of the workspace edits the whole
 * document, so a change anywhere is one step back — the view shown, focus moved to each view's
 * heading or to the field an issue is about, autosave and a draft offered back, Ctrl+Z / Ctrl+Y
 * outside text fields, and announcements.
 *
 * @example
 * ```tsx
 * const workspace = usePartnershipWorkspace({ defaultValue: partnership, onAutosave: save });
 * workspace.change({ ...workspace.partnership, purpose: { fr: '…', en: '…' } });
 * ```
 */
export function usePartnershipWorkspace(options: UsePartnershipWorkspaceOptions) {
  const { t, locale } = useMessages(WORKSPACE_MESSAGES, options);
  const [partnership, setPartnership] = useControllableState<Partnership>({
    value: options.value,
    defaultValue: () => options.defaultValue ?? createPartnership({ id: 'partnership' }),
    onChange: options.onValueChange,
    name: 'PartnershipWorkspace',
  });
  const [view, setView] = useControllableState<WorkspaceView>({
    value: options.view,
    defaultValue: options.defaultView ?? 'EST-1',
    onChange: options.onViewChange,
    name: 'PartnershipWorkspace view',
  });
  const [history, setHistory] = useState<History>({ past: [], future: [] });
  const [announcement, announce] = useAnnouncer();
  const limit = options.historyLimit ?? 100;
  const latest = useRef(partnership);
  latest.current = partnership;

  /** Records a new document: one step of history. */
  const change = useCallback(
    (next: Partnership) => {
      const current = latest.current;
      if (next === current) return;
      latest.current = next;
      setHistory((h) => ({ past: [...h.past, current].slice(-limit), future: [] }));
      setPartnership(next);
    },
    [limit, setPartnership],
  );
  const undo = () => {
    const previous = history.past.at(-1);
    if (!previous) return announce(t('workspace.announce.nothing'));
    setHistory({ past: history.past.slice(0, -1), future: [latest.current, ...history.future] });
    latest.current = previous;
    setPartnership(previous);
    announce(t('workspace.announce.undo'));
  };
  const redo = () => {
    const next = history.future[0];
    if (!next) return announce(t('workspace.announce.nothingToRedo'));
    setHistory({ past: [...history.past, latest.current], future: history.future.slice(1) });
    latest.current = next;
    setPartnership(next);
    announce(t('workspace.announce.redo'));
  };

  // Where focus goes once a view has rendered: its heading, or the field an issue is about.
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ path?: IssuePath } | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const control = focusTarget.path
      ? controlFor(latest.current, focusTarget.path, latest.current.languages)
      : null;
    (control ?? headingRef.current)?.focus();
    control?.scrollIntoView?.({ block: 'center' });
    setFocusTarget(null);
  }, [focusTarget]);
  const goTo = (next: WorkspaceView, path?: IssuePath) => {
    setView(next);
    setFocusTarget(path ? { path } : {});
  };
  const navigateToIssue = (path: IssuePath) => goTo(viewOfPath(path), path);

  const drafts = useDrafts(options, partnership, change);
  const steps = useMemo(() => establishmentProgress(partnership), [partnership]);
  // Ctrl+Z anywhere in the workspace but a text field (which keeps the browser's own undo).
  const keys = useRef({ undo, redo });
  keys.current = { undo, redo };
  const rootRef = useCallback((root: HTMLElement | null) => {
    if (!root) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        editsText(event.target as EventTarget)
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) keys.current.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') keys.current.redo();
      else return;
      event.preventDefault();
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, []);

  return {
    partnership,
    change,
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    view,
    goTo,
    navigateToIssue,
    headingRef,
    steps,
    rootRef,
    announcement,
    announce,
    t,
    locale,
    ...drafts,
  };
}

/** Autosave after a pause, and a draft from an earlier visit offered back (never applied silently). */
function useDrafts(
  options: UsePartnershipWorkspaceOptions,
  partnership: Partnership,
  change: (p: Partnership) => void,
) {
  const storage = useMemo(
    () => (options.draftStorage === undefined ? defaultDraftStorage() : options.draftStorage),
    [options.draftStorage],
  );
  const key = options.draftKey ?? `partnership-kit:workspace:${partnership.id}`;
  const [draft, setDraft] = useState<Partnership | null>(null);
  const [savedAt, setSavedAt] = useState(0);
  const first = useRef(true);
  const onAutosave = useRef(options.onAutosave);
  onAutosave.current = options.onAutosave;
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per document key.
  useEffect(() => {
    const text = storage?.getItem(key);
    if (!text) return;
    try {
      const parsed = parsePartnership(JSON.parse(text));
      if (parsed.ok && serializePartnership(parsed.value) !== serializePartnership(partnership))
        setDraft(parsed.value);
    } catch {
      // A draft that does not parse is not offered: the saved document stays what it is.
    }
  }, [key, storage]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => {
      storage?.setItem(key, serializePartnership(partnership));
      onAutosave.current?.(partnership);
      setSavedAt(Date.now());
    }, options.autosaveDelay ?? 1000);
    return () => clearTimeout(timer);
  }, [partnership, key, storage, options.autosaveDelay]);
  return {
    draft,
    saved: savedAt > 0,
    restoreDraft: () => {
      if (draft) change(draft);
      setDraft(null);
    },
    discardDraft: () => {
      storage?.removeItem(key);
      setDraft(null);
    },
  };
}
