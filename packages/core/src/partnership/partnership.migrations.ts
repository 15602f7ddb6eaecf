import type * as z from 'zod/mini';
import type { AgreementClauses, AgreementTerms, ClauseId } from '../agreement/agreement.schema';
import type { Language, LocalizedText } from '../i18n/localized-text';
import type { IssuePath } from '../issues/issue';
import type { OrganizationSector } from '../organization/organization.schema';
import type { RaciLetter } from '../raci/raci-letter.schema';
import { sortRaciLetters } from '../raci/raci-letters';
import type { Partnership, PartnershipStatus } from './partnership.schema';
import { type PartnershipV0, PartnershipV0Schema } from './partnership.v0.schema';
import { type PartnershipV1, PartnershipV1Schema } from './partnership.v1.schema';
import { V1_PRINTED_CLAUSES } from './partnership.v1.wording';

/** What a migration may need to know that the old document does not say. */
export interface MigrationOptions {
  /**
   * The language the texts of a version-0 or version-1 document are written in: those versions
   * kept one string per text, and each moves into this side of the bilingual text.
   */
  readonly legacyLanguage?: Language;
}

/**
 * One step of the upgrade path: documents at version `from` are checked against `schema` (the
 * shape that version really had), then `up` turns them into version `from + 1`. Steps are pure
 * and run in order, so a version-0 file goes 0 → 1 → 2 … → current. `pathBack` turns a path in
 * the migrated document into the matching path of the document before the step, so problems
 * are reported where they are in the file the app gave.
 */
export interface PartnershipMigration {
  readonly from: number;
  readonly schema: z.ZodMiniType;
  /** Whether `up` needs `legacyLanguage`. */
  readonly needsLegacyLanguage: boolean;
  readonly up: (document: never, options: MigrationOptions) => unknown;
  readonly pathBack: (path: IssuePath, before: never) => IssuePath;
}

const SECTOR_BY_V0_KIND: Record<PartnershipV0['partners'][number]['kind'], OrganizationSector> = {
  DS: 'developmental-services',
  'ODSP-ES': 'odsp-employment-supports',
  EO: 'employment-ontario',
  OTHER: 'other',
};

const STATUS_BY_V0_STAGE: Record<PartnershipV0['stage'], PartnershipStatus> = {
  exploring: 'exploring',
  establishing: 'establishing',
  active: 'active',
  ending: 'dissolving',
  ended: 'dissolved',
};

/** Version 0 → 1: partners become organizations, "A/R" strings become letter lists. */
export function migrateV0ToV1(v0: PartnershipV0): PartnershipV1 {
  const swotItems = (quadrant: keyof PartnershipV0['swot']) =>
    v0.swot[quadrant].map((text, index) => ({ id: `${quadrant}-${index + 1}`, text }));
  return {
    schemaVersion: 1,
    id: v0.id,
    name: v0.title,
    status: STATUS_BY_V0_STAGE[v0.stage],
    purpose: v0.purpose ?? '',
    scope: '',
    organizations: v0.partners.map((partner) => ({
      id: partner.id,
      legalName: partner.name,
      sector: SECTOR_BY_V0_KIND[partner.kind],
      pointsOfContact: partner.contact
        ? [{ id: `${partner.id}-contact`, title: partner.contact }]
        : [],
    })),
    workingGroup: [],
    resources: [],
    raci: {
      tasks: v0.raci.tasks.map((task) => ({
        id: task.id,
        label: task.name,
        ...(task.lead === undefined ? {} : { leadOrganizationId: task.lead }),
      })),
      roles: v0.raci.roles.map((role) => ({
        id: role.id,
        title: role.name,
        ...(role.partner === undefined ? {} : { organizationId: role.partner }),
      })),
      cells: Object.fromEntries(
        v0.raci.tasks.map((task) => [
          task.id,
          Object.fromEntries(
            Object.entries(task.assignments)
              .filter(([, cell]) => cell !== '')
              .map(([roleId, cell]) => [roleId, sortRaciLetters(cell.split('/') as RaciLetter[])]),
          ),
        ]),
      ),
      status: v0.raci.adopted ? 'adopted' : 'draft',
      ...(v0.raci.adopted ? { adoptedOn: v0.raci.adopted } : {}),
    },
    swot: {
      strengths: swotItems('strengths'),
      weaknesses: swotItems('weaknesses'),
      opportunities: swotItems('opportunities'),
      threats: swotItems('threats'),
    },
    worksheets: [],
    agreementFacts: {},
    meetings: { records: [] },
    reviews: [],
  };
}

const V0_FIELD: Readonly<Record<string, string>> = { name: 'title', status: 'stage' };

/** A path of a version-1 document made by {@link migrateV0ToV1}, in the version-0 layout. */
function pathBackToV0(path: IssuePath, v0: PartnershipV0): IssuePath {
  const [head, ...rest] = path;
  if (head === 'organizations') {
    const [index, field] = rest;
    const renamed = field === 'legalName' ? 'name' : field === 'sector' ? 'kind' : field;
    if (field === 'pointsOfContact') return ['partners', index as number, 'contact'];
    return ['partners', ...(index === undefined ? [] : [index]), ...(renamed ? [renamed] : [])];
  }
  if (head === 'raci') {
    const [part, key, field, ...tail] = rest;
    if (part === 'cells' && typeof key === 'string') {
      const taskIndex = v0.raci.tasks.findIndex((task) => task.id === key);
      return ['raci', 'tasks', taskIndex, 'assignments', ...(field === undefined ? [] : [field])];
    }
    const rename: Record<string, string> = {
      label: 'name',
      leadOrganizationId: 'lead',
      title: 'name',
      organizationId: 'partner',
    };
    if (part === 'adoptedOn') return ['raci', 'adopted'];
    const renamedField = typeof field === 'string' ? (rename[field] ?? field) : field;
    return [
      'raci',
      ...[part, key, renamedField, ...tail].filter((s) => s !== undefined),
    ] as IssuePath;
  }
  if (head === 'swot') return ['swot', ...rest.slice(0, 2)];
  return typeof head === 'string' && V0_FIELD[head] ? [V0_FIELD[head] as string, ...rest] : path;
}

/** A version-1 string as one side of a bilingual text; nothing for an empty one. */
const side = (lang: Language, value: string | undefined): LocalizedText =>
  value === undefined || value === '' ? {} : lang === 'fr' ? { fr: value } : { en: value };

/**
 * The clauses of version 2 from version 1: the partners' own wording where they wrote one; else,
 * for the clauses version 1 printed with the guide's wording whatever its `clauses` flags said,
 * that wording — the document keeps saying what it said, and now says it in both languages.
 */
function migrateClauses(
  v1: NonNullable<PartnershipV1['agreement']>,
  lang: Language,
): AgreementClauses {
  const clauses: Partial<Record<ClauseId, LocalizedText>> = {};
  const wording = v1.wording ?? {};
  const own = [
    'termination',
    'conflictResolution',
    'decisionMaking',
    'liabilityAndInsurance',
    'evaluation',
  ] as const;
  for (const id of own) {
    const written = wording[id];
    if (written !== undefined && written !== '') clauses[id] = side(lang, written);
  }
  const printed: Partial<Record<ClauseId, LocalizedText>> = V1_PRINTED_CLAUSES[v1.kind];
  for (const [id, wording] of Object.entries(printed) as [ClauseId, LocalizedText][]) {
    if (clauses[id] === undefined) clauses[id] = { ...wording };
  }
  return clauses;
}

function migrateAgreement(
  v1: NonNullable<PartnershipV1['agreement']>,
  lang: Language,
): AgreementTerms {
  return {
    kind: v1.kind,
    ...(v1.termYears === undefined ? {} : { termYears: v1.termYears }),
    ...(v1.noticeDays === undefined ? {} : { noticeDays: v1.noticeDays }),
    ...(v1.renewal === undefined ? {} : { renewal: v1.renewal }),
    signatories: v1.signatures.map((signature, index) => ({
      id: `signatory-${index + 1}`,
      organizationId: signature.organizationId,
      ...(signature.signatoryName ? { name: signature.signatoryName } : {}),
      ...(signature.signatoryTitle ? { title: side(lang, signature.signatoryTitle) } : {}),
      ...(signature.signedOn === undefined ? {} : { signedOn: signature.signedOn }),
    })),
    clauses: migrateClauses(v1, lang),
    provisions: [],
    ...(v1.lawyerReviewed === undefined ? {} : { lawyerReviewed: v1.lawyerReviewed }),
  };
}

function migrateDissolution(
  v1: NonNullable<PartnershipV1['dissolution']>,
  t: (value: string | undefined) => LocalizedText,
): NonNullable<Partnership['dissolution']> {
  const { achievements, lessonsLearned, clientHandovers, ...rest } = v1;
  return {
    ...rest,
    clientHandovers: clientHandovers.map(({ notes, ...handover }) => ({
      ...handover,
      ...(notes === undefined ? {} : { notes: t(notes) }),
    })),
    ...(achievements === undefined ? {} : { achievements: t(achievements) }),
    ...(lessonsLearned === undefined ? {} : { lessonsLearned: t(lessonsLearned) }),
  };
}

const WHY_QUESTION = 'purpose-why';

/** The conversation guide's "why partner?" answer, which version 1 printed as the MOU's background. */
function v1Why(v1: PartnershipV1): string | undefined {
  const guide = v1.worksheets.find((w) => w.worksheetId === 'conversation-guide');
  return guide && Object.hasOwn(guide.answers, WHY_QUESTION)
    ? guide.answers[WHY_QUESTION]?.answer
    : undefined;
}

/**
 * Version 1 → 2: every text people wrote becomes bilingual, its one string moving into the
 * legacy language; RACI cells move onto their task rows (cells of tasks that no longer exist
 * are kept under `extensions`); clauses become the texts the partnership holds; signatures
 * become signatories with ids; meetings gain attendees, decisions and action items.
 */
export function migrateV1ToV2(v1: PartnershipV1, options: MigrationOptions): Partnership {
  const lang = options.legacyLanguage ?? 'fr';
  const t = (value: string | undefined) => side(lang, value);
  const taskIds = new Set(v1.raci.tasks.map((task) => task.id));
  const orphans = Object.fromEntries(
    Object.entries(v1.raci.cells).filter(([taskId]) => !taskIds.has(taskId)),
  );
  const extensions = {
    ...v1.extensions,
    ...(Object.keys(orphans).length > 0 ? { migratedRaciCellsWithoutTask: orphans } : {}),
  };
  return {
    schemaVersion: 2,
    id: v1.id,
    name: t(v1.name),
    status: v1.status,
    languages: [lang],
    primaryLanguage: lang,
    purpose: t(v1.purpose),
    scope: t(v1.scope),
    why: t(v1Why(v1)),
    objectives: [],
    values: t(v1.agreement?.wording?.values),
    approvals: [],
    organizations: v1.organizations.map(({ mission, pointsOfContact, ...organization }) => ({
      ...organization,
      ...(mission === undefined ? {} : { mission: t(mission) }),
      services: [],
      pointsOfContact: pointsOfContact.map((contact) => ({ ...contact, title: t(contact.title) })),
    })),
    workingGroup: v1.workingGroup.map((member) => ({ ...member, title: t(member.title) })),
    resources: v1.resources.map(({ description, notes, ...resource }) => ({
      ...resource,
      description: t(description),
      ...(notes === undefined ? {} : { notes: t(notes) }),
    })),
    sharedDocuments: [],
    raci: {
      tasks: v1.raci.tasks.map((task) => ({
        ...task,
        label: t(task.label),
        cells: Object.hasOwn(v1.raci.cells, task.id) ? { ...v1.raci.cells[task.id] } : {},
      })),
      roles: v1.raci.roles.map((role) => ({ ...role, title: t(role.title) })),
      status: v1.raci.status,
      ...(v1.raci.adoptedOn === undefined ? {} : { adoptedOn: v1.raci.adoptedOn }),
      ...(v1.raci.notes === undefined ? {} : { notes: t(v1.raci.notes) }),
    },
    swot: {
      strengths: v1.swot.strengths.map((item) => ({ ...item, text: t(item.text) })),
      weaknesses: v1.swot.weaknesses.map((item) => ({ ...item, text: t(item.text) })),
      opportunities: v1.swot.opportunities.map((item) => ({ ...item, text: t(item.text) })),
      threats: v1.swot.threats.map((item) => ({ ...item, text: t(item.text) })),
    },
    worksheets: v1.worksheets.map((response) => ({
      ...response,
      answers: Object.fromEntries(
        Object.entries(response.answers).map(([id, answer]) => [
          id,
          {
            answer: t(answer.answer),
            nextSteps: answer.nextSteps.map((step) => ({ ...step, text: t(step.text) })),
          },
        ]),
      ),
    })),
    agreementFacts: v1.agreementFacts,
    ...(v1.agreement === undefined ? {} : { agreement: migrateAgreement(v1.agreement, lang) }),
    ...(v1.pathway === undefined
      ? {}
      : {
          pathway: {
            phases: v1.pathway.phases.map(({ name, services, description, ...phase }) => ({
              ...phase,
              name: t(name),
              services: services.map((text, index) => ({
                id: `${phase.id}-service-${index + 1}`,
                text: t(text),
              })),
              ...(description === undefined ? {} : { description: t(description) }),
            })),
          },
        }),
    meetings: {
      ...(v1.meetings.cadenceMonths === undefined
        ? {}
        : { cadenceMonths: v1.meetings.cadenceMonths }),
      ...(v1.meetings.reviewIntervalMonths === undefined
        ? {}
        : { reviewIntervalMonths: v1.meetings.reviewIntervalMonths }),
      ...(v1.meetings.reviewer === undefined ? {} : { reviewer: v1.meetings.reviewer }),
      ...(v1.meetings.communicationPolicy === undefined
        ? {}
        : { communicationPolicy: t(v1.meetings.communicationPolicy) }),
      records: v1.meetings.records.map(({ notes, ...meeting }) => ({
        ...meeting,
        attendeeIds: [],
        ...(notes === undefined ? {} : { minutes: t(notes) }),
        decisions: [],
        actionItems: [],
      })),
    },
    reviews: v1.reviews.map(({ notes, ...review }) => ({
      ...review,
      ...(notes === undefined ? {} : { notes: t(notes) }),
    })),
    ...(v1.dissolution === undefined
      ? {}
      : {
          dissolution: migrateDissolution(v1.dissolution, t),
        }),
    ...(Object.keys(extensions).length > 0 || v1.extensions !== undefined ? { extensions } : {}),
  };
}

/** A path of a version-2 document made by {@link migrateV1ToV2}, in the version-1 layout. */
function pathBackToV1(path: IssuePath, v1: PartnershipV1): IssuePath {
  // A side of a bilingual text is the version-1 string itself.
  const last = path.at(-1);
  const trimmed = last === 'fr' || last === 'en' ? path.slice(0, -1) : path;
  const [head, a, b, c, ...rest] = trimmed;
  if (head === 'raci' && a === 'tasks' && c === 'cells') {
    const taskId = v1.raci.tasks[b as number]?.id ?? String(b);
    return ['raci', 'cells', taskId, ...rest];
  }
  if (head === 'agreement' && a === 'signatories') {
    const field = c === 'title' ? 'signatoryTitle' : c === 'name' ? 'signatoryName' : c;
    return [
      'agreement',
      'signatures',
      ...(b === undefined ? [] : [b]),
      ...(field === undefined ? [] : [field]),
    ];
  }
  if (head === 'agreement' && a === 'clauses' && typeof b === 'string') {
    const wording = v1.agreement?.wording ?? {};
    return Object.hasOwn(wording, b) ? ['agreement', 'wording', b] : ['agreement', 'clauses', b];
  }
  if (head === 'values') return ['agreement', 'wording', 'values'];
  if (head === 'meetings' && a === 'records' && c === 'minutes')
    return ['meetings', 'records', b as number, 'notes'];
  if (head === 'pathway' && a === 'phases' && c === 'services')
    return ['pathway', 'phases', b as number, 'services', ...rest.slice(0, 1)];
  return trimmed;
}

/** Every migration, in order; the last one produces the current version (a test checks it). */
export const PARTNERSHIP_MIGRATIONS: readonly PartnershipMigration[] = [
  {
    from: 0,
    schema: PartnershipV0Schema,
    needsLegacyLanguage: true,
    up: migrateV0ToV1 as (document: never) => unknown,
    pathBack: pathBackToV0 as (path: IssuePath, before: never) => IssuePath,
  },
  {
    from: 1,
    schema: PartnershipV1Schema,
    needsLegacyLanguage: true,
    up: migrateV1ToV2 as (document: never, options: MigrationOptions) => unknown,
    pathBack: pathBackToV1 as (path: IssuePath, before: never) => IssuePath,
  },
];
