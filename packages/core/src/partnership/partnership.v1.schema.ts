import * as z from 'zod/mini';
import { isCalendarDate, isUsableId } from '../common/validators';
import { RaciLetterSchema } from '../raci/raci-letter.schema';

// Version 1: the shape the first release saved (texts in one language, RACI cells in one record
// keyed by task). It is frozen here so that its files still open; never change it, write a new
// migration instead.

const Id = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(200),
      z.refine(isUsableId, { params: { code: 'SCHEMA_INVALID_ID' } }),
    ))();
const Day = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isCalendarDate, { params: { code: 'SCHEMA_INVALID_DATE' } })))();
const Text = /* @__PURE__ */ (() => z.string().check(z.maxLength(20_000)))();
const Short = /* @__PURE__ */ (() => z.string().check(z.maxLength(500)))();
const Letters = /* @__PURE__ */ (() =>
  z.array(RaciLetterSchema).check(
    z.refine((letters) => new Set(letters).size === letters.length, {
      params: { code: 'RACI_CELL_DUPLICATE_LETTER', ruleId: 'RACI-4' },
    }),
  ))();
const Kind = /* @__PURE__ */ (() =>
  z.enum(['financial', 'human', 'material', 'information', 'other']))();
const Availability = /* @__PURE__ */ (() => z.enum(['in-place', 'needed']))();
const SwotItem = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    text: Text,
    resourceKind: z.optional(Kind),
    availability: z.optional(Availability),
  }))();
const NextStep = /* @__PURE__ */ (() =>
  z.strictObject({
    id: Id,
    text: Text,
    owner: z.optional(Text),
    dueDate: z.optional(Day),
    done: z.boolean(),
  }))();

/** Schema of a version-1 document. */
export const PartnershipV1Schema = /* @__PURE__ */ (() =>
  z.strictObject({
    schemaVersion: z.literal(1),
    id: Id,
    name: Short,
    status: z.enum([
      'exploring',
      'establishing',
      'active',
      'under-review',
      'dissolving',
      'dissolved',
    ]),
    purpose: Text,
    scope: Text,
    organizations: z.array(
      z.strictObject({
        id: Id,
        legalName: z.string().check(z.minLength(1), z.maxLength(500)),
        shortName: z.optional(z.string().check(z.maxLength(100))),
        address: z.optional(Text),
        sector: z.enum([
          'developmental-services',
          'odsp-employment-supports',
          'employment-ontario',
          'other',
        ]),
        mission: z.optional(Text),
        pointsOfContact: z.array(
          z.strictObject({
            id: Id,
            title: z.string().check(z.minLength(1), z.maxLength(500)),
            name: z.optional(Text),
            email: z.optional(Text),
            phone: z.optional(Text),
          }),
        ),
      }),
    ),
    workingGroup: z.array(
      z.strictObject({
        id: Id,
        title: Short,
        name: z.optional(Text),
        organizationId: z.optional(Id),
        email: z.optional(Text),
      }),
    ),
    resources: z.array(
      z.strictObject({
        id: Id,
        organizationId: z.optional(Id),
        kind: Kind,
        description: Text,
        availability: Availability,
        notes: z.optional(Text),
      }),
    ),
    raci: z.strictObject({
      tasks: z.array(
        z.strictObject({
          id: Id,
          label: z.string().check(z.maxLength(1000)),
          leadOrganizationId: z.optional(Id),
        }),
      ),
      roles: z.array(z.strictObject({ id: Id, title: Short, organizationId: z.optional(Id) })),
      cells: z.record(Id, z.record(Id, Letters)),
      status: z.enum(['draft', 'adopted']),
      adoptedOn: z.optional(Day),
      notes: z.optional(Text),
    }),
    swot: z.strictObject({
      strengths: z.array(SwotItem),
      weaknesses: z.array(SwotItem),
      opportunities: z.array(SwotItem),
      threats: z.array(SwotItem),
    }),
    worksheets: z.array(
      z.strictObject({
        worksheetId: Id,
        worksheetVersion: z.int().check(z.minimum(1)),
        organizationId: z.optional(Id),
        answers: z.record(Id, z.strictObject({ answer: Text, nextSteps: z.array(NextStep) })),
      }),
    ),
    agreementFacts: z.strictObject({
      sharesFunding: z.optional(z.boolean()),
      coCreatesServices: z.optional(z.boolean()),
      servicesEstablished: z.optional(z.boolean()),
      paysForServices: z.optional(z.boolean()),
    }),
    agreement: z.optional(
      z.strictObject({
        kind: z.enum(['mou', 'partnership-agreement']),
        termYears: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
        noticeDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
        renewal: z.optional(z.enum(['meet-to-decide', 'automatic', 'none'])),
        signatures: z.array(
          z.strictObject({
            organizationId: Id,
            signatoryName: z.optional(Text),
            signatoryTitle: z.optional(Text),
            signedOn: z.optional(Day),
          }),
        ),
        clauses: z.strictObject({ termination: z.boolean(), conflictResolution: z.boolean() }),
        lawyerReviewed: z.optional(z.boolean()),
        wording: z.optional(
          z.strictObject({
            values: z.optional(Text),
            decisionMaking: z.optional(Text),
            conflictResolution: z.optional(Text),
            termination: z.optional(Text),
            liabilityAndInsurance: z.optional(Text),
            evaluation: z.optional(Text),
          }),
        ),
      }),
    ),
    pathway: z.optional(
      z.strictObject({
        phases: z.array(
          z.strictObject({
            id: Id,
            name: Short,
            leadOrganizationId: z.optional(Id),
            supportingOrganizationIds: z.array(Id),
            services: z.array(Text),
            durationWeeks: z.optional(z.int().check(z.minimum(1), z.maximum(520))),
            description: z.optional(Text),
          }),
        ),
      }),
    ),
    meetings: z.strictObject({
      cadenceMonths: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
      reviewIntervalMonths: z.optional(z.int().check(z.minimum(1), z.maximum(24))),
      reviewer: z.optional(z.enum(['external', 'internal'])),
      communicationPolicy: z.optional(Text),
      records: z.array(
        z.strictObject({
          id: Id,
          date: Day,
          kind: z.enum(['regular', 'formal-review', 'renewal', 'other']),
          notes: z.optional(Text),
        }),
      ),
    }),
    reviews: z.array(
      z.strictObject({
        id: Id,
        date: Day,
        reviewer: z.enum(['external', 'internal']),
        answers: z.record(Id, z.enum(['yes', 'partly', 'no', 'not-applicable'])),
        notes: z.optional(Text),
      }),
    ),
    dissolution: z.optional(
      z.strictObject({
        reason: z.optional(z.enum(['goals-met', 'funding-ended', 'conflict', 'other'])),
        noticeGivenOn: z.optional(Day),
        noticeGivenBy: z.optional(Id),
        path: z.optional(z.enum(['end-on-date', 'celebrate-and-close'])),
        checklist: z.record(Id, z.boolean()),
        clientHandovers: z.array(
          z.strictObject({
            id: Id,
            jobSeeker: Text,
            fromOrganizationId: z.optional(Id),
            toOrganizationId: z.optional(Id),
            handedOver: z.boolean(),
            notes: z.optional(Text),
          }),
        ),
        achievements: z.optional(Text),
        lessonsLearned: z.optional(Text),
      }),
    ),
    extensions: z.optional(z.record(Id, z.unknown())),
  }))();

/** A version-1 document. */
export type PartnershipV1 = z.infer<typeof PartnershipV1Schema>;
