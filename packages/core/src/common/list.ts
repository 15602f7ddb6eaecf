// Immutable list moves shared by the reducers: they return new arrays built from the state
// before the action, so untouched items keep their identity.

/** An index clamped to `0..length`; `undefined` or not finite means the end. */
export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(0, Math.trunc(index)), length);
}

/** A copy of `list` with the item at `from` moved to `toIndex` (clamped), or null if it stays. */
export function moved<T>(list: readonly T[], from: number, toIndex: number): T[] | null {
  const to = clampIndex(toIndex, list.length - 1);
  if (from < 0 || from === to) return null;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** A copy of `list` with `item` inserted at `index` (clamped; at the end by default). */
export function inserted<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const copy = [...list];
  copy.splice(clampIndex(index, list.length), 0, item);
  return copy;
}
