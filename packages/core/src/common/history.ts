import { applyPatches, type Draft, enablePatches, type Patch, produceWithPatches } from 'immer';

/** One undoable change: the patches that make it and the patches that take it back. */
export interface HistoryEntry {
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** A value with its undo and redo stacks. */
export interface History<T> {
  readonly present: T;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** How many changes can be undone at most; older ones are forgotten. */
  readonly limit: number;
}

let patchesEnabled = false;

/** Immer's patches plugin, switched on when first needed, not at import (no side effects on import). */
export function ensurePatches() {
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
}

/**
 * Starts an undo history for any immutable value. Each change is stored as immer patches, not
 * as a copy, so a long history of a large matrix stays small.
 *
 * @example
 * ```ts
 * let history = createHistory(createRaciMatrix(), { limit: 50 });
 * ```
 */
export function createHistory<T>(present: T, options: { limit?: number } = {}): History<T> {
  ensurePatches();
  return { present, past: [], future: [], limit: Math.max(0, options.limit ?? 100) };
}

/**
 * Applies an immer recipe to the present value and records it. A recipe that changes nothing
 * leaves the history as it was (no empty undo step); any real change clears the redo stack.
 *
 * @example
 * ```ts
 * history = recordChange(history, (draft) => raciRecipe(draft, action));
 * ```
 */
export function recordChange<T>(
  history: History<T>,
  recipe: (draft: Draft<T>) => void,
): History<T> {
  ensurePatches();
  const [next, patches, inversePatches] = produceWithPatches(history.present, recipe);
  if (patches.length === 0) return history;
  const past = [...history.past, { patches, inversePatches }];
  return {
    ...history,
    present: next as T,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    future: [],
  };
}

/**
 * Records a change already made, with the patches that make it and take it back (reducers that
 * compute their own patches, such as a RACI cell edit, use this instead of a recipe). A change
 * without patches leaves the history as it was.
 *
 * @example
 * ```ts
 * const result = applyRaciAction(history.present, action, { patches: true });
 * history = recordPatches(history, result.value, result.patches, result.inversePatches);
 * ```
 */
export function recordPatches<T>(
  history: History<T>,
  next: T,
  patches: readonly Patch[],
  inversePatches: readonly Patch[],
): History<T> {
  if (patches.length === 0 || next === history.present) return history;
  const past = [...history.past, { patches, inversePatches }];
  return {
    ...history,
    present: next,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    future: [],
  };
}

/**
 * Takes back the last change. Returns the same history when there is nothing to undo.
 *
 * @example
 * ```ts
 * history = undo(history);
 * ```
 */
export function undo<T>(history: History<T>): History<T> {
  const entry = history.past.at(-1);
  if (!entry) return history;
  ensurePatches();
  return {
    ...history,
    present: applyPatches(history.present as object, entry.inversePatches as Patch[]) as T,
    past: history.past.slice(0, -1),
    future: [entry, ...history.future],
  };
}

/**
 * Applies again the last change taken back. Returns the same history when there is nothing to redo.
 *
 * @example
 * ```ts
 * history = redo(history);
 * ```
 */
export function redo<T>(history: History<T>): History<T> {
  const [entry, ...rest] = history.future;
  if (!entry) return history;
  ensurePatches();
  return {
    ...history,
    present: applyPatches(history.present as object, entry.patches as Patch[]) as T,
    past: [...history.past, entry],
    future: rest,
  };
}

/** Whether {@link undo} would change anything. @example `canUndo(history)` */
export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

/** Whether {@link redo} would change anything. @example `canRedo(history)` */
export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
