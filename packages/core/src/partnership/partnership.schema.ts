import * as z from 'zod/mini';
import { AgreementFactsSchema, AgreementTermsSchema } from '../agreement/agreement.schema';
import {
  IdSchema,
  IsoDateSchema,
  NameSchema,
  TextItemSchema,
  uniqueIdsCheck,
} from '../common/common.schema';
import { DissolutionSchema } from '../dissolution/dissolution.schema';
import { LANGUAGES, LanguageSchema, LocalizedTextSchema } from '../i18n/localized-text';
import { MeetingPlanSchema } from '../meeting/meeting.schema';
import { OrganizationSchema } from '../organization/organization.schema';
import { ClientPathwaySchema } from '../pathway/pathway.schema';
import { RaciMatrixSchema } from '../raci/raci.schema';
import { ReviewRecordSchema } from '../review/review.schema';
import { ResourceSchema, SharedDocumentSchema, SwotSchema } from '../swot/swot.schema';
import { WorksheetResponseSchema } from '../worksheet/worksheet-response.schema';

/** The version of the saved document this library writes. Older ones are migrated on parse. */
export const CURRENT_SCHEMA_VERSION = 2;

/** A partnership's life: exploring → establishing → active (↺ under review) → dissolving → dissolved. */
export const PARTNERSHIP_STATUSES = [
  'exploring',
  'establishing',
  'active',
  'under-review',
  'dissolving',
  'dissolved',
] as const;

/** Schema of a partnership's status. @example `PartnershipStatusSchema.parse('active')` */
export const PartnershipStatusSchema = /* @__PURE__ */ (() => z.enum(PARTNERSHIP_STATUSES))();

/** A partnership's status. */
export type PartnershipStatus = z.infer<typeof PartnershipStatusSchema>;

/**
 * Schema of a working-group member: one or several representatives per organization meet to
 * document each step (EST). Named by title first, like points of contact.
 *
 * @example
 * ```ts
 * WorkingGroupMemberSchema.parse({ id: 'wg-1', title: { en: 'Program manager' }, organizationId: 'org-a' });
 * ```
 */
export const WorkingGroupMemberSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    title: LocalizedTextSchema,
    name: z.optional(NameSchema),
    organizationId: z.optional(IdSchema),
    email: z.optional(NameSchema),
  }))();

/** A working-group member. */
export type WorkingGroupMember = z.infer<typeof WorkingGroupMemberSchema>;

/** Who can approve an organization's part in a partnership (EST-1, WS-SELF 10). */
export const APPROVER_KINDS = ['board', 'executive-director', 'program-manager', 'other'] as const;

/** Who approved. */
export type ApproverKind = (typeof APPROVER_KINDS)[number];

/**
 * Schema of one organization's leadership approval (EST-1; WS-SELF question 10 asks whether
 * leadership knows): who approved — the board, the executive director, a program manager or
 * someone else, by title — and on what day. An organization without one has not confirmed.
 *
 * @example
 * ```ts
 * ApprovalSchema.parse({ id: 'approval-1', organizationId: 'org-a', approvedBy: 'executive-director', approvedOn: '2026-11-02' });
 * ```
 */
export const ApprovalSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: IdSchema,
    organizationId: IdSchema,
    approvedBy: z.enum(APPROVER_KINDS),
    /** The approver's title when `other` (or to be precise). */
    approverTitle: z.optional(LocalizedTextSchema),
    approvedOn: IsoDateSchema,
    notes: z.optional(LocalizedTextSchema),
  }))();

/** One organization's leadership approval. */
export type Approval = z.infer<typeof ApprovalSchema>;

/** Schema of the languages a partnership is written in: French, English or both, each once. */
export const PartnershipLanguagesSchema = /* @__PURE__ */ (() =>
  z.array(LanguageSchema).check(
    z.minLength(1),
    z.maxLength(LANGUAGES.length),
    z.refine((languages) => new Set(languages).size === languages.length, {
      params: { code: 'PARTNERSHIP_LANGUAGE_REPEATED' },
    }),
  ))();

const idList = <T extends z.ZodMiniType<{ id: string }>>(item: T, code: string) =>
  z.array(item).check(uniqueIdsCheck(code));

/**
 * Schema of the saved partnership document, version {@link CURRENT_SCHEMA_VERSION}. Everything
 * else (progress, schedules, summaries, recommendations) is derived from it, never stored.
 * Objects are strict: an unknown field is reported, not silently dropped; apps keep their own
 * data under `extensions`. Texts people write are {@link LocalizedText}: the partnership
 * declares its `languages` and the one it is first written in.
 *
 * Use {@link parsePartnership} to load a saved document (it migrates older versions); use this
 * schema directly only for values already at the current version.
 *
 * @example
 * ```ts
 * PartnershipSchema.safeParse(createPartnership({ name: { en: 'Inclusive employment' } })).success; // true
 * ```
 */
export const PartnershipSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
      id: IdSchema,
      name: LocalizedTextSchema,
      status: PartnershipStatusSchema,
      /** The languages its documents are written in; `primaryLanguage` is one of them. */
      languages: PartnershipLanguagesSchema,
      primaryLanguage: LanguageSchema,
      /** The day the partnership started working: REV schedules count from it. */
      startedOn: z.optional(IsoDateSchema),
      /** EST-1: why the providers partner, what each contributes. */
      purpose: LocalizedTextSchema,
      /** EST-1: the services, clients and area the partnership covers. */
      scope: LocalizedTextSchema,
      /** EST-1: why the parties enter it (the MOU's background). */
      why: LocalizedTextSchema,
      /** EST-1: outcomes, goals and objectives. */
      objectives: idList(TextItemSchema, 'SCHEMA_DUPLICATE_ID'),
      /** The partnership's values (agreement). */
      values: LocalizedTextSchema,
      /** EST-1, WS-SELF 10: each organization's leadership approval. */
      approvals: idList(ApprovalSchema, 'SCHEMA_DUPLICATE_ID'),
      organizations: idList(OrganizationSchema, 'ORGANIZATION_DUPLICATE_ID'),
      workingGroup: idList(WorkingGroupMemberSchema, 'SCHEMA_DUPLICATE_ID'),
      /** EST-2: the resource inventory. */
      resources: idList(ResourceSchema, 'SCHEMA_DUPLICATE_ID'),
      /** EST-2: documents shared between partners (intake, consent…). */
      sharedDocuments: idList(SharedDocumentSchema, 'SCHEMA_DUPLICATE_ID'),
      /** EST-3: who does what. */
      raci: RaciMatrixSchema,
      /** EST-2: SWOT (FFPM) focused on resources. */
      swot: SwotSchema,
      worksheets: z.array(WorksheetResponseSchema),
      /** EST-5, AGR-1..4: the facts that decide between an MOU and an agreement. */
      agreementFacts: AgreementFactsSchema,
      /** EST-5: the MOU or agreement, once its kind is chosen. */
      agreement: z.optional(AgreementTermsSchema),
      /** EST-1, PATH: the client pathway. */
      pathway: z.optional(ClientPathwaySchema),
      /** EST-4, REV: meetings and the review plan. */
      meetings: MeetingPlanSchema,
      /** REV-2, REV-3: formal reviews held. */
      reviews: idList(ReviewRecordSchema, 'SCHEMA_DUPLICATE_ID'),
      /** DIS: the dissolution, once it starts. */
      dissolution: z.optional(DissolutionSchema),
      /** An app's own data, kept as is through parse and serialize. */
      extensions: z.optional(z.record(IdSchema, z.unknown())),
    })
    .check(
      z.superRefine((document, context) => {
        if (!document.languages.includes(document.primaryLanguage)) {
          context.addIssue({
            code: 'custom',
            input: document.primaryLanguage,
            path: ['primaryLanguage'],
            params: { code: 'PARTNERSHIP_PRIMARY_LANGUAGE_UNDECLARED' },
          });
        }
      }),
    ))();

/** The saved partnership document. */
export type Partnership = z.infer<typeof PartnershipSchema>;
