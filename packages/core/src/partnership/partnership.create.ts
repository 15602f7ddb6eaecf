import { createId } from '../common/create-id';
import type { Language } from '../i18n/localized-text';
import { createRaciMatrix } from '../raci/raci.create';
import { CURRENT_SCHEMA_VERSION, type Partnership } from './partnership.schema';

/** What {@link createPartnership} accepts: any field of the document except its version. */
export type PartnershipInit = Partial<Omit<Partnership, 'schemaVersion'>>;

/**
 * Creates a new partnership document at the current version, ready to save: a fresh id, status
 * `exploring`, written in `primaryLanguage` (French unless given) — add the other language to
 * `languages` for a bilingual partnership — with empty texts, no organizations yet, an empty
 * draft RACI matrix, an empty SWOT and no meeting plan decided. Anything given in `init` is
 * used as is.
 *
 * @example
 * ```ts
 * const partnership = createPartnership({
 *   name: { fr: 'Programme d’emploi inclusif', en: 'Inclusive employment program' },
 *   languages: ['fr', 'en'],
 *   organizations: [
 *     { id: 'org-a', legalName: 'Agency A', sector: 'developmental-services', services: [], pointsOfContact: [] },
 *     { id: 'org-b', legalName: 'Agency B', sector: 'odsp-employment-supports', services: [], pointsOfContact: [] },
 *   ],
 * });
 * ```
 */
export function createPartnership(init: PartnershipInit = {}): Partnership {
  const primaryLanguage: Language = init.primaryLanguage ?? init.languages?.[0] ?? 'fr';
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id ?? createId('partnership'),
    name: init.name ?? {},
    status: init.status ?? 'exploring',
    languages: init.languages ?? [primaryLanguage],
    primaryLanguage,
    ...(init.startedOn === undefined ? {} : { startedOn: init.startedOn }),
    purpose: init.purpose ?? {},
    scope: init.scope ?? {},
    why: init.why ?? {},
    objectives: init.objectives ?? [],
    values: init.values ?? {},
    approvals: init.approvals ?? [],
    organizations: init.organizations ?? [],
    workingGroup: init.workingGroup ?? [],
    resources: init.resources ?? [],
    sharedDocuments: init.sharedDocuments ?? [],
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
