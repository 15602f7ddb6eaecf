import * as z from 'zod/mini';

/**
 * The four letters a RACI cell can hold (rule RACI-4), in the order the guide presents them:
 * Responsible does the work, Accountable answers for it (one per task, rule RACI-6), Consulted
 * gives input both ways, Informed is kept up to date one way.
 */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;

/**
 * Schema of one RACI letter.
 *
 * @example
 * ```ts
 * RaciLetterSchema.parse('A'); // 'A'
 * RaciLetterSchema.safeParse('X').success; // false
 * ```
 */
export const RaciLetterSchema = /* @__PURE__ */ (() => z.enum(RACI_LETTERS))();

/** One RACI letter: `'R' | 'A' | 'C' | 'I'`. */
export type RaciLetter = z.infer<typeof RaciLetterSchema>;
