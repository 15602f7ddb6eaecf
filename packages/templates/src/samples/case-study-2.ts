import { createPartnership, type Organization, type Partnership } from '@partnership-kit/core';

const partner = (
  id: string,
  legalName: string,
  address: string,
  sector: Organization['sector'],
  mission: string,
  title: string,
): Organization => ({
  id,
  legalName,
  address,
  sector,
  mission,
  pointsOfContact: [{ id: `${id}-contact`, title }],
});

/**
 * Sample modelled on the guide's second case study (DOMAIN.md): an inclusive employment program
 * run formally by two agencies in one city with five community partners, in five phases. Funding
 * is shared and the curriculum built together, so it is a partnership agreement. Every field the
 * agreement needs is filled in. Text typed in French (a francophone network).
 */
export const caseStudy2: Partnership = createPartnership({
  id: 'sample-inclusive-program',
  name: 'Programme d’emploi inclusif de la ville',
  status: 'active',
  purpose:
    'Préparer les demandeurs d’emploi ayant un handicap à des emplois dans la communauté, de l’évaluation au maintien en emploi, avec les employeurs comme partenaires.',
  scope:
    'Cinq phases, de l’évaluation fonctionnelle au suivi en emploi, pour la ville et ses environs.',
  organizations: [
    partner(
      'services-emploi',
      'Services d’emploi de la ville',
      '100, rue Principale, Ville (Ontario)',
      'odsp-employment-supports',
      'Accompagner les personnes bénéficiaires du POSPH vers un emploi durable.',
      'Gestionnaire de programme',
    ),
    partner(
      'centre-eo',
      'Centre Emploi Ontario de la ville',
      '200, rue du Marché, Ville (Ontario)',
      'employment-ontario',
      'Offrir à tous les chercheurs d’emploi l’aide dont ils ont besoin.',
      'Coordonnatrice des services',
    ),
    partner(
      'consultation',
      'Consultation Inclusion inc.',
      '5, avenue des Pins, Ville (Ontario)',
      'other',
      'Conseiller les organismes sur l’emploi inclusif.',
      'Associée principale',
    ),
    partner(
      'sante-mentale',
      'Services en dépendances et santé mentale',
      '8, rue de l’Hôpital, Ville (Ontario)',
      'other',
      'Soutenir la santé mentale et le rétablissement.',
      'Gestionnaire clinique',
    ),
    partner(
      'college',
      'Programme coopératif du Collège',
      '1, boulevard du Savoir, Ville (Ontario)',
      'other',
      'Former par l’alternance travail-études.',
      'Coordonnateur de l’enseignement coopératif',
    ),
    partner(
      'ecole-adultes',
      'Centre d’éducation des adultes',
      '30, rue de l’École, Ville (Ontario)',
      'other',
      'Offrir la formation de base et la littératie financière aux adultes.',
      'Directrice',
    ),
    partner(
      'integration',
      'Intégration communautaire Ville',
      '44, rue des Érables, Ville (Ontario)',
      'developmental-services',
      'Soutenir les personnes ayant une déficience intellectuelle dans la communauté.',
      'Directeur général',
    ),
  ],
  resources: [
    {
      id: 'r-1',
      organizationId: 'services-emploi',
      kind: 'human',
      description: 'Deux spécialistes de l’emploi',
      availability: 'in-place',
    },
    {
      id: 'r-2',
      organizationId: 'centre-eo',
      kind: 'material',
      description: 'Salle de formation et postes informatiques',
      availability: 'in-place',
    },
    {
      id: 'r-3',
      organizationId: 'ecole-adultes',
      kind: 'human',
      description: 'Formateur en littératie financière',
      availability: 'in-place',
    },
    {
      id: 'r-4',
      organizationId: 'services-emploi',
      kind: 'financial',
      description: '40 000 $ par année pour les stages en milieu de travail',
      availability: 'in-place',
    },
    {
      id: 'r-5',
      organizationId: 'centre-eo',
      kind: 'financial',
      description: '25 000 $ pour les certifications (SIMDUT, premiers soins)',
      availability: 'in-place',
    },
  ],
  raci: {
    tasks: [
      {
        id: 'evaluation',
        label: 'Évaluation fonctionnelle',
        leadOrganizationId: 'services-emploi',
      },
      {
        id: 'formation',
        label: 'Formation préparatoire à l’emploi',
        leadOrganizationId: 'centre-eo',
      },
      {
        id: 'essai',
        label: 'Essai d’emploi ou entrevue de travail',
        leadOrganizationId: 'centre-eo',
      },
      {
        id: 'placement',
        label: 'Développement de l’emploi et placement',
        leadOrganizationId: 'services-emploi',
      },
      {
        id: 'maintien',
        label: 'Maintien en emploi et suivi',
        leadOrganizationId: 'services-emploi',
      },
    ],
    roles: [
      { id: 'specialiste', title: 'Spécialiste de l’emploi', organizationId: 'services-emploi' },
      { id: 'formateur', title: 'Formateur', organizationId: 'centre-eo' },
      { id: 'gestionnaire', title: 'Gestionnaire de programme', organizationId: 'services-emploi' },
      { id: 'coordonnatrice', title: 'Coordonnatrice des services', organizationId: 'centre-eo' },
    ],
    cells: {
      evaluation: {
        specialiste: ['R'],
        formateur: ['C'],
        gestionnaire: ['A'],
        coordonnatrice: ['I'],
      },
      formation: {
        specialiste: ['C'],
        formateur: ['R'],
        gestionnaire: ['I'],
        coordonnatrice: ['A'],
      },
      essai: { specialiste: ['C'], formateur: ['R'], gestionnaire: ['I'], coordonnatrice: ['A'] },
      placement: {
        specialiste: ['R'],
        formateur: ['C'],
        gestionnaire: ['A'],
        coordonnatrice: ['I'],
      },
      maintien: { specialiste: ['R'], gestionnaire: ['A'], coordonnatrice: ['I'] },
    },
    status: 'adopted',
    adoptedOn: '2026-03-02',
  },
  swot: {
    strengths: [{ id: 's-1', text: 'Sept partenaires aux expertises complémentaires' }],
    weaknesses: [{ id: 'w-1', text: 'Coordination exigeante entre sept organismes' }],
    opportunities: [{ id: 'o-1', text: 'Employeurs prêts à offrir des essais d’emploi' }],
    threats: [
      {
        id: 't-1',
        text: 'Financement annuel à renouveler',
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
          answer: 'aucun organisme ne peut offrir seul les cinq phases du programme',
          nextSteps: [],
        },
      },
    },
  ],
  agreementFacts: {
    sharesFunding: true,
    coCreatesServices: true,
    servicesEstablished: true,
    paysForServices: false,
  },
  agreement: {
    kind: 'partnership-agreement',
    termYears: 3,
    noticeDays: 90,
    renewal: 'meet-to-decide',
    lawyerReviewed: true,
    signatures: [
      {
        organizationId: 'services-emploi',
        signatoryName: 'Nadia Gagnon',
        signatoryTitle: 'Directrice générale',
        signedOn: '2026-03-10',
      },
      {
        organizationId: 'centre-eo',
        signatoryName: 'Marc Lévesque',
        signatoryTitle: 'Directeur',
        signedOn: '2026-03-12',
      },
      {
        organizationId: 'consultation',
        signatoryName: 'Julie Roy',
        signatoryTitle: 'Associée principale',
        signedOn: '2026-03-12',
      },
      {
        organizationId: 'sante-mentale',
        signatoryName: 'Omar Haddad',
        signatoryTitle: 'Directeur clinique',
        signedOn: '2026-03-13',
      },
      {
        organizationId: 'college',
        signatoryName: 'Isabelle Côté',
        signatoryTitle: 'Doyenne',
        signedOn: '2026-03-16',
      },
      {
        organizationId: 'ecole-adultes',
        signatoryName: 'Lucie Martin',
        signatoryTitle: 'Directrice',
        signedOn: '2026-03-16',
      },
      {
        organizationId: 'integration',
        signatoryName: 'Paul Bélanger',
        signatoryTitle: 'Directeur général',
        signedOn: '2026-03-17',
      },
    ],
    clauses: { termination: true, conflictResolution: true },
    wording: {
      values:
        'Le demandeur d’emploi est au centre de chaque décision ; chaque partenaire est traité avec respect et en toute transparence.',
      liabilityAndInsurance:
        'Chaque partenaire assure son personnel et les participants pendant les activités qu’il dirige.',
      evaluation:
        'Un consultant externe évalue le programme chaque année selon le plan d’évaluation joint en annexe.',
    },
  },
  pathway: {
    phases: [
      {
        id: 'evaluation',
        name: 'Évaluation fonctionnelle',
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['consultation', 'sante-mentale'],
        services: ['Évaluation'],
      },
      {
        id: 'formation',
        name: 'Formation préparatoire à l’emploi',
        leadOrganizationId: 'centre-eo',
        supportingOrganizationIds: ['ecole-adultes', 'college'],
        services: ['Littératie financière', 'Entrevues', 'Certifications'],
      },
      {
        id: 'essai',
        name: 'Essai d’emploi ou entrevue de travail',
        leadOrganizationId: 'centre-eo',
        supportingOrganizationIds: [],
        services: ['Essai d’emploi'],
      },
      {
        id: 'placement',
        name: 'Développement de l’emploi et placement',
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['centre-eo'],
        services: ['Placement'],
        durationWeeks: 12,
      },
      {
        id: 'maintien',
        name: 'Maintien en emploi et suivi',
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['centre-eo', 'integration'],
        services: ['Suivi'],
      },
    ],
  },
  meetings: { cadenceMonths: 3, reviewIntervalMonths: 6, reviewer: 'external', records: [] },
  reviews: [],
});
