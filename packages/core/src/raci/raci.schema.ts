import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../common/common.schema';
import { RaciLetterSchema } from './raci-letter.schema';

/**
 * Schema of the letters in one cell: any of R, A, C, I, each at most once. "A/R" in one cell is
 * allowed (the same role both does and answers for a task); an empty list is an empty cell.
 *
 * @example
 * ```ts
 * RaciLettersSchema.parse(['R', 'A']);
 * RaciLettersSchema.safeParse(['R', 'R']).success; // false (rule RACI-4)
 * ```
 */
export const RaciLettersSchema = /* @__PURE__ */ (() =>
  z.array(RaciLetterSchema).check(
    z.refine((letters) => new Set(letters).size === letters.length, {
      params: { code: 'RACI_CELL_DUPLICATE_LETTER', ruleId: 'RACI-4' },
    }),
  ))();

/** The letters of one cell. */
export type RaciLetters = z.infer<typeof RaciLettersSchema>;

/**
 * Schema of a role, one column of the matrix (RACI-3): a job title, possibly within one
 * organization ("Job coach — Agency A").
 *
 * @example
 * ```ts
 * RoleSchema.parse({ id: 'role-1', title: 'Job coach', organizationId: 'org-a' });
 * ```
 */
export const RoleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: z.string().check(z.maxLength(500)),
    organizationId: z.optional(IdSchema),
  }))();

/** A role (a column of the matrix). */
export type Role = z.infer<typeof RoleSchema>;

/**
 * Schema of a task, one row of the matrix, with the partner organization that leads it
 * (RACI-2). Tasks are kept in order of completion (RACI-1).
 *
 * @example
 * ```ts
 * RaciTaskSchema.parse({ id: 'task-1', label: 'Intake forms', leadOrganizationId: 'org-b' });
 * ```
 */
export const RaciTaskSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    label: z.string().check(z.maxLength(1000)),
    leadOrganizationId: z.optional(IdSchema),
  }))();

/** A task (a row of the matrix). */
export type RaciTask = z.infer<typeof RaciTaskSchema>;

/** Whether the matrix is still being drafted or was adopted with the people in the roles. */
export const RACI_STATUSES = ['draft', 'adopted'] as const;

/**
 * Schema of a RACI matrix: ordered tasks and roles, and the cells as
 * `cells[taskId][roleId] = letters`. A missing entry is an empty cell. Status and adoption date
 * record rule RACI-8 (shared, discussed and adopted before work starts).
 *
 * @example
 * ```ts
 * RaciMatrixSchema.parse({
 *   tasks: [{ id: 't1', label: 'Intake forms', leadOrganizationId: 'org-b' }],
 *   roles: [{ id: 'r1', title: 'Intake worker' }, { id: 'r2', title: 'Program manager' }],
 *   cells: { t1: { r1: ['R'], r2: ['A'] } },
 *   status: 'draft',
 * });
 * ```
 */
export const RaciMatrixSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    tasks: z.array(RaciTaskSchema),
    roles: z.array(RoleSchema),
    cells: z.record(IdSchema, z.record(IdSchema, RaciLettersSchema)),
    status: z.enum(RACI_STATUSES),
    adoptedOn: z.optional(IsoDateSchema),
    notes: z.optional(TextSchema),
  }))();

/** A RACI matrix. */
export type RaciMatrix = z.infer<typeof RaciMatrixSchema>;
