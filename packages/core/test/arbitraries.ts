import fc from 'fast-check';
import type { Organization } from '../src/organization/organization.schema';
import { CURRENT_SCHEMA_VERSION, type Partnership } from '../src/partnership/partnership.schema';
import type { RaciAction } from '../src/raci/raci.reducer';
import type { RaciMatrix } from '../src/raci/raci.schema';
import { RACI_LETTERS, type RaciLetter } from '../src/raci/raci-letter.schema';
import { sortRaciLetters } from '../src/raci/raci-letters';

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

const uniqueIds = (min: number, max: number) =>
  fc.uniqueArray(idArb, { minLength: min, maxLength: max });

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
          mission: textArb,
          pointsOfContact: fc.array(
            fc.record(
              {
                id: idArb,
                title: fc.string({ minLength: 1, maxLength: 20 }),
                name: textArb,
                email: textArb,
                phone: textArb,
              },
              { requiredKeys: ['id', 'title'] },
            ),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: ['id', 'legalName', 'sector', 'pointsOfContact'] },
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
            fc.record({ label: textArb, lead: orgArb }).map(({ label, lead }) => ({
              id,
              label,
              ...(lead === undefined ? {} : { leadOrganizationId: lead }),
            })),
          ),
        ),
        roles: fc.tuple(
          ...roleIds.map((id) =>
            fc.record({ title: textArb, org: orgArb }).map(({ title, org }) => ({
              id,
              title,
              ...(org === undefined ? {} : { organizationId: org }),
            })),
          ),
        ),
        cells: fc.tuple(
          ...taskIds.map((taskId) =>
            fc
              .tuple(
                ...roleIds.map((roleId) =>
                  fc.option(lettersArb, { nil: undefined }).map((l) => [roleId, l] as const),
                ),
              )
              .map(
                (entries) =>
                  [taskId, Object.fromEntries(entries.filter(([, l]) => l !== undefined))] as const,
              ),
          ),
        ),
        adoptedOn: fc.option(dateArb, { nil: undefined }),
      }),
    )
    .map(({ tasks, roles, cells, adoptedOn }) => ({
      tasks: [...tasks],
      roles: [...roles],
      cells: Object.fromEntries(
        cells.filter(([, row]) => Object.keys(row).length > 0),
      ) as RaciMatrix['cells'],
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
      label: textArb,
      index: fc.option(index, { nil: undefined }),
    }),
    fc.record({ type: fc.constant('taskRename' as const), taskId, label: textArb }),
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
      title: textArb,
    }),
    fc.record({ type: fc.constant('roleRename' as const), roleId, title: textArb }),
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
  ) as fc.Arbitrary<RaciAction>;
}

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

/** A valid document at the current version, with every optional part present or not. */
export const partnershipArb: fc.Arbitrary<Partnership> = organizationsArb.chain((organizations) => {
  const orgIds = organizations.map((o) => o.id);
  const orgId = orgIds.length > 0 ? fc.constantFrom(...orgIds) : idArb;
  const swotItem = fc.record(
    {
      id: idArb,
      text: textArb,
      resourceKind: fc.constantFrom('financial', 'human', 'material', 'information', 'other'),
      availability: fc.constantFrom('in-place', 'needed'),
    },
    { requiredKeys: ['id', 'text'] },
  );
  return fc.record(
    {
      schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
      id: idArb,
      name: textArb,
      status: fc.constantFrom(
        'exploring',
        'establishing',
        'active',
        'under-review',
        'dissolving',
        'dissolved',
      ),
      purpose: textArb,
      scope: textArb,
      organizations: fc.constant(organizations),
      workingGroup: fc.array(
        fc.record(
          { id: idArb, title: textArb, name: textArb, organizationId: orgId, email: textArb },
          { requiredKeys: ['id', 'title'] },
        ),
        { maxLength: 3 },
      ),
      resources: fc.array(
        fc.record(
          {
            id: idArb,
            organizationId: orgId,
            kind: fc.constantFrom('financial', 'human', 'material', 'information', 'other'),
            description: textArb,
            availability: fc.constantFrom('in-place', 'needed'),
            notes: textArb,
          },
          { requiredKeys: ['id', 'kind', 'description', 'availability'] },
        ),
        { maxLength: 3 },
      ),
      raci: raciMatrixArb(orgIds),
      swot: fc.record({
        strengths: fc.array(swotItem, { maxLength: 2 }),
        weaknesses: fc.array(swotItem, { maxLength: 2 }),
        opportunities: fc.array(swotItem, { maxLength: 2 }),
        threats: fc.array(swotItem, { maxLength: 2 }),
      }),
      worksheets: fc.array(
        fc.record(
          {
            worksheetId: idArb,
            worksheetVersion: fc.integer({ min: 1, max: 3 }),
            organizationId: orgId,
            answers: fc.dictionary(
              idArb,
              fc.record({
                answer: textArb,
                nextSteps: fc.array(
                  fc.record(
                    {
                      id: idArb,
                      text: textArb,
                      owner: textArb,
                      dueDate: dateArb,
                      done: fc.boolean(),
                    },
                    { requiredKeys: ['id', 'text', 'done'] },
                  ),
                  { maxLength: 2 },
                ),
              }),
              { maxKeys: 3 },
            ),
          },
          { requiredKeys: ['worksheetId', 'worksheetVersion', 'answers'] },
        ),
        { maxLength: 2 },
      ),
      agreementFacts: fc.record(
        {
          sharesFunding: fc.boolean(),
          coCreatesServices: fc.boolean(),
          servicesEstablished: fc.boolean(),
          paysForServices: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      agreement: fc.record(
        {
          kind: fc.constantFrom('mou', 'partnership-agreement'),
          termYears: fc.integer({ min: 1, max: 5 }),
          noticeDays: fc.constantFrom(30, 60, 90, 45),
          renewal: fc.constantFrom('meet-to-decide', 'automatic', 'none'),
          signatures: fc.array(
            fc.record(
              {
                organizationId: orgId,
                signatoryName: textArb,
                signatoryTitle: textArb,
                signedOn: dateArb,
              },
              { requiredKeys: ['organizationId'] },
            ),
            { maxLength: 3 },
          ),
          clauses: fc.record({ termination: fc.boolean(), conflictResolution: fc.boolean() }),
          lawyerReviewed: fc.boolean(),
          wording: fc.record(
            {
              values: textArb,
              decisionMaking: textArb,
              conflictResolution: textArb,
              termination: textArb,
              liabilityAndInsurance: textArb,
              evaluation: textArb,
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['kind', 'signatures', 'clauses'] },
      ),
      pathway: fc.record({
        phases: fc.array(
          fc.record(
            {
              id: idArb,
              name: textArb,
              leadOrganizationId: orgId,
              supportingOrganizationIds: fc.array(orgId, { maxLength: 2 }),
              services: fc.array(textArb, { maxLength: 2 }),
              durationWeeks: fc.integer({ min: 1, max: 52 }),
              description: textArb,
            },
            { requiredKeys: ['id', 'name', 'supportingOrganizationIds', 'services'] },
          ),
          { maxLength: 3 },
        ),
      }),
      meetings: fc.record(
        {
          cadenceMonths: fc.integer({ min: 1, max: 12 }),
          reviewIntervalMonths: fc.integer({ min: 1, max: 12 }),
          reviewer: fc.constantFrom('external', 'internal'),
          communicationPolicy: textArb,
          records: fc.array(
            fc.record(
              {
                id: idArb,
                date: dateArb,
                kind: fc.constantFrom('regular', 'formal-review', 'renewal', 'other'),
                notes: textArb,
              },
              { requiredKeys: ['id', 'date', 'kind'] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: ['records'] },
      ),
      reviews: fc.array(
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
            notes: textArb,
          },
          { requiredKeys: ['id', 'date', 'reviewer', 'answers'] },
        ),
        { maxLength: 2 },
      ),
      dissolution: fc.record(
        {
          reason: fc.constantFrom('goals-met', 'funding-ended', 'conflict', 'other'),
          noticeGivenOn: dateArb,
          noticeGivenBy: orgId,
          path: fc.constantFrom('end-on-date', 'celebrate-and-close'),
          checklist: fc.dictionary(idArb, fc.boolean(), { maxKeys: 3 }),
          clientHandovers: fc.array(
            fc.record(
              {
                id: idArb,
                jobSeeker: textArb,
                fromOrganizationId: orgId,
                toOrganizationId: orgId,
                handedOver: fc.boolean(),
                notes: textArb,
              },
              { requiredKeys: ['id', 'jobSeeker', 'handedOver'] },
            ),
            { maxLength: 2 },
          ),
          achievements: textArb,
          lessonsLearned: textArb,
        },
        { requiredKeys: ['checklist', 'clientHandovers'] },
      ),
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
        'purpose',
        'scope',
        'organizations',
        'workingGroup',
        'resources',
        'raci',
        'swot',
        'worksheets',
        'agreementFacts',
        'meetings',
        'reviews',
      ],
    },
  ) as fc.Arbitrary<Partnership>;
});
