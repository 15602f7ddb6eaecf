import { createPartnership, type Partnership } from '@partnership-kit/core';

/**
 * Sample modelled on the guide's first case study (DOMAIN.md): a developmental-services agency
 * and an ODSP Employment Supports provider in two small towns, an MOU, shared job coaches, a
 * summer transition program. Every field the MOU needs is filled in. Text typed in English.
 */
export const caseStudy1: Partnership = createPartnership({
  id: 'sample-two-towns',
  name: 'Two Towns Inclusive Employment',
  status: 'active',
  purpose:
    'To work together on employment services and supports that improve outcomes for job seekers with a disability in both towns, whatever supports they need to reach their goals.',
  scope:
    'Job development, job coaching and retention for job seekers in Northtown and Southtown; a summer transition program for students.',
  organizations: [
    {
      id: 'northtown-cl',
      legalName: 'Northtown Community Living Inc.',
      shortName: 'Northtown CL',
      address: '12 Mill Street, Northtown, Ontario',
      sector: 'developmental-services',
      mission:
        'Supports people with a developmental disability to live, work and take part in their community.',
      pointsOfContact: [{ id: 'ncl-pm', title: 'Manager, Community Employment' }],
    },
    {
      id: 'lakeshore-es',
      legalName: 'Lakeshore Employment Supports',
      shortName: 'Lakeshore ES',
      address: '3 Harbour Road, Southtown, Ontario',
      sector: 'odsp-employment-supports',
      mission: 'Helps people receiving ODSP find and keep work that suits them.',
      pointsOfContact: [{ id: 'les-pm', title: 'Program Manager, Employment Supports' }],
    },
  ],
  workingGroup: [
    { id: 'wg-1', title: 'Executive Director', organizationId: 'northtown-cl' },
    { id: 'wg-2', title: 'Program Manager', organizationId: 'lakeshore-es' },
  ],
  resources: [
    {
      id: 'r-1',
      organizationId: 'northtown-cl',
      kind: 'human',
      description: 'One job coach in each town',
      availability: 'in-place',
    },
    {
      id: 'r-2',
      organizationId: 'lakeshore-es',
      kind: 'financial',
      description: 'Funds for safety boots and WHMIS certification',
      availability: 'in-place',
    },
    {
      id: 'r-3',
      kind: 'information',
      description: 'Shared intake and emergency-contact forms',
      availability: 'needed',
    },
  ],
  raci: {
    tasks: [
      { id: 'intake-forms', label: 'Intake forms', leadOrganizationId: 'lakeshore-es' },
      {
        id: 'discovery',
        label: 'Discovery and planning with the client',
        leadOrganizationId: 'northtown-cl',
      },
      { id: 'job-search', label: 'Job search', leadOrganizationId: 'lakeshore-es' },
      { id: 'job-coaching', label: 'Job coaching', leadOrganizationId: 'northtown-cl' },
    ],
    roles: [
      { id: 'job-coach', title: 'Job coach', organizationId: 'northtown-cl' },
      {
        id: 'employment-specialist',
        title: 'Employment specialist',
        organizationId: 'lakeshore-es',
      },
      { id: 'intake-worker', title: 'Intake worker', organizationId: 'lakeshore-es' },
      { id: 'program-manager', title: 'Program manager', organizationId: 'lakeshore-es' },
    ],
    cells: {
      'intake-forms': {
        'job-coach': ['C'],
        'employment-specialist': ['C'],
        'intake-worker': ['R'],
        'program-manager': ['A'],
      },
      discovery: {
        'job-coach': ['R'],
        'employment-specialist': ['A'],
        'intake-worker': ['C'],
        'program-manager': ['I'],
      },
      'job-search': {
        'job-coach': ['C'],
        'employment-specialist': ['R'],
        'intake-worker': ['I'],
        'program-manager': ['A'],
      },
      'job-coaching': {
        'job-coach': ['R', 'A'],
        'employment-specialist': ['C'],
        'program-manager': ['I'],
      },
    },
    status: 'adopted',
    adoptedOn: '2026-01-08',
  },
  swot: {
    strengths: [
      {
        id: 's-1',
        text: 'A business champion and employer breakfasts',
        resourceKind: 'human',
        availability: 'in-place',
      },
    ],
    weaknesses: [{ id: 'w-1', text: 'No formal referral form between the agencies yet' }],
    opportunities: [{ id: 'o-1', text: 'A seven-week summer transition program for students' }],
    threats: [
      {
        id: 't-1',
        text: 'Funding renewal is uncertain',
        resourceKind: 'financial',
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
          answer:
            'together we can offer a job coach in each town and follow every job seeker from intake to retention',
          nextSteps: [],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'northtown-cl',
      answers: {
        'leadership-aware': {
          answer: 'Yes: the board approved the partnership in December.',
          nextSteps: [],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'lakeshore-es',
      answers: { 'leadership-aware': { answer: 'Yes: the director sponsors it.', nextSteps: [] } },
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
    termYears: 2,
    noticeDays: 60,
    renewal: 'meet-to-decide',
    signatures: [
      {
        organizationId: 'northtown-cl',
        signatoryName: 'Rachel Tremblay',
        signatoryTitle: 'Executive Director',
        signedOn: '2026-01-12',
      },
      {
        organizationId: 'lakeshore-es',
        signatoryName: 'Samuel Okafor',
        signatoryTitle: 'Director',
        signedOn: '2026-01-20',
      },
    ],
    clauses: { termination: true, conflictResolution: true },
  },
  pathway: {
    phases: [
      {
        id: 'intake',
        name: 'Intake and assessment',
        leadOrganizationId: 'lakeshore-es',
        supportingOrganizationIds: [],
        services: ['Intake', 'Eligibility'],
      },
      {
        id: 'placement',
        name: 'Job development and coaching',
        leadOrganizationId: 'northtown-cl',
        supportingOrganizationIds: ['lakeshore-es'],
        services: ['Job search', 'Job coaching'],
      },
    ],
  },
  meetings: {
    cadenceMonths: 3,
    reviewIntervalMonths: 6,
    reviewer: 'external',
    records: [{ id: 'm-1', date: '2026-04-14', kind: 'regular' }],
  },
  reviews: [
    {
      id: 'rev-1',
      date: '2026-07-08',
      reviewer: 'external',
      answers: { 'leadership-1': 'yes', 'funding-3': 'partly' },
    },
  ],
});
