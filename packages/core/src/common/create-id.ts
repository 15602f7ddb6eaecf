// Lower-case letters and digits only: ids end up in URLs, CSS selectors and file names.
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/** Web Crypto where the platform has it (browsers, Node 20, workers), without DOM typings. */
function randomSource(): RandomSource | undefined {
  const candidate = (globalThis as { crypto?: Partial<RandomSource> }).crypto;
  return typeof candidate?.getRandomValues === 'function' ? (candidate as RandomSource) : undefined;
}

/**
 * Creates a random identifier for a new partnership, organization, task or role: 12 characters
 * from `[0-9a-z]` (62 bits, from Web Crypto when available), after an optional prefix.
 *
 * @param prefix - a word that says what the id names, e.g. `'task'`.
 * @example
 * ```ts
 * createId('org'); // 'org-4f9k2m0c7q1z'
 * createId(); // 'x8c1v0n3b5m2'
 * ```
 */
export function createId(prefix?: string): string {
  const bytes = new Uint8Array(12);
  const source = randomSource();
  if (source) source.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  let id = '';
  // `% 36` favours the first four characters very slightly (256 = 7 × 36 + 4): harmless for
  // ids, which must be unique, not unpredictable.
  for (const byte of bytes) id += ALPHABET[byte % 36];
  return prefix ? `${prefix}-${id}` : id;
}

/**
 * The first `prefix-N` id (N = 1, 2, …) that is not taken. Reducers use it when an action does
 * not bring its own id, so that applying the same action to the same state always gives the
 * same result (pure, replayable, safe under React's double-invoked reducers).
 *
 * @example
 * ```ts
 * nextId('task', ['task-1', 'task-2']); // 'task-3'
 * nextId('task', ['task-2']); // 'task-1'
 * ```
 */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
