import * as z from 'zod/mini';
import { IsoDateSchema } from '../common/common.schema';

// Version 0: the shape the 2025 prototype saved (a straight copy of the paper forms), before
// the document had a version number. It is frozen here so that its files still open; never
// change it, write a new migration instead.

const V0_CELL = /^$|^[RACI](\/[RACI])*$/;

/** Schema of a version-0 document (no `schemaVersion`; partners instead of organizations). */
export const PartnershipV0Schema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    title: z.string(),
    stage: z.enum(['exploring', 'establishing', 'active', 'ending', 'ended']),
    purpose: z.optional(z.string()),
    partners: z.array(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        name: z.string().check(z.minLength(1)),
        kind: z.enum(['DS', 'ODSP-ES', 'EO', 'OTHER']),
        contact: z.optional(z.string()),
      }),
    ),
    raci: z.strictObject({
      tasks: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          name: z.string(),
          lead: z.optional(z.string().check(z.minLength(1))),
          assignments: z.record(z.string(), z.string().check(z.regex(V0_CELL))),
        }),
      ),
      roles: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          name: z.string(),
          partner: z.optional(z.string().check(z.minLength(1))),
        }),
      ),
      adopted: z.optional(IsoDateSchema),
    }),
    swot: z.strictObject({
      strengths: z.array(z.string()),
      weaknesses: z.array(z.string()),
      opportunities: z.array(z.string()),
      threats: z.array(z.string()),
    }),
  }))();

/** A version-0 document. */
export type PartnershipV0 = z.infer<typeof PartnershipV0Schema>;
