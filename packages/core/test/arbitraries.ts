import fc from 'fast-check';
import { CLAUSE_IDS } from '../src/agreement/agreement.schema';
import type { LocalizedText } from '../src/i18n/localized-text';
import type { Organization } from '../src/organization/organization.schema';
import { CURRENT_SCHEMA_VERSION, type Partnership } from '../src/partnership/partnership.schema';
import type { RaciAction } from '../src/raci/raci.reducer';
import type { RaciMatrix } from '../src/raci/raci.schema';
import { RACI_LETTERS, type RaciLetter } from '../src/raci/raci-letter.schema';
import { sortRaciLetters } from '../src/raci/raci-letters';
import type { SwotAction } from '../src/swot/swot.reducer';
import type { Swot } from '../src/swot/swot.schema';

// Hand-written fast-check arbitraries for the document (zod-fast-check needs zod 3). They build
// only valid values, so a property failing on them is a bug in the library, not in the data.

/** Ids as apps make them, plus awkward ones: unicode, dots, brackets, numbers as text. */
export const idArb = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
  fc.constantFrom('0', '1', 'é-ü', 'a.b', 'a[0]', 'toString', 'hasOwnProperty', 'valueOf'),
);

/** Free text, including the characters that break CSV, HTML and JSON when handled carelessly. */
export const textArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '=SUM(A1)',
    '+1',
    '-2',
    '@cmd',
    "'quoted",
    '"quotes", commas',
    'a\nb',
    '<b>&amp;</b>',
    'Équipe d’emploi',
  ),
);

export const dateArb = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

export const lettersArb = fc
  .subarray([...RACI_LETTERS], { minLength: 1 })
  .map((letters) => sortRaciLetters(letters as RaciLetter[]));

/** A text people write: French, English, both or neither. */
export const localizedArb: fc.Arbitrary<LocalizedText> = fc.record(
  { fr: textArb, en: textArb },
  { requiredKeys: [] },
);

/** A short label (task, role): at most the 500 characters the matrix allows. */
const labelArb: fc.Arbitrary<LocalizedText> = localizedArb;

const uniqueIds = (min: number, max: number) =>
  fc.uniqueArray(idArb, { minLength: min, maxLength: max });

/** A list of items with ids, each id once (lists are keyed by id). */
const listOf = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });

const textItemsArb = (max: number) => listOf(fc.record({ id: idArb, text: localizedArb }), max);

export const organizationsArb: fc.Arbitrary<Organization[]> = uniqueIds(0, 4).chain((ids) =>
  fc.tuple(
    ...ids.map((id, index) =>
      fc.record(
        {
          id: fc.constant(id),
          legalName: fc.constant(`Organization ${index + 1}`),
          shortName: fc.constant(`Org${index + 1}`),
          address: textArb,
          sector: fc.constantFrom(
            'developmental-services',
            'odsp-employment-supports',
            'employment-ontario',
            'other',
          ),
          program: localizedArb,
          mission: localizedArb,
          services: textItemsArb(2),
          pointsOfContact: listOf(
            fc.record(
              { id: idArb, title: localizedArb, name: textArb, email: textArb, phone: textArb },
              { requiredKeys: ['id', 'title'] },
            ),
            2,
          ),
        },
        { requiredKeys: ['id', 'legalName', 'sector', 'services', 'pointsOfContact'] },
      ),
    ),
  ),
);

/** A valid matrix whose references all resolve (leads and role organizations from `orgIds`). */
export function raciMatrixArb(orgIds: readonly string[] = []): fc.Arbitrary<RaciMatrix> {
  const orgArb =
    orgIds.length > 0
      ? fc.option(fc.constantFrom(...orgIds), { nil: undefined })
      : fc.constant(undefined);
  return fc
    .record({ taskIds: uniqueIds(0, 6), roleIds: uniqueIds(0, 5) })
    .chain(({ taskIds, roleIds }) =>
      fc.record({
        tasks: fc.tuple(
          ...taskIds.map((id) =>
            fc
              .record({
                label: labelArb,
                lead: orgArb,
                cells: fc.tuple(
                  ...roleIds.map((roleId) =>
                    fc.option(lettersArb, { nil: undefined }).map((l) => [roleId, l] as const),
                  ),
                ),
              })
              .map(({ label, lead, cells }) => ({
                id,
                label,
                ...(lead === undefined ? {} : { leadOrganizationId: lead }),
                cells: Object.fromEntries(cells.filter(([, l]) => l !== undefined)) as Record<
                  string,
                  RaciLetter[]
                >,
              })),
          ),
        ),
        roles: fc.tuple(
          ...roleIds.map((id) =>
            fc.record({ title: labelArb, org: orgArb }).map(({ title, org }) => ({
              id,
              title,
              ...(org === undefined ? {} : { organizationId: org }),
            })),
          ),
        ),
        adoptedOn: fc.option(dateArb, { nil: undefined }),
      }),
    )
    .map(({ tasks, roles, adoptedOn }) => ({
      tasks: [...tasks],
      roles: [...roles],
      ...(adoptedOn === undefined
        ? { status: 'draft' as const }
        : { status: 'adopted' as const, adoptedOn }),
    }));
}

/** Any action, aimed at ids that exist in the matrix most of the time and at unknown ones too. */
export function raciActionArb(matrix: RaciMatrix): fc.Arbitrary<RaciAction> {
  const taskId = fc.oneof(
    {
      weight: 4,
      arbitrary:
        matrix.tasks.length > 0 ? fc.constantFrom(...matrix.tasks.map((t) => t.id)) : idArb,
    },
    { weight: 1, arbitrary: idArb },
  );
  const roleId = fc.oneof(
    {
      weight: 4,
      arbitrary:
        matrix.roles.length > 0 ? fc.constantFrom(...matrix.roles.map((r) => r.id)) : idArb,
    },
    { weight: 1, arbitrary: idArb },
  );
  const index = fc.integer({ min: -2, max: 10 });
  return fc.oneof(
    fc.record({
      type: fc.constant('taskAdd' as const),
      id: fc.option(idArb, { nil: undefined }),
      label: labelArb,
      index: fc.option(index, { nil: undefined }),
    }),
    fc.record({ type: fc.constant('taskRename' as const), taskId, label: labelArb }),
    fc.record({ type: fc.constant('taskRemove' as const), taskId }),
    fc.record({ type: fc.constant('taskMove' as const), taskId, toIndex: index }),
    fc.record({
      type: fc.constant('taskLeadSet' as const),
      taskId,
      organizationId: fc.option(idArb, { nil: undefined }),
    }),
    fc.record({
      type: fc.constant('roleAdd' as const),
      id: fc.option(idArb, { nil: undefined }),
      title: labelArb,
    }),
    fc.record({ type: fc.constant('roleRename' as const), roleId, title: labelArb }),
    fc.record({
      type: fc.constant('roleOrganizationSet' as const),
      roleId,
      organizationId: fc.option(idArb, { nil: undefined }),
    }),
    fc.record({ type: fc.constant('roleRemove' as const), roleId }),
    fc.record({ type: fc.constant('roleMove' as const), roleId, toIndex: index }),
    fc.record({
      type: fc.constant('cellSet' as const),
      taskId,
      roleId,
      letters: fc.subarray([...RACI_LETTERS]),
    }),
    fc.record({ type: fc.constant('cellCycle' as const), taskId, roleId }),
    fc.record({ type: fc.constant('adopt' as const), on: dateArb }),
    fc.constant({ type: 'reopen' as const }),
    fc.record({
      type: fc.constant('notesSet' as const),
      notes: fc.option(localizedArb, { nil: undefined }),
    }),
  ) as fc.Arbitrary<RaciAction>;
}

/**
 * Actions as untyped code or a hostile caller might send them: wrong types, missing fields,
 * over-long texts, unusable ids, impossible dates, not even objects.
 */
export const hostileActionArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.constantFrom(
        'taskAdd',
        'taskRename',
        'roleAdd',
        'roleRename',
        'cellSet',
        'adopt',
        'itemAdd',
        'itemEdit',
        'taskLeadSet',
        'notesSet',
      ),
      taskId: fc.anything(),
      roleId: fc.anything(),
      itemId: fc.anything(),
      quadrant: fc.oneof(fc.constantFrom('strengths', 'threats'), fc.anything()),
      id: fc.oneof(fc.constantFrom('__proto__', ' padded', '', 'x'.repeat(300)), fc.anything()),
      label: fc.oneof(
        fc.constant({ en: 'x'.repeat(600) }),
        fc.constant({ de: 'Aufgabe' }),
        fc.anything(),
      ),
      title: fc.oneof(fc.constant({ fr: 'y'.repeat(501) }), fc.anything()),
      text: fc.oneof(fc.constant({ en: 'z'.repeat(20_001) }), fc.anything()),
      letters: fc.oneof(fc.constant(['X']), fc.anything()),
      on: fc.oneof(
        fc.constantFrom('2027-02-30', '0001-01-01', '2300-01-01', 'today'),
        fc.anything(),
      ),
      organizationId: fc.oneof(fc.constantFrom('constructor', ''), fc.anything()),
      leadOrganizationId: fc.anything(),
      changes: fc.anything(),
      notes: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
);

/**
 * A sequence of actions where each one is drawn against the matrix the previous ones produced,
 * so that most of them really change something.
 */
export function raciScenarioArb(
  reduce: (matrix: RaciMatrix, action: RaciAction) => RaciMatrix,
): fc.Arbitrary<{ start: RaciMatrix; actions: RaciAction[] }> {
  return raciMatrixArb().chain((start) =>
    fc.integer({ min: 1, max: 12 }).chain((count) => {
      const step = (matrix: RaciMatrix, left: number): fc.Arbitrary<RaciAction[]> =>
        left === 0
          ? fc.constant([])
          : raciActionArb(matrix).chain((action) =>
              step(reduce(matrix, action), left - 1).map((rest) => [action, ...rest]),
            );
      return step(start, count).map((actions) => ({ start, actions }));
    }),
  );
}

/** Any SWOT action, aimed at items that exist most of the time. */
export function swotActionArb(swot: Swot): fc.Arbitrary<SwotAction> {
  const ids = [...swot.strengths, ...swot.weaknesses, ...swot.opportunities, ...swot.threats].map(
    (i) => i.id,
  );
  const itemId = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), idArb) : idArb;
  const quadrant = fc.constantFrom(
    'strengths',
    'weaknesses',
    'opportunities',
    'threats',
  ) as fc.Arbitrary<'strengths'>;
  return fc.oneof(
    fc.record({
      type: fc.constant('itemAdd' as const),
      quadrant,
      id: fc.option(idArb, { nil: undefined }),
      text: localizedArb,
    }),
    fc.record({
      type: fc.constant('itemEdit' as const),
      itemId,
      changes: fc.record(
        { text: localizedArb, resourceKind: fc.constantFrom('human', 'financial') },
        { requiredKeys: [] },
      ),
    }),
    fc.record({ type: fc.constant('itemRemove' as const), itemId }),
    fc.record({
      type: fc.constant('itemMove' as const),
      itemId,
      toIndex: fc.integer({ min: -1, max: 5 }),
    }),
    fc.record({ type: fc.constant('itemMoveToQuadrant' as const), itemId, quadrant }),
  ) as fc.Arbitrary<SwotAction>;
}

const swotItemArb = fc.record(
  {
    id: idArb,
    text: localizedArb,
    resourceKind: fc.constantFrom('financial', 'human', 'material', 'information', 'other'),
    availability: fc.constantFrom('in-place', 'needed'),
  },
  { requiredKeys: ['id', 'text'] },
);

/** A SWOT grid whose item ids are unique across the four quadrants. */
export const swotArb: fc.Arbitrary<Swot> = listOf(swotItemArb, 8).chain((items) =>
  fc
    .array(fc.constantFrom('strengths', 'weaknesses', 'opportunities', 'threats'), {
      minLength: items.length,
      maxLength: items.length,
    })
    .map((quadrants) => {
      const swot: Record<string, typeof items> = {
        strengths: [],
        weaknesses: [],
        opportunities: [],
        threats: [],
      };
      for (const [i, item] of items.entries()) swot[quadrants[i] as string]?.push(item);
      return swot as unknown as Swot;
    }),
);

const languagesArb = fc.constantFrom(
  { languages: ['fr'], primaryLanguage: 'fr' },
  { languages: ['en'], primaryLanguage: 'en' },
  { languages: ['fr', 'en'], primaryLanguage: 'fr' },
  { languages: ['en', 'fr'], primaryLanguage: 'en' },
) as fc.Arbitrary<Pick<Partnership, 'languages' | 'primaryLanguage'>>;

function agreementArb(orgId: fc.Arbitrary<string>) {
  return fc.record(
    {
      kind: fc.constantFrom('mou', 'partnership-agreement'),
      effectiveOn: dateArb,
      termYears: fc.integer({ min: 1, max: 7 }),
      noticeDays: fc.constantFrom(30, 60, 90, 45, 14),
      renewal: fc.constantFrom('meet-to-decide', 'automatic', 'none'),
      signatories: listOf(
        fc.record(
          {
            id: idArb,
            organizationId: orgId,
            name: textArb,
            title: localizedArb,
            signedOn: dateArb,
          },
          { requiredKeys: ['id', 'organizationId'] },
        ),
        3,
      ),
      clauses: fc.record(
        Object.fromEntries(CLAUSE_IDS.map((id) => [id, localizedArb])) as Record<
          string,
          fc.Arbitrary<LocalizedText>
        >,
        { requiredKeys: [] },
      ),
      provisions: listOf(
        fc.record(
          {
            id: idArb,
            organizationId: orgId,
            kind: fc.constantFrom(
              'service',
              'staff',
              'funding',
              'equipment',
              'space',
              'report',
              'other',
            ),
            what: localizedArb,
            byWhom: localizedArb,
            toWhom: localizedArb,
            when: localizedArb,
          },
          { requiredKeys: ['id', 'organizationId', 'kind', 'what'] },
        ),
        2,
      ),
      governance: listOf(
        fc.record(
          { id: idArb, organizationId: orgId, title: localizedArb, name: textArb },
          { requiredKeys: ['id', 'title'] },
        ),
        3,
      ).chain((members) =>
        fc.record(
          {
            members: fc.constant(members),
            chairMemberId:
              members.length > 0 ? fc.constantFrom(...members.map((m) => m.id)) : idArb,
            termsOfReference: localizedArb,
          },
          { requiredKeys: ['members'] },
        ),
      ),
      annexes: fc.record(
        { workPlan: localizedArb, evaluationPlan: localizedArb },
        { requiredKeys: [] },
      ),
      lawyerReviewed: fc.boolean(),
    },
    { requiredKeys: ['kind', 'signatories', 'clauses', 'provisions'] },
  );
}

function meetingsArb(memberIds: readonly string[]) {
  const memberId = memberIds.length > 0 ? fc.constantFrom(...memberIds) : idArb;
  return fc.record(
    {
      cadenceMonths: fc.integer({ min: 1, max: 12 }),
      reviewIntervalMonths: fc.integer({ min: 1, max: 12 }),
      reviewer: fc.constantFrom('external', 'internal'),
      communicationPolicy: localizedArb,
      records: listOf(
        fc.record(
          {
            id: idArb,
            date: dateArb,
            kind: fc.constantFrom('regular', 'formal-review', 'renewal', 'other'),
            attendeeIds: fc.uniqueArray(memberId, { maxLength: 2 }),
            minutes: localizedArb,
            decisions: textItemsArb(2),
            actionItems: listOf(
              fc.record(
                {
                  id: idArb,
                  text: localizedArb,
                  ownerId: memberId,
                  dueOn: dateArb,
                  done: fc.boolean(),
                },
                { requiredKeys: ['id', 'text', 'done'] },
              ),
              2,
            ),
          },
          { requiredKeys: ['id', 'date', 'kind', 'attendeeIds', 'decisions', 'actionItems'] },
        ),
        3,
      ),
    },
    { requiredKeys: ['records'] },
  );
}

function worksheetsArb(orgId: fc.Arbitrary<string>) {
  return fc.array(
    fc.record(
      {
        worksheetId: idArb,
        worksheetVersion: fc.integer({ min: 1, max: 3 }),
        organizationId: orgId,
        answers: fc.dictionary(
          idArb,
          fc.record({
            answer: localizedArb,
            nextSteps: listOf(
              fc.record(
                {
                  id: idArb,
                  text: localizedArb,
                  owner: textArb,
                  dueDate: dateArb,
                  done: fc.boolean(),
                },
                { requiredKeys: ['id', 'text', 'done'] },
              ),
              2,
            ),
          }),
          { maxKeys: 3 },
        ),
      },
      { requiredKeys: ['worksheetId', 'worksheetVersion', 'answers'] },
    ),
    { maxLength: 2 },
  );
}

function dissolutionArb(orgId: fc.Arbitrary<string>) {
  return fc.record(
    {
      reason: fc.constantFrom('goals-met', 'funding-ended', 'conflict', 'other'),
      noticeGivenOn: dateArb,
      noticeGivenBy: orgId,
      path: fc.constantFrom('end-on-date', 'celebrate-and-close'),
      checklist: fc.dictionary(idArb, fc.boolean(), { maxKeys: 3 }),
      clientHandovers: listOf(
        fc.record(
          {
            id: idArb,
            jobSeeker: textArb,
            fromOrganizationId: orgId,
            toOrganizationId: orgId,
            handedOver: fc.boolean(),
            notes: localizedArb,
          },
          { requiredKeys: ['id', 'jobSeeker', 'handedOver'] },
        ),
        2,
      ),
      achievements: localizedArb,
      lessonsLearned: localizedArb,
    },
    { requiredKeys: ['checklist', 'clientHandovers'] },
  );
}

/** A valid document at the current version, with every optional part present or not. */
export const partnershipArb: fc.Arbitrary<Partnership> = fc
  .tuple(organizationsArb, uniqueIds(0, 3))
  .chain(([organizations, memberIds]) => {
    const orgIds = organizations.map((o) => o.id);
    const orgId = orgIds.length > 0 ? fc.constantFrom(...orgIds) : idArb;
    return fc
      .record(
        {
          schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
          id: idArb,
          name: localizedArb,
          status: fc.constantFrom(
            'exploring',
            'establishing',
            'active',
            'under-review',
            'dissolving',
            'dissolved',
          ),
          language: languagesArb,
          startedOn: dateArb,
          purpose: localizedArb,
          scope: localizedArb,
          why: localizedArb,
          objectives: textItemsArb(2),
          values: localizedArb,
          approvals: listOf(
            fc.record(
              {
                id: idArb,
                organizationId: orgId,
                approvedBy: fc.constantFrom(
                  'board',
                  'executive-director',
                  'program-manager',
                  'other',
                ),
                approverTitle: localizedArb,
                approvedOn: dateArb,
                notes: localizedArb,
              },
              { requiredKeys: ['id', 'organizationId', 'approvedBy', 'approvedOn'] },
            ),
            2,
          ),
          organizations: fc.constant(organizations),
          workingGroup: fc.tuple(
            ...memberIds.map((id) =>
              fc.record(
                {
                  id: fc.constant(id),
                  title: localizedArb,
                  name: textArb,
                  organizationId: orgId,
                  email: textArb,
                },
                { requiredKeys: ['id', 'title'] },
              ),
            ),
          ),
          resources: listOf(
            fc.record(
              {
                id: idArb,
                organizationId: orgId,
                kind: fc.constantFrom('financial', 'human', 'material', 'information', 'other'),
                description: localizedArb,
                availability: fc.constantFrom('in-place', 'needed'),
                amountCents: fc.integer({ min: 0, max: 10_000_000 }),
                notes: localizedArb,
              },
              { requiredKeys: ['id', 'kind', 'description', 'availability'] },
            ),
            3,
          ),
          sharedDocuments: listOf(
            fc.record({
              id: idArb,
              kind: fc.constantFrom('intake', 'emergency-contact', 'consent', 'other'),
              title: localizedArb,
              organizationIds: fc.uniqueArray(orgId, { maxLength: 2 }),
              availability: fc.constantFrom('in-place', 'needed'),
            }),
            2,
          ),
          raci: raciMatrixArb(orgIds),
          swot: swotArb,
          worksheets: worksheetsArb(orgId),
          agreementFacts: fc.record(
            {
              sharesFunding: fc.boolean(),
              coCreatesServices: fc.boolean(),
              servicesEstablished: fc.boolean(),
              paysForServices: fc.boolean(),
            },
            { requiredKeys: [] },
          ),
          agreement: agreementArb(orgId),
          pathway: fc.record({
            phases: listOf(
              fc.record(
                {
                  id: idArb,
                  name: localizedArb,
                  leadOrganizationId: orgId,
                  supportingOrganizationIds: fc.uniqueArray(orgId, { maxLength: 2 }),
                  services: textItemsArb(2),
                  durationWeeks: fc.integer({ min: 1, max: 52 }),
                  description: localizedArb,
                },
                { requiredKeys: ['id', 'name', 'supportingOrganizationIds', 'services'] },
              ),
              3,
            ),
          }),
          meetings: meetingsArb(memberIds),
          reviews: listOf(
            fc.record(
              {
                id: idArb,
                date: dateArb,
                reviewer: fc.constantFrom('external', 'internal'),
                answers: fc.dictionary(
                  idArb,
                  fc.constantFrom('yes', 'partly', 'no', 'not-applicable'),
                  { maxKeys: 3 },
                ),
                notes: localizedArb,
              },
              { requiredKeys: ['id', 'date', 'reviewer', 'answers'] },
            ),
            2,
          ),
          dissolution: dissolutionArb(orgId),
          extensions: fc.dictionary(
            idArb,
            fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
            { maxKeys: 3 },
          ),
        },
        {
          requiredKeys: [
            'schemaVersion',
            'id',
            'name',
            'status',
            'language',
            'purpose',
            'scope',
            'why',
            'objectives',
            'values',
            'approvals',
            'organizations',
            'workingGroup',
            'resources',
            'sharedDocuments',
            'raci',
            'swot',
            'worksheets',
            'agreementFacts',
            'meetings',
            'reviews',
          ],
        },
      )
      .map(({ language, workingGroup, ...rest }) => ({
        ...rest,
        ...language,
        workingGroup: [...workingGroup],
      }));
  }) as fc.Arbitrary<Partnership>;
