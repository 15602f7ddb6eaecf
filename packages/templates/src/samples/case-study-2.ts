import { createPartnership, type Partnership } from '@partnership-kit/core';

/**
 * Sample modelled on the guide's second case study (DOMAIN.md): an inclusive employment program
 * run formally by two lead organizations in one city — an ODSP Employment Supports provider and
 * an Employment Ontario centre — with five community partners (a consultancy, an addictions and
 * mental-health service, a college co-op program, an adult school, a developmental-services
 * agency), in five phases (PATH). Funding is shared, the curriculum was designed together and
 * seven organizations take part: a partnership agreement (AGR-2), reviewed by a lawyer (AGR-3).
 *
 * Written in French and English (French first, a francophone network): every text people write
 * has both sides, with Canadian French typography in the strings themselves. Legal names,
 * people's names and addresses are plain strings.
 *
 * The agreement holds every clause an agreement needs when money moves between partners
 * (`clauseRequirement`), plus the optional active offer of French-language services (the
 * Employment Ontario centre delivers services for a government agency, O. Reg. 284/11), a
 * steering committee chaired by one of its members, financial commitments in cents, and the
 * work-plan and evaluation-plan annexes. It took effect on 2026-04-01; the first cohort started
 * in May. No formal review is held yet: the first is due on 2026-10-01, six months after the
 * start (REV-2). On 2026-08-01 `lintPartnership` reports nothing, and all five establishment
 * steps are done.
 */
export const caseStudy2: Partnership = createPartnership({
  id: 'sample-inclusive-program',
  name: {
    fr: 'Programme d’emploi inclusif de Port-Laurier',
    en: 'Port-Laurier Inclusive Employment Program',
  },
  status: 'active',
  languages: ['fr', 'en'],
  primaryLanguage: 'fr',
  startedOn: '2026-04-01',
  purpose: {
    fr: 'Préparer les demandeuses et demandeurs d’emploi ayant un handicap à occuper un emploi dans la communauté, de l’évaluation fonctionnelle jusqu’au maintien en emploi, avec les employeurs comme partenaires.',
    en: 'To prepare job seekers with a disability for jobs in the community, from functional assessment to job retention, with employers as partners.',
  },
  scope: {
    fr: 'Un programme en cinq phases — évaluation fonctionnelle, formation préparatoire à l’emploi en classe, essai en milieu de travail ou entrevue de travail, développement de l’emploi et placement, maintien en emploi et suivi — offert aux demandeuses et demandeurs d’emploi ayant un handicap de Port-Laurier et des environs, à raison de deux cohortes de quinze personnes par année.',
    en: 'A five-phase program — functional assessment, pre-employment classroom training, job trial or work interview, job development and placement, job retention and follow-up — for job seekers with a disability in Port-Laurier and the surrounding area, with two cohorts of fifteen people a year.',
  },
  why: {
    fr: 'Aucun organisme ne peut offrir seul les cinq phases du programme. Les deux organismes chefs de file, Services d’emploi Port-Laurier et Carrefour emploi Port-Laurier, mettent en commun leur financement et ont conçu le programme de formation avec cinq partenaires communautaires, qui apportent chacun une expertise essentielle\u00a0: l’évaluation, la santé mentale, l’enseignement coopératif, l’éducation des adultes et le soutien aux personnes ayant une déficience intellectuelle.',
    en: 'No agency can deliver all five phases of the program alone. The two lead organizations, Services d’emploi Port-Laurier and Carrefour emploi Port-Laurier, pool their funding and designed the curriculum with five community partners, each bringing essential expertise: assessment, mental health, co-op education, adult education and support for people with a developmental disability.',
  },
  objectives: [
    {
      id: 'obj-1',
      text: {
        fr: 'Accueillir deux cohortes de quinze personnes par année.',
        en: 'Welcome two cohorts of fifteen people a year.',
      },
    },
    {
      id: 'obj-2',
      text: {
        fr: 'Faire en sorte qu’au moins 60\u00a0% des participantes et participants occupent un emploi six mois après la fin de la formation.',
        en: 'Have at least 60 per cent of participants in work six months after their training ends.',
      },
    },
    {
      id: 'obj-3',
      text: {
        fr: 'Offrir un essai en milieu de travail à chaque personne qui termine la formation en classe.',
        en: 'Offer a job trial to everyone who completes the classroom training.',
      },
    },
    {
      id: 'obj-4',
      text: {
        fr: 'Recruter vingt-cinq employeurs partenaires d’ici la fin de la deuxième année.',
        en: 'Recruit twenty-five partner employers by the end of the second year.',
      },
    },
  ],
  values: {
    fr: 'La demandeuse ou le demandeur d’emploi est au centre de chaque décision. Les partenaires agissent avec respect, transparence et équité, mettent en commun leurs connaissances et reconnaissent l’apport de chacun.',
    en: 'The job seeker is at the centre of every decision. The partners act with respect, openness and fairness, pool what they know and recognize what each one brings.',
  },
  approvals: [
    {
      id: 'approval-services-emploi',
      organizationId: 'services-emploi',
      approvedBy: 'board',
      approvedOn: '2026-02-17',
    },
    {
      id: 'approval-centre-eo',
      organizationId: 'centre-eo',
      approvedBy: 'board',
      approvedOn: '2026-02-19',
    },
    {
      id: 'approval-consultation',
      organizationId: 'consultation',
      approvedBy: 'other',
      approverTitle: { fr: 'Associée principale', en: 'Senior Partner' },
      approvedOn: '2026-02-20',
    },
    {
      id: 'approval-sante-mentale',
      organizationId: 'sante-mentale',
      approvedBy: 'other',
      approverTitle: { fr: 'Directeur clinique', en: 'Clinical Director' },
      approvedOn: '2026-02-24',
    },
    {
      id: 'approval-college',
      organizationId: 'college',
      approvedBy: 'other',
      approverTitle: {
        fr: 'Doyenne, École des études communautaires',
        en: 'Dean, School of Community Studies',
      },
      approvedOn: '2026-02-25',
    },
    {
      id: 'approval-ecole-adultes',
      organizationId: 'ecole-adultes',
      approvedBy: 'other',
      approverTitle: { fr: 'Directrice du centre', en: 'Principal' },
      approvedOn: '2026-02-26',
    },
    {
      id: 'approval-integration',
      organizationId: 'integration',
      approvedBy: 'executive-director',
      approvedOn: '2026-02-26',
      notes: {
        fr: 'Le conseil d’administration en a été informé à sa réunion de mars.',
        en: 'The board was informed at its March meeting.',
      },
    },
  ],
  organizations: [
    {
      id: 'services-emploi',
      legalName: 'Services d’emploi Port-Laurier inc.',
      shortName: 'Services d’emploi',
      address: '100, rue Principale, Port-Laurier (Ontario) P3A 1A1',
      sector: 'odsp-employment-supports',
      program: { fr: 'Soutien de l’emploi du POSPH', en: 'ODSP Employment Supports' },
      mission: {
        fr: 'Services d’emploi Port-Laurier accompagne les personnes bénéficiaires du Programme ontarien de soutien aux personnes handicapées (POSPH) vers un emploi durable dans leur communauté.',
        en: 'Services d’emploi Port-Laurier supports people receiving the Ontario Disability Support Program (ODSP) toward lasting employment in their community.',
      },
      services: [
        {
          id: 'se-svc-1',
          text: { fr: 'Évaluation fonctionnelle', en: 'Functional assessment' },
        },
        {
          id: 'se-svc-2',
          text: {
            fr: 'Développement de l’emploi et placement',
            en: 'Job development and placement',
          },
        },
        {
          id: 'se-svc-3',
          text: { fr: 'Soutien au maintien en emploi', en: 'Job retention support' },
        },
      ],
      pointsOfContact: [
        {
          id: 'services-emploi-contact',
          title: { fr: 'Gestionnaire de programme', en: 'Program Manager' },
        },
      ],
    },
    {
      id: 'centre-eo',
      legalName: 'Carrefour emploi Port-Laurier',
      shortName: 'Carrefour emploi',
      address: '200, rue du Marché, Port-Laurier (Ontario) P3A 2B2',
      sector: 'employment-ontario',
      program: {
        fr: 'Services d’emploi d’Emploi Ontario',
        en: 'Employment Ontario Employment Services',
      },
      mission: {
        fr: 'Carrefour emploi Port-Laurier offre, au nom d’Emploi Ontario, des services d’emploi en français et en anglais à toute demandeuse ou tout demandeur d’emploi de la région.',
        en: 'Carrefour emploi Port-Laurier delivers Employment Ontario employment services, in French and English, to every job seeker in the region.',
      },
      services: [
        {
          id: 'eo-svc-1',
          text: { fr: 'Ateliers de préparation à l’emploi', en: 'Pre-employment workshops' },
        },
        {
          id: 'eo-svc-2',
          text: { fr: 'Essais en milieu de travail', en: 'Job trials' },
        },
        {
          id: 'eo-svc-3',
          text: { fr: 'Information sur le marché du travail', en: 'Labour-market information' },
        },
      ],
      pointsOfContact: [
        {
          id: 'centre-eo-contact',
          title: {
            fr: 'Coordonnatrice ou coordonnateur des services',
            en: 'Services Coordinator',
          },
        },
      ],
    },
    {
      id: 'consultation',
      legalName: 'Consultation Inclusion inc.',
      shortName: 'Consultation Inclusion',
      address: '5, avenue des Pins, Port-Laurier (Ontario) P3B 1C3',
      sector: 'other',
      program: {
        fr: 'Services-conseils en emploi inclusif',
        en: 'Inclusive employment consulting',
      },
      mission: {
        fr: 'Consultation Inclusion conseille les organismes et les employeurs en matière d’emploi inclusif et d’évaluation fonctionnelle.',
        en: 'Consultation Inclusion advises agencies and employers on inclusive employment and functional assessment.',
      },
      services: [
        {
          id: 'consult-svc-1',
          text: { fr: 'Outils d’évaluation fonctionnelle', en: 'Functional assessment tools' },
        },
        {
          id: 'consult-svc-2',
          text: { fr: 'Conception de programmes de formation', en: 'Curriculum design' },
        },
      ],
      pointsOfContact: [
        { id: 'consultation-contact', title: { fr: 'Direction de projet', en: 'Project Lead' } },
      ],
    },
    {
      id: 'sante-mentale',
      legalName: 'Santé mentale et dépendances Port-Laurier',
      shortName: 'Santé mentale et dépendances',
      address: '8, rue de l’Hôpital, Port-Laurier (Ontario) P3B 2D4',
      sector: 'other',
      program: {
        fr: 'Services externes de santé mentale et de traitement des dépendances',
        en: 'Outpatient mental-health and addictions services',
      },
      mission: {
        fr: 'Santé mentale et dépendances Port-Laurier offre des services de santé mentale et de traitement des dépendances qui favorisent le rétablissement.',
        en: 'Santé mentale et dépendances Port-Laurier provides mental-health and addictions services that support recovery.',
      },
      services: [
        {
          id: 'sm-svc-1',
          text: { fr: 'Counseling individuel', en: 'Individual counselling' },
        },
        {
          id: 'sm-svc-2',
          text: {
            fr: 'Soutien au personnel des partenaires',
            en: 'Support for partner staff',
          },
        },
      ],
      pointsOfContact: [
        {
          id: 'sante-mentale-contact',
          title: { fr: 'Gestionnaire clinique', en: 'Clinical Manager' },
        },
      ],
    },
    {
      id: 'college',
      legalName: 'Collège communautaire de Port-Laurier',
      address: '1, boulevard du Savoir, Port-Laurier (Ontario) P3C 1E5',
      sector: 'other',
      program: {
        fr: 'Programme d’enseignement coopératif',
        en: 'Co-operative Education Program',
      },
      mission: {
        fr: 'Le Collège communautaire de Port-Laurier forme ses étudiantes et étudiants par des programmes appliqués et par l’alternance travail-études.',
        en: 'Collège communautaire de Port-Laurier trains its students through applied programs and co-op education.',
      },
      services: [
        {
          id: 'col-svc-1',
          text: { fr: 'Stages coopératifs', en: 'Co-op placements' },
        },
        {
          id: 'col-svc-2',
          text: { fr: 'Mentorat par les pairs', en: 'Peer mentoring' },
        },
      ],
      pointsOfContact: [
        {
          id: 'college-contact',
          title: {
            fr: 'Coordonnatrice ou coordonnateur de l’enseignement coopératif',
            en: 'Co-op Education Coordinator',
          },
        },
      ],
    },
    {
      id: 'ecole-adultes',
      legalName: 'Centre d’éducation des adultes de Port-Laurier',
      shortName: 'Éducation des adultes',
      address: '30, rue de l’École, Port-Laurier (Ontario) P3C 2F6',
      sector: 'other',
      program: {
        fr: 'Formation de base et littératie financière',
        en: 'Adult basic education and financial literacy',
      },
      mission: {
        fr: 'Le Centre d’éducation des adultes de Port-Laurier offre aux adultes la formation de base, la littératie financière et la préparation aux études postsecondaires.',
        en: 'Centre d’éducation des adultes de Port-Laurier offers adults basic education, financial literacy and preparation for college.',
      },
      services: [
        {
          id: 'ea-svc-1',
          text: { fr: 'Littératie financière', en: 'Financial literacy' },
        },
        {
          id: 'ea-svc-2',
          text: { fr: 'Préparation aux entrevues', en: 'Interview skills' },
        },
      ],
      pointsOfContact: [
        { id: 'ecole-adultes-contact', title: { fr: 'Direction du centre', en: 'Principal' } },
      ],
    },
    {
      id: 'integration',
      legalName: 'Intégration communautaire Port-Laurier',
      shortName: 'Intégration communautaire',
      address: '44, rue des Érables, Port-Laurier (Ontario) P3A 3G7',
      sector: 'developmental-services',
      program: { fr: 'Services de soutien à l’emploi', en: 'Employment support services' },
      mission: {
        fr: 'Intégration communautaire Port-Laurier soutient les personnes ayant une déficience intellectuelle pour qu’elles vivent, travaillent et participent à la vie de leur communauté.',
        en: 'Intégration communautaire Port-Laurier supports people with a developmental disability to live, work and take part in their community.',
      },
      services: [
        {
          id: 'int-svc-1',
          text: { fr: 'Accompagnement en milieu de travail', en: 'Job coaching' },
        },
        {
          id: 'int-svc-2',
          text: {
            fr: 'Fonds pour l’équipement de travail',
            en: 'Funds for work supplies',
          },
        },
      ],
      pointsOfContact: [
        {
          id: 'integration-contact',
          title: { fr: 'Direction générale', en: 'Executive Director' },
        },
      ],
    },
  ],
  workingGroup: [
    {
      id: 'wg-se',
      title: { fr: 'Gestionnaire de programme', en: 'Program Manager' },
      name: 'Chantal Paquette',
      organizationId: 'services-emploi',
    },
    {
      id: 'wg-eo',
      title: {
        fr: 'Coordonnatrice ou coordonnateur des services',
        en: 'Services Coordinator',
      },
      name: 'Sophie Lalonde',
      organizationId: 'centre-eo',
    },
    {
      id: 'wg-consult',
      title: { fr: 'Direction de projet', en: 'Project Lead' },
      name: 'Julie Roy',
      organizationId: 'consultation',
    },
    {
      id: 'wg-sm',
      title: { fr: 'Gestionnaire clinique', en: 'Clinical Manager' },
      name: 'Karim Benali',
      organizationId: 'sante-mentale',
    },
    {
      id: 'wg-col',
      title: {
        fr: 'Coordonnatrice ou coordonnateur de l’enseignement coopératif',
        en: 'Co-op Education Coordinator',
      },
      name: 'Éric Thibault',
      organizationId: 'college',
    },
    {
      id: 'wg-ea',
      title: {
        fr: 'Enseignante ou enseignant en littératie financière',
        en: 'Financial Literacy Teacher',
      },
      name: 'Louise Charron',
      organizationId: 'ecole-adultes',
    },
    {
      id: 'wg-int',
      title: { fr: 'Direction générale', en: 'Executive Director' },
      name: 'Paul Bélanger',
      organizationId: 'integration',
    },
  ],
  resources: [
    {
      id: 'r-1',
      organizationId: 'services-emploi',
      kind: 'human',
      description: {
        fr: 'Deux spécialistes de l’emploi',
        en: 'Two employment specialists',
      },
      availability: 'in-place',
    },
    {
      id: 'r-2',
      organizationId: 'centre-eo',
      kind: 'material',
      description: {
        fr: 'Une salle de formation et quinze postes informatiques',
        en: 'A training room and fifteen computer stations',
      },
      availability: 'in-place',
    },
    {
      id: 'r-3',
      organizationId: 'ecole-adultes',
      kind: 'human',
      description: {
        fr: 'Une enseignante ou un enseignant en littératie financière',
        en: 'A financial literacy teacher',
      },
      availability: 'in-place',
    },
    {
      id: 'r-4',
      organizationId: 'services-emploi',
      kind: 'financial',
      description: {
        fr: 'Stages rémunérés en milieu de travail (montant annuel)',
        en: 'Paid work placements (yearly amount)',
      },
      availability: 'in-place',
      amountCents: 4_000_000,
    },
    {
      id: 'r-5',
      organizationId: 'centre-eo',
      kind: 'financial',
      description: {
        fr: 'Certifications SIMDUT et premiers soins (montant annuel)',
        en: 'WHMIS and first-aid certifications (yearly amount)',
      },
      availability: 'in-place',
      amountCents: 2_500_000,
    },
    {
      id: 'r-6',
      organizationId: 'consultation',
      kind: 'human',
      description: {
        fr: 'Dix jours par année d’expertise en évaluation fonctionnelle et en conception de programmes, offerts en nature',
        en: 'Ten days a year of expertise in functional assessment and curriculum design, in kind',
      },
      availability: 'in-place',
      amountCents: 1_000_000,
      swotItemIds: ['s-2'],
    },
    {
      id: 'r-7',
      organizationId: 'sante-mentale',
      kind: 'human',
      description: {
        fr: 'Une clinicienne ou un clinicien disponible une journée par semaine',
        en: 'A clinician available one day a week',
      },
      availability: 'in-place',
    },
    {
      id: 'r-8',
      organizationId: 'college',
      kind: 'human',
      description: {
        fr: 'Des étudiantes et étudiants en enseignement coopératif qui agissent comme mentors',
        en: 'Co-op students who act as peer mentors',
      },
      availability: 'in-place',
    },
    {
      id: 'r-9',
      organizationId: 'integration',
      kind: 'human',
      description: {
        fr: 'Une formatrice ou un formateur en milieu de travail pour le suivi en emploi',
        en: 'A job coach for follow-up in employment',
      },
      availability: 'in-place',
    },
    {
      id: 'r-10',
      organizationId: 'integration',
      kind: 'financial',
      description: {
        fr: 'Fonds pour l’équipement de travail, dont les bottes de sécurité et les uniformes (montant annuel)',
        en: 'Funds for work supplies such as safety boots and uniforms (yearly amount)',
      },
      availability: 'in-place',
      amountCents: 800_000,
    },
    {
      id: 'r-11',
      kind: 'financial',
      description: {
        fr: 'Évaluation du programme par une évaluatrice ou un évaluateur externe',
        en: 'Program evaluation by an external evaluator',
      },
      availability: 'needed',
      amountCents: 1_200_000,
      swotItemIds: ['t-1'],
    },
    {
      id: 'r-12',
      kind: 'information',
      description: {
        fr: 'Un système commun de suivi des résultats',
        en: 'A shared outcome tracking system',
      },
      availability: 'needed',
      swotItemIds: ['w-2'],
    },
  ],
  sharedDocuments: [
    {
      id: 'doc-1',
      kind: 'consent',
      title: {
        fr: 'Consentement à la communication de renseignements entre les sept partenaires du programme',
        en: 'Consent to share information among the program’s seven partners',
      },
      organizationIds: [
        'services-emploi',
        'centre-eo',
        'consultation',
        'sante-mentale',
        'college',
        'ecole-adultes',
        'integration',
      ],
      availability: 'in-place',
    },
    {
      id: 'doc-2',
      kind: 'intake',
      title: { fr: 'Formulaire d’admission au programme', en: 'Program intake form' },
      organizationIds: ['services-emploi', 'centre-eo'],
      availability: 'in-place',
    },
    {
      id: 'doc-3',
      kind: 'emergency-contact',
      title: {
        fr: 'Fiche des personnes à joindre en cas d’urgence',
        en: 'Emergency contact form',
      },
      organizationIds: ['services-emploi', 'centre-eo'],
      availability: 'in-place',
    },
  ],
  raci: {
    tasks: [
      {
        id: 'evaluation',
        label: { fr: 'Évaluation fonctionnelle', en: 'Functional assessment' },
        leadOrganizationId: 'services-emploi',
        cells: {
          specialiste: ['R'],
          formateur: ['C'],
          gestionnaire: ['A'],
          coordonnatrice: ['I'],
          clinicien: ['C'],
        },
      },
      {
        id: 'formation',
        label: {
          fr: 'Formation préparatoire à l’emploi en classe',
          en: 'Pre-employment classroom training',
        },
        leadOrganizationId: 'centre-eo',
        cells: {
          specialiste: ['C'],
          formateur: ['R'],
          gestionnaire: ['I'],
          coordonnatrice: ['A'],
        },
      },
      {
        id: 'essai',
        label: {
          fr: 'Essai en milieu de travail ou entrevue de travail',
          en: 'Job trial or work interview',
        },
        leadOrganizationId: 'centre-eo',
        cells: {
          specialiste: ['C'],
          formateur: ['R'],
          gestionnaire: ['I'],
          coordonnatrice: ['A'],
        },
      },
      {
        id: 'placement',
        label: {
          fr: 'Développement de l’emploi et placement',
          en: 'Job development and placement',
        },
        leadOrganizationId: 'services-emploi',
        cells: {
          specialiste: ['R'],
          formateur: ['C'],
          gestionnaire: ['A'],
          coordonnatrice: ['I'],
          'job-coach': ['C'],
        },
      },
      {
        id: 'maintien',
        label: { fr: 'Maintien en emploi et suivi', en: 'Job retention and follow-up' },
        leadOrganizationId: 'services-emploi',
        cells: {
          specialiste: ['R'],
          gestionnaire: ['A'],
          coordonnatrice: ['I'],
          clinicien: ['C'],
          'job-coach': ['C'],
        },
      },
    ],
    roles: [
      {
        id: 'specialiste',
        title: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' },
        organizationId: 'services-emploi',
      },
      {
        id: 'formateur',
        title: { fr: 'Formatrice ou formateur en classe', en: 'Classroom trainer' },
        organizationId: 'centre-eo',
      },
      {
        id: 'gestionnaire',
        title: { fr: 'Gestionnaire de programme', en: 'Program manager' },
        organizationId: 'services-emploi',
      },
      {
        id: 'coordonnatrice',
        title: {
          fr: 'Coordonnatrice ou coordonnateur des services',
          en: 'Services coordinator',
        },
        organizationId: 'centre-eo',
      },
      {
        id: 'clinicien',
        title: {
          fr: 'Clinicienne ou clinicien en santé mentale',
          en: 'Mental-health clinician',
        },
        organizationId: 'sante-mentale',
      },
      {
        id: 'job-coach',
        title: { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' },
        organizationId: 'integration',
      },
    ],
    status: 'adopted',
    adoptedOn: '2026-03-02',
    notes: {
      fr: 'Matrice discutée avec les personnes qui occupent chaque rôle, puis adoptée par le comité directeur le 2 mars 2026.',
      en: 'Discussed with the people in each role, then adopted by the steering committee on March 2, 2026.',
    },
  },
  swot: {
    strengths: [
      {
        id: 's-1',
        text: {
          fr: 'Sept partenaires aux expertises complémentaires',
          en: 'Seven partners with complementary expertise',
        },
        resourceKind: 'human',
        availability: 'in-place',
      },
      {
        id: 's-2',
        text: {
          fr: 'Un programme de formation conçu ensemble, de l’évaluation au maintien en emploi',
          en: 'A curriculum designed together, from assessment to job retention',
        },
      },
      {
        id: 's-3',
        text: {
          fr: 'Des services offerts en français et en anglais',
          en: 'Services offered in French and English',
        },
      },
    ],
    weaknesses: [
      {
        id: 'w-1',
        text: {
          fr: 'La coordination entre sept organismes exige beaucoup de temps',
          en: 'Coordinating seven organizations takes a lot of time',
        },
      },
      {
        id: 'w-2',
        text: {
          fr: 'Aucun système commun de suivi des résultats',
          en: 'No shared system to track outcomes',
        },
        resourceKind: 'information',
        availability: 'needed',
      },
    ],
    opportunities: [
      {
        id: 'o-1',
        text: {
          fr: 'Des employeurs prêts à offrir des essais en milieu de travail',
          en: 'Employers ready to offer job trials',
        },
      },
      {
        id: 'o-2',
        text: {
          fr: 'La pénurie de main-d’œuvre dans le commerce de détail, la santé et la logistique',
          en: 'Labour shortages in retail, health care and logistics',
        },
      },
    ],
    threats: [
      {
        id: 't-1',
        text: {
          fr: 'Un financement annuel à renouveler',
          en: 'Funding that must be renewed every year',
        },
        resourceKind: 'financial',
        availability: 'needed',
      },
      {
        id: 't-2',
        text: {
          fr: 'Le roulement du personnel chez les partenaires',
          en: 'Staff turnover at the partner agencies',
        },
        resourceKind: 'human',
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
            fr: 'Aucun organisme ne peut offrir seul les cinq phases du programme.',
            en: 'No agency can deliver all five phases of the program alone.',
          },
          nextSteps: [],
        },
        'purpose-benefits': {
          answer: {
            fr: 'Un parcours continu pour la personne, un financement mis en commun et un seul interlocuteur pour les employeurs.',
            en: 'A seamless pathway for the job seeker, pooled funding and a single contact for employers.',
          },
          nextSteps: [],
        },
        'impacts-clients': {
          answer: {
            fr: 'Les participantes et participants reçoivent, au même endroit, la formation, le soutien en santé mentale et l’accompagnement dont ils ont besoin pour obtenir et garder un emploi.',
            en: 'Participants get the training, mental-health support and coaching they need to find and keep a job, in one place.',
          },
          nextSteps: [],
        },
        'objectives-what': {
          answer: {
            fr: 'Deux cohortes par année, au moins 60\u00a0% des personnes en emploi six mois après la formation, et vingt-cinq employeurs partenaires.',
            en: 'Two cohorts a year, at least 60 per cent of people in work six months after training, and twenty-five partner employers.',
          },
          nextSteps: [],
        },
        'objectives-measure': {
          answer: {
            fr: 'Par les indicateurs du plan d’évaluation, examinés deux fois par année par une évaluatrice ou un évaluateur externe.',
            en: 'Through the evaluation plan’s indicators, reviewed twice a year by an external evaluator.',
          },
          nextSteps: [],
        },
        'value-worth': {
          answer: {
            fr: 'Oui\u00a0: chaque partenaire offre ce qu’il fait déjà, et le programme atteint des personnes qu’aucun d’entre nous ne joignait seul.',
            en: 'Yes: each partner delivers what it already does, and the program reaches people none of us reached alone.',
          },
          nextSteps: [],
        },
        'alternatives-practices': {
          answer: {
            fr: 'L’emploi personnalisé, l’offre active de services en français et le consentement éclairé avant tout échange de renseignements.',
            en: 'Customized employment, the active offer of French-language services, and informed consent before any information is shared.',
          },
          nextSteps: [],
        },
        'next-steps-who': {
          answer: {
            fr: 'Les directions générales des sept partenaires, et une avocate ou un avocat pour réviser l’accord.',
            en: 'The executive directors of the seven partners, and a lawyer to review the agreement.',
          },
          nextSteps: [
            {
              id: 'ns-1',
              text: {
                fr: 'Faire réviser l’ébauche de l’accord par une avocate ou un avocat',
                en: 'Have a lawyer review the draft agreement',
              },
              owner: 'Chantal Paquette',
              dueDate: '2026-03-02',
              done: true,
            },
          ],
        },
        'next-steps-when': {
          answer: {
            fr: 'Le 1er avril 2026, pour une première cohorte en mai.',
            en: 'On April 1, 2026, with a first cohort in May.',
          },
          nextSteps: [],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'services-emploi',
      answers: {
        'services-delivered-well': {
          answer: {
            fr: 'L’évaluation fonctionnelle et le placement.',
            en: 'Functional assessment and job placement.',
          },
          nextSteps: [],
        },
        'where-clients-struggle': {
          answer: {
            fr: 'Avant même la recherche d’emploi, faute de formation préparatoire et de soutien en santé mentale.',
            en: 'Even before the job search, for lack of pre-employment training and mental-health support.',
          },
          nextSteps: [],
        },
        'leadership-aware': {
          answer: {
            fr: 'Oui\u00a0: le conseil d’administration a approuvé le partenariat le 17 février 2026.',
            en: 'Yes: the board approved the partnership on February 17, 2026.',
          },
          nextSteps: [],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'centre-eo',
      answers: {
        'what-we-offer': {
          answer: {
            fr: 'Une salle de formation, des ateliers éprouvés et nos liens avec les employeurs de la région.',
            en: 'A training room, proven workshops and our ties with local employers.',
          },
          nextSteps: [],
        },
        'leadership-aware': {
          answer: {
            fr: 'Oui\u00a0: le conseil d’administration a approuvé le partenariat le 19 février 2026.',
            en: 'Yes: the board approved the partnership on February 19, 2026.',
          },
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
    effectiveOn: '2026-04-01',
    termYears: 3,
    noticeDays: 90,
    renewal: 'meet-to-decide',
    lawyerReviewed: true,
    signatories: [
      {
        id: 'sig-se-ed',
        organizationId: 'services-emploi',
        name: 'Nadia Gagnon',
        title: { fr: 'Directrice générale', en: 'Executive Director' },
        signedOn: '2026-03-10',
      },
      {
        id: 'sig-se-chair',
        organizationId: 'services-emploi',
        name: 'François Ouellet',
        title: { fr: 'Président du conseil d’administration', en: 'Chair, Board of Directors' },
        signedOn: '2026-03-10',
      },
      {
        id: 'sig-eo-ed',
        organizationId: 'centre-eo',
        name: 'Marc Lévesque',
        title: { fr: 'Directeur général', en: 'Executive Director' },
        signedOn: '2026-03-12',
      },
      {
        id: 'sig-eo-chair',
        organizationId: 'centre-eo',
        name: 'Hélène Bergeron',
        title: { fr: 'Présidente du conseil d’administration', en: 'Chair, Board of Directors' },
        signedOn: '2026-03-12',
      },
      {
        id: 'sig-consultation',
        organizationId: 'consultation',
        name: 'Julie Roy',
        title: { fr: 'Associée principale', en: 'Senior Partner' },
        signedOn: '2026-03-12',
      },
      {
        id: 'sig-sante-mentale',
        organizationId: 'sante-mentale',
        name: 'Omar Haddad',
        title: { fr: 'Directeur clinique', en: 'Clinical Director' },
        signedOn: '2026-03-13',
      },
      {
        id: 'sig-college',
        organizationId: 'college',
        name: 'Isabelle Côté',
        title: {
          fr: 'Doyenne, École des études communautaires',
          en: 'Dean, School of Community Studies',
        },
        signedOn: '2026-03-16',
      },
      {
        id: 'sig-ecole-adultes',
        organizationId: 'ecole-adultes',
        name: 'Lucie Martin',
        title: { fr: 'Directrice du centre', en: 'Principal' },
        signedOn: '2026-03-16',
      },
      {
        id: 'sig-integration',
        organizationId: 'integration',
        name: 'Paul Bélanger',
        title: { fr: 'Directeur général', en: 'Executive Director' },
        signedOn: '2026-03-17',
      },
    ],
    clauses: {
      termination: {
        fr: 'Si les partenaires constatent que le partenariat n’est plus viable, ils peuvent y mettre fin honorablement, après examen des solutions de rechange par le comité directeur. Ils en avisent alors par écrit toutes les parties prenantes concernées, notamment les bailleurs de fonds et les employeurs, et veillent à ce qu’aucune participante ni aucun participant ne reste sans soutien.',
        en: 'If the partners find that the partnership is no longer viable, they may end it honourably after the steering committee has reviewed the alternatives. They then notify all relevant stakeholders in writing, including funders and employers, and make sure that no participant is left without support.',
      },
      withdrawal: {
        fr: 'Le partenaire qui se retire remplit ses engagements de service et de reddition de comptes jusqu’à la date de son retrait; tout engagement non rempli est soumis au comité directeur. Le retrait d’un partenaire ne met pas fin au partenariat entre les autres partenaires.',
        en: 'The withdrawing partner must complete its service and reporting commitments up to the date of its withdrawal; any commitment left unmet is referred to the steering committee. The withdrawal of one partner does not end the partnership between the others.',
      },
      conflictResolution: {
        fr: 'Si un désaccord survient, les partenaires abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Un désaccord qui persiste est soumis au comité directeur. Au besoin, les partenaires font appel à une médiatrice ou à un médiateur indépendant, dont ils partagent les honoraires à parts égales.',
        en: 'If a disagreement arises, the partners address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. A disagreement that persists is referred to the steering committee. Where needed, the partners engage an independent mediator and share the mediator’s fees equally.',
      },
      decisionMaking: {
        fr: 'Le comité directeur cherche le consensus dans toutes ses décisions. À défaut de consensus, la présidence peut mettre la question aux voix\u00a0: chaque partenaire dispose d’une voix et la décision est prise à la majorité simple.',
        en: 'The steering committee seeks consensus in all its decisions. Failing consensus, the chair may put the question to a vote: each partner has one vote and the decision is made by simple majority.',
      },
      confidentiality: {
        fr: 'Les partenaires ne s’échangent des renseignements sur un client qu’avec son consentement, donné au moyen d’un formulaire qui nomme chacun des partenaires à qui ces renseignements peuvent être communiqués. Chaque partenaire protège les renseignements personnels qu’il détient conformément aux lois applicables.',
        en: 'The partners share information about a client only with that client’s consent, given on a form that names each partner the information may be shared with. Each partner protects the personal information it holds in accordance with applicable law.',
      },
      amendments: {
        fr: 'Toute modification du présent accord se fait par écrit et doit être signée par tous les partenaires.',
        en: 'Any amendment to this agreement must be made in writing and signed by all partners.',
      },
      governingLaw: {
        fr: 'Le présent accord est régi par les lois de la province de l’Ontario et par les lois fédérales du Canada qui s’y appliquent.',
        en: 'This agreement is governed by the laws of the Province of Ontario and the federal laws of Canada that apply there.',
      },
      liabilityAndInsurance: {
        fr: 'Chaque partenaire est responsable de son personnel et de ses activités. Il maintient une assurance responsabilité civile d’au moins 2\u00a0000\u00a0000\u00a0$ par sinistre, suffisante pour couvrir les clients, les participantes et participants ainsi que son personnel dans le cadre des activités du partenariat, et en remet chaque année une attestation au comité directeur.',
        en: 'Each partner is responsible for its own staff and activities. It maintains liability insurance of at least $2,000,000 per occurrence, enough to cover clients, participants and its staff in the partnership’s activities, and gives the steering committee a certificate of insurance every year.',
      },
      evaluation: {
        fr: 'Les partenaires évaluent le partenariat au moins deux fois par année, selon le plan d’évaluation joint en annexe; chaque partenaire recueille les données dont ses propres programmes ont besoin. Une évaluatrice ou un évaluateur externe mène les examens officiels et en présente les conclusions au comité directeur.',
        en: 'The partners evaluate the partnership at least twice a year, following the evaluation plan in the annex; each partner collects the data its own programs need. An external evaluator conducts the formal reviews and presents the findings to the steering committee.',
      },
      fundsFlow: {
        fr: 'Chaque partenaire verse sa contribution financière selon le budget joint en annexe. Les fonds mis en commun sont administrés par Services d’emploi Port-Laurier inc., à titre d’organisme chef de file, qui les verse aux partenaires selon ce budget, au début de chaque trimestre.',
        en: 'Each partner pays its financial contribution as set out in the budget in the annex. Pooled funds are administered by Services d’emploi Port-Laurier inc., as the lead organization, which pays them out to the partners according to that budget at the start of each quarter.',
      },
      financialReporting: {
        fr: 'L’organisme chef de file remet au comité directeur un rapport financier au moins deux fois par année, en octobre et en avril; chaque partenaire lui fournit à temps les renseignements nécessaires.',
        en: 'The lead organization gives the steering committee a financial report at least twice a year, in October and April; each partner provides the information it needs on time.',
      },
      unspentFunds: {
        fr: 'Si un partenaire se retire, les fonds qu’il a reçus et qui n’ont pas été dépensés sont remis à l’organisme chef de file, à moins que le comité directeur n’en décide autrement. À la fin de l’accord, les fonds mis en commun qui restent sont utilisés comme les bailleurs de fonds le permettent, ou leur sont remboursés.',
        en: 'If a partner withdraws, the funds it received and has not spent are returned to the lead organization, unless the steering committee decides otherwise. When the agreement ends, any pooled funds left are used as the funders allow, or returned to them.',
      },
      languageVersions: {
        fr: 'Le présent accord est rédigé en français et en anglais. Les deux versions font également foi.',
        en: 'This agreement is written in English and French. Both versions are equally authoritative.',
      },
      activeOffer: {
        fr: 'Les services visés par le présent document sont offerts activement en français, conformément à la Loi sur les services en français de l’Ontario et au Règlement de l’Ontario 284/11\u00a0: chaque client est informé dès le premier contact qu’il peut être servi en français.',
        en: 'The services this document covers are actively offered in French, in accordance with Ontario’s French Language Services Act and Ontario Regulation 284/11: every client is told at first contact that they can be served in French.',
      },
    },
    provisions: [
      {
        id: 'prov-se-1',
        organizationId: 'services-emploi',
        kind: 'service',
        what: {
          fr: 'L’évaluation fonctionnelle, le développement de l’emploi et le placement',
          en: 'Functional assessment, job development and placement',
        },
        byWhom: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' },
        toWhom: { fr: 'Les participantes et participants', en: 'Participants' },
        when: {
          fr: 'Aux phases 1 et 4 de chaque cohorte',
          en: 'In phases 1 and 4 of each cohort',
        },
      },
      {
        id: 'prov-se-2',
        organizationId: 'services-emploi',
        kind: 'report',
        what: {
          fr: 'Un rapport financier sur les fonds mis en commun',
          en: 'A financial report on the pooled funds',
        },
        byWhom: { fr: 'Gestionnaire de programme', en: 'Program manager' },
        toWhom: { fr: 'Le comité directeur', en: 'The steering committee' },
        when: {
          fr: 'Deux fois par année, en octobre et en avril',
          en: 'Twice a year, in October and April',
        },
      },
      {
        id: 'prov-eo-1',
        organizationId: 'centre-eo',
        kind: 'service',
        what: {
          fr: 'La formation préparatoire à l’emploi en classe et les essais en milieu de travail',
          en: 'Pre-employment classroom training and job trials',
        },
        byWhom: {
          fr: 'Coordonnatrice ou coordonnateur des services',
          en: 'Services coordinator',
        },
        toWhom: { fr: 'Les participantes et participants', en: 'Participants' },
        when: {
          fr: 'Aux phases 2 et 3 de chaque cohorte',
          en: 'In phases 2 and 3 of each cohort',
        },
      },
      {
        id: 'prov-eo-2',
        organizationId: 'centre-eo',
        kind: 'space',
        what: {
          fr: 'La salle de formation et les postes informatiques',
          en: 'The training room and computer stations',
        },
        byWhom: {
          fr: 'Coordonnatrice ou coordonnateur des services',
          en: 'Services coordinator',
        },
        toWhom: {
          fr: 'Les formatrices et formateurs de tous les partenaires',
          en: 'Trainers from every partner',
        },
        when: { fr: 'Pendant la formation en classe', en: 'During classroom training' },
      },
      {
        id: 'prov-consult-1',
        organizationId: 'consultation',
        kind: 'service',
        what: {
          fr: 'Les outils d’évaluation fonctionnelle, la formation des évaluatrices et évaluateurs et la mise à jour du programme de formation',
          en: 'Functional assessment tools, training for assessors and updates to the curriculum',
        },
        byWhom: { fr: 'Direction de projet', en: 'Project lead' },
        toWhom: {
          fr: 'Les organismes chefs de file',
          en: 'The lead organizations',
        },
        when: { fr: 'Avant chaque cohorte', en: 'Before each cohort' },
      },
      {
        id: 'prov-sm-1',
        organizationId: 'sante-mentale',
        kind: 'staff',
        what: {
          fr: 'Une clinicienne ou un clinicien disponible une journée par semaine',
          en: 'A clinician available one day a week',
        },
        byWhom: { fr: 'Gestionnaire clinique', en: 'Clinical manager' },
        toWhom: {
          fr: 'Les participantes et participants, et le personnel des partenaires',
          en: 'Participants and partner staff',
        },
        when: { fr: 'Pendant toute la durée de chaque cohorte', en: 'Throughout each cohort' },
      },
      {
        id: 'prov-col-1',
        organizationId: 'college',
        kind: 'service',
        what: {
          fr: 'Des étudiantes et étudiants mentors, et des liens avec les employeurs de stages coopératifs',
          en: 'Student peer mentors, and links with co-op employers',
        },
        byWhom: {
          fr: 'Coordonnatrice ou coordonnateur de l’enseignement coopératif',
          en: 'Co-op education coordinator',
        },
        toWhom: { fr: 'Les participantes et participants', en: 'Participants' },
        when: { fr: 'À chaque session d’études', en: 'Each academic term' },
      },
      {
        id: 'prov-ea-1',
        organizationId: 'ecole-adultes',
        kind: 'service',
        what: {
          fr: 'Les modules de littératie financière et de préparation aux entrevues',
          en: 'The financial literacy and interview skills modules',
        },
        byWhom: {
          fr: 'Enseignante ou enseignant en littératie financière',
          en: 'Financial literacy teacher',
        },
        toWhom: { fr: 'Les participantes et participants', en: 'Participants' },
        when: { fr: 'À la phase 2 de chaque cohorte', en: 'In phase 2 of each cohort' },
      },
      {
        id: 'prov-int-1',
        organizationId: 'integration',
        kind: 'staff',
        what: {
          fr: 'Une formatrice ou un formateur en milieu de travail pour le suivi en emploi',
          en: 'A job coach for follow-up in employment',
        },
        byWhom: { fr: 'Direction générale', en: 'Executive director' },
        toWhom: {
          fr: 'Les participantes et participants ayant une déficience intellectuelle',
          en: 'Participants with a developmental disability',
        },
        when: {
          fr: 'À la phase 5, jusqu’à douze mois après le placement',
          en: 'In phase 5, for up to twelve months after placement',
        },
      },
    ],
    governance: {
      members: [
        {
          id: 'cm-services-emploi',
          organizationId: 'services-emploi',
          title: { fr: 'Direction générale', en: 'Executive Director' },
        },
        {
          id: 'cm-centre-eo',
          organizationId: 'centre-eo',
          title: { fr: 'Direction générale', en: 'Executive Director' },
        },
        {
          id: 'cm-consultation',
          organizationId: 'consultation',
          title: { fr: 'Direction de projet', en: 'Project Lead' },
        },
        {
          id: 'cm-sante-mentale',
          organizationId: 'sante-mentale',
          title: { fr: 'Direction clinique', en: 'Clinical Director' },
        },
        {
          id: 'cm-college',
          organizationId: 'college',
          title: {
            fr: 'Doyenne ou doyen, École des études communautaires',
            en: 'Dean, School of Community Studies',
          },
        },
        {
          id: 'cm-ecole-adultes',
          organizationId: 'ecole-adultes',
          title: { fr: 'Direction du centre', en: 'Principal' },
        },
        {
          id: 'cm-integration',
          organizationId: 'integration',
          title: { fr: 'Direction générale', en: 'Executive Director' },
        },
      ],
      chairMemberId: 'cm-services-emploi',
      termsOfReference: {
        fr: 'Le comité directeur réunit une représentante ou un représentant de chacun des sept partenaires. Il se réunit tous les deux mois, approuve le plan de travail, le budget et le plan d’évaluation, suit les résultats et tranche les questions que le groupe de travail lui soumet. La présidence est assurée par la direction générale de Services d’emploi Port-Laurier inc. pendant toute la durée de l’accord. Le quorum est atteint lorsque cinq partenaires, dont les deux organismes chefs de file, sont représentés.',
        en: 'The steering committee brings together one representative of each of the seven partners. It meets every two months, approves the work plan, the budget and the evaluation plan, monitors results and settles the questions the working group refers to it. The Executive Director of Services d’emploi Port-Laurier inc. chairs it for the term of the agreement. Quorum is five partners, including both lead organizations.',
      },
    },
    annexes: {
      workPlan: {
        fr: 'Année 1 (avril 2026 à mars 2027)\u00a0: deux cohortes de quinze personnes, en mai et en octobre; recrutement de quinze employeurs partenaires; adoption du formulaire de consentement commun.\nAnnée 2 (avril 2027 à mars 2028)\u00a0: deux cohortes; dix nouveaux employeurs partenaires; mise en place d’un système commun de suivi des résultats.\nAnnée 3 (avril 2028 à mars 2029)\u00a0: deux cohortes; évaluation finale et rencontre sur le renouvellement, six mois avant la fin de l’accord.',
        en: 'Year 1 (April 2026 to March 2027): two cohorts of fifteen people, in May and October; fifteen partner employers recruited; shared consent form in use.\nYear 2 (April 2027 to March 2028): two cohorts; ten new partner employers; a shared outcome tracking system in place.\nYear 3 (April 2028 to March 2029): two cohorts; final evaluation and renewal meeting, six months before the agreement ends.',
      },
      evaluationPlan: {
        fr: 'Indicateurs\u00a0: nombre de personnes admises, taux d’achèvement de la formation, nombre d’essais en milieu de travail, taux d’emploi trois mois et six mois après la formation, satisfaction des participantes et participants et des employeurs.\nCollecte des données\u00a0: chaque partenaire recueille les données de ses phases et les transmet chaque trimestre à l’organisme chef de file.\nExamens\u00a0: deux examens officiels par année, en octobre et en avril, menés par une évaluatrice ou un évaluateur externe; le rapport est présenté au comité directeur et communiqué aux bailleurs de fonds.',
        en: 'Indicators: number of people admitted, training completion rate, number of job trials, employment rate three and six months after training, satisfaction of participants and employers.\nData collection: each partner collects the data of its phases and sends it to the lead organization every quarter.\nReviews: two formal reviews a year, in October and April, conducted by an external evaluator; the report goes to the steering committee and is shared with funders.',
      },
    },
  },
  pathway: {
    phases: [
      {
        id: 'evaluation',
        name: { fr: 'Évaluation fonctionnelle', en: 'Functional assessment' },
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['consultation', 'sante-mentale'],
        services: [
          {
            id: 'evaluation-svc-1',
            text: {
              fr: 'Évaluation des capacités et des intérêts',
              en: 'Assessment of abilities and interests',
            },
          },
          {
            id: 'evaluation-svc-2',
            text: {
              fr: 'Dépistage des besoins en santé mentale, avec le consentement de la personne',
              en: 'Mental-health screening, with the job seeker’s consent',
            },
          },
        ],
        durationWeeks: 2,
        description: {
          fr: 'Services d’emploi Port-Laurier admet la personne, évalue ses capacités et ses intérêts et devient son contact principal.',
          en: 'Services d’emploi Port-Laurier admits the job seeker, assesses their abilities and interests, and becomes the primary contact.',
        },
      },
      {
        id: 'formation',
        name: {
          fr: 'Formation préparatoire à l’emploi en classe',
          en: 'Pre-employment classroom training',
        },
        leadOrganizationId: 'centre-eo',
        supportingOrganizationIds: ['ecole-adultes', 'college'],
        services: [
          {
            id: 'formation-svc-1',
            text: { fr: 'Littératie financière', en: 'Financial literacy' },
          },
          {
            id: 'formation-svc-2',
            text: { fr: 'Préparation aux entrevues', en: 'Interview skills' },
          },
          {
            id: 'formation-svc-3',
            text: { fr: 'Savoir-être en milieu de travail', en: 'Soft skills at work' },
          },
          {
            id: 'formation-svc-4',
            text: {
              fr: 'Exploration du marché du travail',
              en: 'Labour-market exploration',
            },
          },
          {
            id: 'formation-svc-5',
            text: {
              fr: 'Certifications (SIMDUT, premiers soins)',
              en: 'Certifications (WHMIS, first aid)',
            },
          },
        ],
        durationWeeks: 8,
        description: {
          fr: 'Un programme de formation conçu par les sept partenaires, donné au Carrefour emploi avec le Centre d’éducation des adultes et le Collège.',
          en: 'A curriculum designed by the seven partners, taught at Carrefour emploi with the adult learning centre and the college.',
        },
      },
      {
        id: 'essai',
        name: {
          fr: 'Essai en milieu de travail ou entrevue de travail',
          en: 'Job trial or work interview',
        },
        leadOrganizationId: 'centre-eo',
        supportingOrganizationIds: [],
        services: [
          { id: 'essai-svc-1', text: { fr: 'Essai en milieu de travail', en: 'Job trial' } },
          { id: 'essai-svc-2', text: { fr: 'Entrevue de travail', en: 'Work interview' } },
        ],
        durationWeeks: 2,
      },
      {
        id: 'placement',
        name: {
          fr: 'Développement de l’emploi et placement',
          en: 'Job development and placement',
        },
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['centre-eo'],
        services: [
          {
            id: 'placement-svc-1',
            text: { fr: 'Développement de l’emploi', en: 'Job development' },
          },
          { id: 'placement-svc-2', text: { fr: 'Placement en emploi', en: 'Job placement' } },
          {
            id: 'placement-svc-3',
            text: {
              fr: 'Formation en cours d’emploi et soutien intensif',
              en: 'On-the-job training and intensive support',
            },
          },
        ],
        durationWeeks: 12,
        description: {
          fr: 'Une phase partagée\u00a0: après le placement, jusqu’à douze semaines de formation en cours d’emploi et de soutien intensif.',
          en: 'A shared phase: after placement, up to twelve weeks of on-the-job training and intensive support.',
        },
      },
      {
        id: 'maintien',
        name: { fr: 'Maintien en emploi et suivi', en: 'Job retention and follow-up' },
        leadOrganizationId: 'services-emploi',
        supportingOrganizationIds: ['centre-eo', 'integration'],
        services: [
          {
            id: 'maintien-svc-1',
            text: {
              fr: 'Suivi auprès de l’employeur et de la personne',
              en: 'Follow-up with the employer and the employee',
            },
          },
          {
            id: 'maintien-svc-2',
            text: {
              fr: 'Accompagnement en milieu de travail au besoin',
              en: 'Job coaching as needed',
            },
          },
        ],
        description: {
          fr: 'Une phase partagée\u00a0: Intégration communautaire assure l’accompagnement des personnes ayant une déficience intellectuelle.',
          en: 'A shared phase: Intégration communautaire provides job coaching for people with a developmental disability.',
        },
      },
    ],
  },
  meetings: {
    cadenceMonths: 2,
    reviewIntervalMonths: 6,
    reviewer: 'external',
    communicationPolicy: {
      fr: 'Le groupe de travail se réunit tous les deux mois, avant le comité directeur, et plus souvent au besoin. Les partenaires se transmettent les aiguillages au moyen du formulaire d’admission au programme et ne s’échangent des renseignements sur un client qu’avec son consentement écrit. Les comptes rendus sont rédigés en français et en anglais.',
      en: 'The working group meets every two months, before the steering committee, and more often when needed. Partners send referrals on the program intake form and share information about a client only with their written consent. Minutes are written in French and English.',
    },
    records: [
      {
        id: 'm-1',
        date: '2026-01-27',
        kind: 'other',
        attendeeIds: ['wg-se', 'wg-eo', 'wg-consult', 'wg-sm', 'wg-col', 'wg-ea', 'wg-int'],
        minutes: {
          fr: 'Atelier de conception du programme de formation avec les sept partenaires. Le groupe a arrêté les cinq phases et le contenu de la formation en classe.',
          en: 'Curriculum design workshop with the seven partners. The group settled the five phases and the content of the classroom training.',
        },
        decisions: [
          {
            id: 'm-1-d-1',
            text: {
              fr: 'Un accord de partenariat est nécessaire\u00a0: le financement est partagé et le programme est conçu ensemble.',
              en: 'A partnership agreement is needed: funding is shared and the program is designed together.',
            },
          },
          {
            id: 'm-1-d-2',
            text: {
              fr: 'Services d’emploi Port-Laurier administre les fonds mis en commun.',
              en: 'Services d’emploi Port-Laurier administers the pooled funds.',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-1-a-1',
            text: {
              fr: 'Faire réviser l’ébauche de l’accord par une avocate ou un avocat',
              en: 'Have a lawyer review the draft agreement',
            },
            ownerId: 'wg-se',
            dueOn: '2026-03-02',
            done: true,
          },
          {
            id: 'm-1-a-2',
            text: {
              fr: 'Rédiger les annexes du plan de travail et du plan d’évaluation',
              en: 'Draft the work plan and evaluation plan annexes',
            },
            ownerId: 'wg-consult',
            dueOn: '2026-02-27',
            done: true,
          },
        ],
      },
      {
        id: 'm-2',
        date: '2026-05-19',
        kind: 'regular',
        attendeeIds: ['wg-se', 'wg-eo', 'wg-sm', 'wg-ea'],
        minutes: {
          fr: 'La première cohorte de quinze personnes a commencé la formation en classe le 11 mai. Les évaluations fonctionnelles sont toutes terminées.',
          en: 'The first cohort of fifteen people started classroom training on May 11. All functional assessments are done.',
        },
        decisions: [
          {
            id: 'm-2-d-1',
            text: {
              fr: 'Ajouter une séance sur le transport en commun au module d’exploration du marché du travail',
              en: 'Add a session on public transit to the labour-market exploration module',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-2-a-1',
            text: {
              fr: 'Préparer la séance sur le transport en commun',
              en: 'Prepare the public transit session',
            },
            ownerId: 'wg-ea',
            dueOn: '2026-06-05',
            done: true,
          },
        ],
      },
      {
        id: 'm-3',
        date: '2026-07-14',
        kind: 'regular',
        attendeeIds: ['wg-se', 'wg-eo', 'wg-col', 'wg-int'],
        minutes: {
          fr: 'Douze des quinze personnes de la première cohorte ont terminé la formation; huit essais en milieu de travail sont en cours chez six employeurs.',
          en: 'Twelve of the fifteen people in the first cohort completed the training; eight job trials are under way with six employers.',
        },
        decisions: [
          {
            id: 'm-3-d-1',
            text: {
              fr: 'Recruter de nouveaux employeurs pour les essais de la deuxième cohorte',
              en: 'Recruit new employers for the second cohort’s job trials',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-3-a-1',
            text: {
              fr: 'Recruter cinq nouveaux employeurs pour les essais en milieu de travail',
              en: 'Recruit five new employers for job trials',
            },
            ownerId: 'wg-eo',
            dueOn: '2026-09-30',
            done: false,
          },
        ],
      },
    ],
  },
  reviews: [],
});
