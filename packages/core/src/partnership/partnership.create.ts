import { createId } from '../common/create-id';
import { createRaciMatrix } from '../raci/raci.create';
import { CURRENT_SCHEMA_VERSION, type Partnership } from './partnership.schema';

/** What {@link createPartnership} accepts: any field of the document except its version. */
export type PartnershipInit = Partial<Omit<Partnership, 'schemaVersion'>>;

/**
 * Creates a new partnership document at the current version, ready to save: a fresh id, status
 * `exploring`, empty purpose and scope, no organizations yet, an empty draft RACI matrix, an
 * empty SWOT, no meeting plan decided. Anything given in `init` is used as is.
 *
 * @example
 * ```ts
 * const partnership = createPartnership({
 *   name: 'Inclusive employment program',
 *   organizations: [
 *     { id: 'org-a', legalName: 'Agency A', sector: 'developmental-services', pointsOfContact: [] },
 *     { id: 'org-b', legalName: 'Agency B', sector: 'odsp-employment-supports', pointsOfContact: [] },
 *   ],
 * });
 * ```
 */
export function createPartnership(init: PartnershipInit = {}): Partnership {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id ?? createId('partnership'),
    name: init.name ?? '',
    status: init.status ?? 'exploring',
    purpose: init.purpose ?? '',
    scope: init.scope ?? '',
    organizations: init.organizations ?? [],
    workingGroup: init.workingGroup ?? [],
    resources: init.resources ?? [],
    raci: init.raci ?? createRaciMatrix(),
    swot: init.swot ?? { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    worksheets: init.worksheets ?? [],
    agreementFacts: init.agreementFacts ?? {},
    meetings: init.meetings ?? { records: [] },
    reviews: init.reviews ?? [],
    ...(init.agreement === undefined ? {} : { agreement: init.agreement }),
    ...(init.pathway === undefined ? {} : { pathway: init.pathway }),
    ...(init.dissolution === undefined ? {} : { dissolution: init.dissolution }),
    ...(init.extensions === undefined ? {} : { extensions: init.extensions }),
  };
}
