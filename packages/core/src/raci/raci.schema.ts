import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, uniqueIdsCheck } from '../common/common.schema';
import { LocalizedTextSchema } from '../i18n/localized-text';
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

/** The longest task label or role title, in each language. */
export const MAX_RACI_LABEL_LENGTH = 500;

const RaciLabelSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    fr: z.optional(z.string().check(z.maxLength(MAX_RACI_LABEL_LENGTH))),
    en: z.optional(z.string().check(z.maxLength(MAX_RACI_LABEL_LENGTH))),
  }))();

/**
 * Schema of a role, one column of the matrix (RACI-3): a job title in French and English,
 * possibly within one organization ("Job coach — Agency A").
 *
 * @example
 * ```ts
 * RoleSchema.parse({ id: 'role-1', title: { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' }, organizationId: 'org-a' });
 * ```
 */
export const RoleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: RaciLabelSchema,
    organizationId: z.optional(IdSchema),
  }))();

/** A role (a column of the matrix). */
export type Role = z.infer<typeof RoleSchema>;

/**
 * Schema of a task, one row of the matrix: its label in French and English, the partner
 * organization that leads it (RACI-2), and its cells, `cells[roleId] = letters` (RACI-4; a
 * missing entry is an empty cell). Tasks are kept in order of completion (RACI-1). Each row
 * holds its own cells, so editing one cell copies one row, whatever the matrix's size.
 *
 * @example
 * ```ts
 * RaciTaskSchema.parse({
 *   id: 'task-1',
 *   label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
 *   leadOrganizationId: 'org-b',
 *   cells: { 'intake-worker': ['R'], 'program-manager': ['A'] },
 * });
 * ```
 */
export const RaciTaskSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    label: RaciLabelSchema,
    leadOrganizationId: z.optional(IdSchema),
    cells: z.record(IdSchema, RaciLettersSchema),
  }))();

/** A task (a row of the matrix). */
export type RaciTask = z.infer<typeof RaciTaskSchema>;

/** Whether the matrix is still being drafted or was adopted with the people in the roles. */
export const RACI_STATUSES = ['draft', 'adopted'] as const;

/**
 * Schema of a RACI matrix: ordered tasks (rows, each with its cells) and roles (columns).
 * Status and adoption date record rule RACI-8 (shared, discussed and adopted before work
 * starts).
 *
 * @example
 * ```ts
 * RaciMatrixSchema.parse({
 *   tasks: [{ id: 't1', label: { en: 'Intake forms' }, leadOrganizationId: 'org-b', cells: { r1: ['R'], r2: ['A'] } }],
 *   roles: [{ id: 'r1', title: { en: 'Intake worker' } }, { id: 'r2', title: { en: 'Program manager' } }],
 *   status: 'draft',
 * });
 * ```
 */
export const RaciMatrixSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    tasks: z.array(RaciTaskSchema).check(uniqueIdsCheck('RACI_DUPLICATE_TASK_ID')),
    roles: z.array(RoleSchema).check(uniqueIdsCheck('RACI_DUPLICATE_ROLE_ID')),
    status: z.enum(RACI_STATUSES),
    adoptedOn: z.optional(IsoDateSchema),
    notes: z.optional(LocalizedTextSchema),
  }))();

/** A RACI matrix. */
export type RaciMatrix = z.infer<typeof RaciMatrixSchema>;
