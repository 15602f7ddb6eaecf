import { createPartnership, type Partnership } from '@partnership-kit/core';

/**
 * A small partnership written in one language, English (`languages: ['en']`): every text people
 * write has only its `en` side, so nothing is missing a translation. Two agencies in one town,
 * still being established: the MOU is drafted and its signatories named but not signed yet, the
 * RACI matrix is a draft, and only one organization's leadership has approved so far.
 *
 * For demos of a partnership in progress. On 2026-08-01 `lintPartnership` reports no error and
 * exactly two warnings, both what "still being established" means:
 * - `RACI_NOT_ADOPTED` (RACI-8): the matrix is still a draft, to adopt with the people in the roles;
 * - `LEADERSHIP_NOT_CONFIRMED` (EST-1) for Riverside Employment Supports, whose director has not
 *   approved yet.
 * Establishment: steps 2 and 4 are done; 1, 3 and 5 are in progress.
 */
export const oneLanguageSample: Partnership = createPartnership({
  id: 'sample-one-language',
  name: { en: 'Riverside Supported Employment' },
  status: 'establishing',
  languages: ['en'],
  primaryLanguage: 'en',
  purpose: {
    en: 'To work together so that job seekers with a disability in Riverside find and keep work that suits them.',
  },
  scope: {
    en: 'Intake, job search and job coaching for job seekers with a disability in Riverside.',
  },
  why: {
    en: 'Valley Community Living has job coaches but few employer contacts; Riverside Employment Supports has employer contacts but no job coaches. Together they can serve each job seeker from intake to job retention.',
  },
  objectives: [
    { id: 'obj-1', text: { en: 'Serve 20 job seekers in the first year.' } },
    { id: 'obj-2', text: { en: 'Use one intake form for both agencies.' } },
  ],
  values: {
    en: 'The job seeker is at the centre of every decision; the parties are equal and work in good faith.',
  },
  approvals: [
    {
      id: 'approval-valley',
      organizationId: 'valley-cl',
      approvedBy: 'executive-director',
      approvedOn: '2026-06-22',
    },
  ],
  organizations: [
    {
      id: 'valley-cl',
      legalName: 'Valley Community Living',
      address: '7 River Road, Riverside, Ontario K0A 2B0',
      sector: 'developmental-services',
      program: { en: 'Supported Employment Program' },
      mission: {
        en: 'Valley Community Living supports people with a developmental disability to live and work in their community.',
      },
      services: [{ id: 'valley-svc-1', text: { en: 'Job coaching' } }],
      pointsOfContact: [{ id: 'valley-contact', title: { en: 'Employment Services Manager' } }],
    },
    {
      id: 'riverside-es',
      legalName: 'Riverside Employment Supports',
      address: '150 Main Street, Riverside, Ontario K0A 2B0',
      sector: 'odsp-employment-supports',
      program: { en: 'ODSP Employment Supports' },
      mission: {
        en: 'Riverside Employment Supports helps people receiving ODSP prepare for, find and keep work.',
      },
      services: [
        { id: 'riverside-svc-1', text: { en: 'Intake and eligibility' } },
        { id: 'riverside-svc-2', text: { en: 'Job search' } },
      ],
      pointsOfContact: [{ id: 'riverside-contact', title: { en: 'Program Manager' } }],
    },
  ],
  workingGroup: [
    {
      id: 'wg-1',
      title: { en: 'Employment Services Manager' },
      organizationId: 'valley-cl',
    },
    { id: 'wg-2', title: { en: 'Program Manager' }, organizationId: 'riverside-es' },
  ],
  resources: [
    {
      id: 'r-1',
      organizationId: 'valley-cl',
      kind: 'human',
      description: { en: 'Two job coaches' },
      availability: 'in-place',
    },
    {
      id: 'r-2',
      organizationId: 'riverside-es',
      kind: 'information',
      description: { en: 'A list of 40 local employers' },
      availability: 'in-place',
    },
  ],
  sharedDocuments: [
    {
      id: 'doc-1',
      kind: 'consent',
      title: { en: 'Consent to share information between the two agencies' },
      organizationIds: ['valley-cl', 'riverside-es'],
      availability: 'needed',
    },
  ],
  raci: {
    tasks: [
      {
        id: 'intake',
        label: { en: 'Intake' },
        leadOrganizationId: 'riverside-es',
        cells: { 'program-manager': ['A'], 'employment-specialist': ['R'], 'job-coach': ['I'] },
      },
      {
        id: 'job-search',
        label: { en: 'Job search' },
        leadOrganizationId: 'riverside-es',
        cells: { 'program-manager': ['A'], 'employment-specialist': ['R'], 'job-coach': ['C'] },
      },
      {
        id: 'job-coaching',
        label: { en: 'Job coaching' },
        leadOrganizationId: 'valley-cl',
        cells: {
          'job-coach': ['R', 'A'],
          'employment-specialist': ['C'],
          'program-manager': ['I'],
        },
      },
    ],
    roles: [
      { id: 'job-coach', title: { en: 'Job coach' }, organizationId: 'valley-cl' },
      {
        id: 'employment-specialist',
        title: { en: 'Employment specialist' },
        organizationId: 'riverside-es',
      },
      { id: 'program-manager', title: { en: 'Program manager' }, organizationId: 'riverside-es' },
    ],
    status: 'draft',
  },
  swot: {
    strengths: [{ id: 's-1', text: { en: 'Experienced job coaches' } }],
    weaknesses: [{ id: 'w-1', text: { en: 'No shared consent form yet' } }],
    opportunities: [{ id: 'o-1', text: { en: 'Employers in town are hiring' } }],
    threats: [
      {
        id: 't-1',
        text: { en: 'Only one job coach can drive' },
        resourceKind: 'human',
        availability: 'needed',
      },
    ],
  },
  worksheets: [
    {
      worksheetId: 'conversation-guide',
      worksheetVersion: 1,
      answers: {
        'purpose-why': {
          answer: {
            en: 'Neither agency can take a job seeker from intake to job retention alone.',
          },
          nextSteps: [
            {
              id: 'ns-1',
              text: { en: 'Ask the Riverside director to approve the partnership' },
              owner: 'Program Manager',
              dueDate: '2026-08-15',
              done: false,
            },
          ],
        },
      },
    },
  ],
  agreementFacts: {
    sharesFunding: false,
    coCreatesServices: false,
    servicesEstablished: true,
    paysForServices: false,
  },
  agreement: {
    kind: 'mou',
    termYears: 1,
    noticeDays: 30,
    renewal: 'meet-to-decide',
    signatories: [
      {
        id: 'sig-valley',
        organizationId: 'valley-cl',
        name: 'Grace Whitfield',
        title: { en: 'Executive Director' },
      },
      {
        id: 'sig-riverside',
        organizationId: 'riverside-es',
        name: 'Tom Reyes',
        title: { en: 'Director' },
      },
    ],
    clauses: {
      termination: {
        en: 'This notice leaves time to inform every client and to put other appropriate supports in place.',
      },
      conflictResolution: {
        en: 'If a disagreement arises, the parties address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. Where needed, they engage an independent mediator.',
      },
      confidentiality: {
        en: 'The parties share information about a client only with that client’s consent, given on a form that names each party the information may be shared with. Each party protects the personal information it holds in accordance with applicable law.',
      },
    },
    provisions: [
      {
        id: 'prov-1',
        organizationId: 'valley-cl',
        kind: 'staff',
        what: { en: 'Job coaching for the job seekers Riverside Employment Supports refers' },
        byWhom: { en: 'Employment Services Manager' },
        toWhom: { en: 'Referred job seekers' },
        when: { en: 'Within two weeks of a referral' },
      },
      {
        id: 'prov-2',
        organizationId: 'riverside-es',
        kind: 'service',
        what: { en: 'Intake and job search' },
        byWhom: { en: 'Program Manager' },
        toWhom: { en: 'Job seekers who contact either agency' },
        when: { en: 'At first contact' },
      },
    ],
  },
  pathway: {
    phases: [
      {
        id: 'intake',
        name: { en: 'Intake and job search' },
        leadOrganizationId: 'riverside-es',
        supportingOrganizationIds: [],
        services: [
          { id: 'intake-svc-1', text: { en: 'Intake' } },
          { id: 'intake-svc-2', text: { en: 'Job search' } },
        ],
      },
      {
        id: 'coaching',
        name: { en: 'Job coaching and retention' },
        leadOrganizationId: 'valley-cl',
        supportingOrganizationIds: ['riverside-es'],
        services: [{ id: 'coaching-svc-1', text: { en: 'Job coaching' } }],
        durationWeeks: 12,
      },
    ],
  },
  meetings: {
    cadenceMonths: 3,
    reviewIntervalMonths: 6,
    reviewer: 'internal',
    records: [
      {
        id: 'm-1',
        date: '2026-06-10',
        kind: 'other',
        attendeeIds: ['wg-1', 'wg-2'],
        minutes: {
          en: 'First working group meeting: the conversation guide and a draft RACI matrix.',
        },
        decisions: [{ id: 'm-1-d-1', text: { en: 'An MOU is enough for this partnership.' } }],
        actionItems: [
          {
            id: 'm-1-a-1',
            text: { en: 'Share the draft RACI matrix with the job coaches' },
            ownerId: 'wg-1',
            dueOn: '2026-08-28',
            done: false,
          },
        ],
      },
    ],
  },
  reviews: [],
});
