import { createPartnership, type Partnership } from '@partnership-kit/core';

/**
 * Sample modelled on the guide's first case study (DOMAIN.md): a developmental-services agency
 * and an ODSP Employment Supports provider in two small towns. In 2009 the agency moved from a
 * social enterprise and group services to inclusive community employment; informal
 * collaboration grew into shared job coaches and a seven-week summer transition program. Two
 * organizations, no shared funding, established services: a memorandum of understanding
 * (AGR-1).
 *
 * Written in French and English (French first): every text people write has both sides, with
 * Canadian French typography in the strings themselves (’, no-break space before « : » and
 * inside « », none before ; ? !). Legal names, people's names and addresses are plain strings.
 *
 * Everything a director expects in a signable MOU is filled in, and on 2026-08-01
 * `lintPartnership` reports nothing at all: the last meeting and the formal review were on
 * 2026-07-08 (next meeting 2026-10-08, next review 2027-01-08), the MOU took effect on the last
 * signature (2026-01-20) and runs to 2028-01-20, with the renewal meeting due on 2027-07-20
 * (REV-4). Every action item is done. The five establishment steps are all done.
 */
export const caseStudy1: Partnership = createPartnership({
  id: 'sample-two-towns',
  name: {
    fr: 'Emploi inclusif dans les deux villes',
    en: 'Two Towns Inclusive Employment',
  },
  status: 'active',
  languages: ['fr', 'en'],
  primaryLanguage: 'fr',
  startedOn: '2026-01-20',
  purpose: {
    fr: 'Collaborer à des services et à des soutiens à l’emploi qui améliorent les résultats des demandeuses et demandeurs d’emploi ayant un handicap dans les deux villes, quels que soient les soutiens nécessaires à l’atteinte de leurs objectifs.',
    en: 'To work together on employment services and supports that improve outcomes for job seekers with a disability in both towns, whatever supports they need to reach their goals.',
  },
  scope: {
    fr: 'Le développement de l’emploi, l’accompagnement en milieu de travail et le maintien en emploi des demandeuses et demandeurs d’emploi ayant un handicap à Northtown et à Southtown, ainsi qu’un programme estival de transition de sept semaines destiné aux élèves qui terminent leurs études secondaires.',
    en: 'Job development, job coaching and job retention for job seekers with a disability in Northtown and Southtown, and a seven-week summer transition program for students finishing high school.',
  },
  why: {
    fr: 'En 2009, Northtown Community Living a délaissé son entreprise sociale et ses services de groupe au profit de l’emploi inclusif dans la communauté. Depuis, chaque organisme aiguille vers l’autre les personnes qu’il ne peut servir seul, et les deux se partagent de façon informelle leurs formatrices et formateurs en milieu de travail. Consigner par écrit qui fait quoi met cette collaboration à l’abri du roulement du personnel, tient les deux conseils d’administration informés et garantit que, quelle que soit la porte à laquelle frappe une demandeuse ou un demandeur d’emploi, cette personne reçoit des services et du soutien.',
    en: 'In 2009, Northtown Community Living moved from its social enterprise and group services to inclusive community employment. Since then, each agency has referred to the other the people it cannot serve alone, and the two have shared job coaches informally. Writing down who does what protects this collaboration from staff turnover, keeps both boards informed, and makes sure that whatever door job seekers knock on, they get service and support.',
  },
  objectives: [
    {
      id: 'obj-1',
      text: {
        fr: 'Affecter une formatrice ou un formateur en milieu de travail à chaque ville.',
        en: 'Dedicate a job coach to each town.',
      },
    },
    {
      id: 'obj-2',
      text: {
        fr: 'Aider au moins 70\u00a0% des personnes servies à atteindre leur objectif d’emploi.',
        en: 'Help at least 70 per cent of the people served reach their employment goal.',
      },
    },
    {
      id: 'obj-3',
      text: {
        fr: 'Confier chaque élève qui termine le programme estival de transition à Lakeshore Employment Supports pour la suite de son accompagnement.',
        en: 'Hand over every student who completes the summer transition program to Lakeshore Employment Supports for continued support.',
      },
    },
    {
      id: 'obj-4',
      text: {
        fr: 'Utiliser un formulaire d’admission commun et un formulaire de consentement qui nomme les deux organismes.',
        en: 'Use one shared intake form and one consent form that names both agencies.',
      },
    },
  ],
  values: {
    fr: 'La demandeuse ou le demandeur d’emploi est au centre de chaque décision. Les parties sont sur un pied d’égalité et collaborent de bonne foi, en toute transparence et dans le respect de l’expertise de chacune.',
    en: 'The job seeker is at the centre of every decision. The parties are equal and work together in good faith, openly and with respect for each other’s expertise.',
  },
  approvals: [
    {
      id: 'approval-ncl',
      organizationId: 'northtown-cl',
      approvedBy: 'board',
      approvedOn: '2025-12-09',
      notes: {
        fr: 'Résolution adoptée par le conseil d’administration à sa réunion ordinaire de décembre.',
        en: 'Resolution passed by the Board of Directors at its regular December meeting.',
      },
    },
    {
      id: 'approval-les',
      organizationId: 'lakeshore-es',
      approvedBy: 'executive-director',
      approvedOn: '2025-12-15',
      notes: {
        fr: 'Le directeur général appuie le partenariat et en a informé le conseil d’administration.',
        en: 'The Executive Director sponsors the partnership and has informed the board.',
      },
    },
  ],
  organizations: [
    {
      id: 'northtown-cl',
      legalName: 'Northtown Community Living Inc.',
      shortName: 'Northtown CL',
      address: '12 Mill Street, Northtown, Ontario P0A 1B0',
      sector: 'developmental-services',
      program: {
        fr: 'Programme d’emploi communautaire',
        en: 'Community Employment Program',
      },
      mission: {
        fr: 'Northtown Community Living soutient les personnes ayant une déficience intellectuelle pour qu’elles vivent, travaillent et participent pleinement à la vie de leur communauté. Depuis 2009, l’organisme mise sur l’emploi inclusif, grâce à un champion d’affaires, à des déjeuners-rencontres et à des tables rondes avec les employeurs de la région.',
        en: 'Northtown Community Living supports people with a developmental disability to live, work and take part in their community. Since 2009 it has focused on inclusive employment, with a business champion, employer breakfasts and round tables with local employers.',
      },
      services: [
        {
          id: 'ncl-svc-1',
          text: {
            fr: 'Développement de l’emploi et jumelage avec les employeurs',
            en: 'Job development and matching with employers',
          },
        },
        {
          id: 'ncl-svc-2',
          text: {
            fr: 'Accompagnement en milieu de travail',
            en: 'On-the-job coaching',
          },
        },
        {
          id: 'ncl-svc-3',
          text: {
            fr: 'Planification personnalisée de l’emploi',
            en: 'Individual employment planning',
          },
        },
        {
          id: 'ncl-svc-4',
          text: {
            fr: 'Déjeuners-rencontres et tables rondes avec les employeurs',
            en: 'Employer breakfasts and round tables',
          },
        },
      ],
      pointsOfContact: [
        {
          id: 'ncl-pm',
          title: {
            fr: 'Gestionnaire, Emploi communautaire',
            en: 'Manager, Community Employment',
          },
        },
      ],
    },
    {
      id: 'lakeshore-es',
      legalName: 'Lakeshore Employment Supports',
      shortName: 'Lakeshore ES',
      address: '3 Harbour Road, Southtown, Ontario P0A 1C0',
      sector: 'odsp-employment-supports',
      program: {
        fr: 'Soutien de l’emploi du POSPH',
        en: 'ODSP Employment Supports',
      },
      mission: {
        fr: 'Lakeshore Employment Supports aide les personnes bénéficiaires du Programme ontarien de soutien aux personnes handicapées (POSPH) à trouver et à garder un emploi qui leur convient.',
        en: 'Lakeshore Employment Supports helps people receiving the Ontario Disability Support Program (ODSP) find and keep work that suits them.',
      },
      services: [
        {
          id: 'les-svc-1',
          text: {
            fr: 'Admission et vérification de l’admissibilité au POSPH',
            en: 'Intake and ODSP eligibility checks',
          },
        },
        {
          id: 'les-svc-2',
          text: {
            fr: 'Recherche d’emploi et placement',
            en: 'Job search and placement',
          },
        },
        {
          id: 'les-svc-3',
          text: {
            fr: 'Soutien au maintien en emploi',
            en: 'Job retention support',
          },
        },
        {
          id: 'les-svc-4',
          text: {
            fr: 'Fonds pour les certifications et l’équipement de travail',
            en: 'Funds for certifications and work supplies',
          },
        },
      ],
      pointsOfContact: [
        {
          id: 'les-pm',
          title: {
            fr: 'Gestionnaire de programme, Soutien de l’emploi',
            en: 'Program Manager, Employment Supports',
          },
        },
      ],
    },
  ],
  workingGroup: [
    {
      id: 'wg-1',
      title: { fr: 'Direction générale', en: 'Executive Director' },
      name: 'Rachel Tremblay',
      organizationId: 'northtown-cl',
    },
    {
      id: 'wg-2',
      title: {
        fr: 'Gestionnaire de programme, Soutien de l’emploi',
        en: 'Program Manager, Employment Supports',
      },
      name: 'Priya Natarajan',
      organizationId: 'lakeshore-es',
    },
    {
      id: 'wg-3',
      title: {
        fr: 'Gestionnaire, Emploi communautaire',
        en: 'Manager, Community Employment',
      },
      name: 'Daniel Bouchard',
      organizationId: 'northtown-cl',
    },
    {
      id: 'wg-4',
      title: { fr: 'Spécialiste de l’emploi', en: 'Employment Specialist' },
      name: 'Amélie Gauthier',
      organizationId: 'lakeshore-es',
    },
  ],
  resources: [
    {
      id: 'r-1',
      organizationId: 'northtown-cl',
      kind: 'human',
      description: {
        fr: 'Une formatrice ou un formateur en milieu de travail dans chaque ville, partagé avec Lakeshore ES',
        en: 'One job coach in each town, shared with Lakeshore ES',
      },
      availability: 'in-place',
    },
    {
      id: 'r-2',
      organizationId: 'lakeshore-es',
      kind: 'financial',
      description: {
        fr: 'Fonds pour les bottes de sécurité et la certification SIMDUT',
        en: 'Funds for safety boots and WHMIS certification',
      },
      availability: 'in-place',
      amountCents: 250_000,
      notes: {
        fr: 'Réservés à la clientèle de Lakeshore ES; aucune somme n’est versée d’un organisme à l’autre.',
        en: 'Spent on Lakeshore ES clients only; no money moves between the agencies.',
      },
    },
    {
      id: 'r-3',
      kind: 'information',
      description: {
        fr: 'Formulaires communs d’admission et de personnes à joindre en cas d’urgence',
        en: 'Shared intake and emergency-contact forms',
      },
      availability: 'in-place',
      swotItemIds: ['w-2'],
    },
    {
      id: 'r-4',
      organizationId: 'lakeshore-es',
      kind: 'human',
      description: {
        fr: 'Une formatrice ou un formateur en milieu de travail attitré à chaque ville pour le maintien en emploi',
        en: 'A job coach dedicated to each town for job retention',
      },
      availability: 'in-place',
    },
    {
      id: 'r-5',
      organizationId: 'northtown-cl',
      kind: 'human',
      description: {
        fr: 'Un champion d’affaires qui anime les déjeuners-rencontres avec les employeurs',
        en: 'A business champion who hosts the employer breakfasts',
      },
      availability: 'in-place',
      swotItemIds: ['s-1'],
    },
    {
      id: 'r-6',
      organizationId: 'lakeshore-es',
      kind: 'material',
      description: {
        fr: 'Une salle de réunion et des ordinateurs pour la recherche d’emploi à Southtown',
        en: 'A meeting room and computers for job search in Southtown',
      },
      availability: 'in-place',
    },
    {
      id: 'r-7',
      kind: 'human',
      description: {
        fr: 'Une deuxième formatrice ou un deuxième formateur en milieu de travail pour le programme estival de transition',
        en: 'A second job coach for the summer transition program',
      },
      availability: 'needed',
      swotItemIds: ['t-1'],
    },
  ],
  sharedDocuments: [
    {
      id: 'doc-1',
      kind: 'intake',
      title: { fr: 'Formulaire d’admission commun', en: 'Shared intake form' },
      organizationIds: ['northtown-cl', 'lakeshore-es'],
      availability: 'in-place',
    },
    {
      id: 'doc-2',
      kind: 'emergency-contact',
      title: {
        fr: 'Fiche des personnes à joindre en cas d’urgence',
        en: 'Emergency contact form',
      },
      organizationIds: ['northtown-cl', 'lakeshore-es'],
      availability: 'in-place',
    },
    {
      id: 'doc-3',
      kind: 'consent',
      title: {
        fr: 'Consentement à la communication de renseignements entre Northtown Community Living Inc. et Lakeshore Employment Supports',
        en: 'Consent to share information between Northtown Community Living Inc. and Lakeshore Employment Supports',
      },
      organizationIds: ['northtown-cl', 'lakeshore-es'],
      availability: 'in-place',
    },
    {
      id: 'doc-4',
      kind: 'other',
      title: { fr: 'Formulaire d’aiguillage commun', en: 'Shared referral form' },
      organizationIds: ['northtown-cl', 'lakeshore-es'],
      availability: 'in-place',
    },
  ],
  raci: {
    tasks: [
      {
        id: 'intake-forms',
        label: { fr: 'Formulaires d’admission', en: 'Intake forms' },
        leadOrganizationId: 'lakeshore-es',
        cells: {
          'job-coach': ['C'],
          'employment-specialist': ['C'],
          'intake-worker': ['R'],
          'program-manager': ['A'],
        },
      },
      {
        id: 'discovery',
        label: {
          fr: 'Découverte et planification avec la personne',
          en: 'Discovery and planning with the client',
        },
        leadOrganizationId: 'northtown-cl',
        cells: {
          'job-coach': ['R'],
          'employment-specialist': ['A'],
          'intake-worker': ['C'],
          'program-manager': ['I'],
        },
      },
      {
        id: 'job-search',
        label: { fr: 'Recherche d’emploi', en: 'Job search' },
        leadOrganizationId: 'lakeshore-es',
        cells: {
          'job-coach': ['C'],
          'employment-specialist': ['R'],
          'intake-worker': ['I'],
          'program-manager': ['A'],
        },
      },
      {
        id: 'job-coaching',
        label: { fr: 'Accompagnement en milieu de travail', en: 'Job coaching' },
        leadOrganizationId: 'northtown-cl',
        cells: {
          'job-coach': ['R', 'A'],
          'employment-specialist': ['C'],
          'program-manager': ['I'],
        },
      },
    ],
    roles: [
      {
        id: 'job-coach',
        title: { fr: 'Formatrice ou formateur en milieu de travail', en: 'Job coach' },
        organizationId: 'northtown-cl',
      },
      {
        id: 'employment-specialist',
        title: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' },
        organizationId: 'lakeshore-es',
      },
      {
        id: 'intake-worker',
        title: { fr: 'Responsable de l’admission', en: 'Intake worker' },
        organizationId: 'lakeshore-es',
      },
      {
        id: 'program-manager',
        title: { fr: 'Gestionnaire de programme', en: 'Program manager' },
        organizationId: 'lakeshore-es',
      },
    ],
    status: 'adopted',
    adoptedOn: '2026-01-08',
    notes: {
      fr: 'Matrice présentée le 8 janvier 2026 aux formatrices et formateurs en milieu de travail, aux spécialistes de l’emploi et aux responsables de l’admission, puis adoptée avec eux.',
      en: 'Shared with the job coaches, employment specialists and intake workers on January 8, 2026, and adopted with them.',
    },
  },
  swot: {
    strengths: [
      {
        id: 's-1',
        text: {
          fr: 'Un champion d’affaires et des déjeuners-rencontres avec les employeurs',
          en: 'A business champion and employer breakfasts',
        },
        resourceKind: 'human',
        availability: 'in-place',
      },
    ],
    weaknesses: [
      {
        id: 'w-1',
        text: {
          fr: 'Pas encore de formulaire d’aiguillage officiel entre les organismes',
          en: 'No formal referral form between the agencies yet',
        },
      },
      {
        id: 'w-2',
        text: {
          fr: 'Chaque organisme tient ses propres dossiers, si bien que les mêmes renseignements sont saisis deux fois',
          en: 'Each agency keeps its own files, so the same information is entered twice',
        },
        resourceKind: 'information',
        availability: 'needed',
      },
    ],
    opportunities: [
      {
        id: 'o-1',
        text: {
          fr: 'Un programme estival de transition de sept semaines pour les élèves',
          en: 'A seven-week summer transition program for students',
        },
      },
    ],
    threats: [
      {
        id: 't-1',
        text: {
          fr: 'Le renouvellement du financement est incertain',
          en: 'Funding renewal is uncertain',
        },
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
          answer: {
            fr: 'Ensemble, nous pouvons offrir une formatrice ou un formateur en milieu de travail dans chaque ville et accompagner chaque personne de l’admission jusqu’au maintien en emploi.',
            en: 'Together we can offer a job coach in each town and follow every job seeker from intake to job retention.',
          },
          nextSteps: [],
        },
        'purpose-benefits': {
          answer: {
            fr: 'Des listes d’attente plus courtes, un seul formulaire d’admission et, pour les employeurs, un seul interlocuteur par ville.',
            en: 'Shorter wait lists, one intake form, and a single contact in each town for employers.',
          },
          nextSteps: [],
        },
        'impacts-clients': {
          answer: {
            fr: 'Quelle que soit la porte à laquelle elle frappe, la personne reçoit des services et du soutien, sans avoir à raconter son histoire deux fois.',
            en: 'Whatever door they knock on, job seekers get service and support without having to tell their story twice.',
          },
          nextSteps: [],
        },
        'impacts-organizations': {
          answer: {
            fr: 'Chaque organisme se concentre sur ce qu’il fait le mieux\u00a0: Lakeshore ES sur l’admission et la recherche d’emploi, Northtown CL sur la découverte et l’accompagnement en milieu de travail.',
            en: 'Each agency focuses on what it does best: Lakeshore ES on intake and job search, Northtown CL on discovery and job coaching.',
          },
          nextSteps: [],
        },
        'objectives-what': {
          answer: {
            fr: 'Une formatrice ou un formateur attitré dans chaque ville, au moins 70\u00a0% des personnes servies qui atteignent leur objectif d’emploi, et un programme estival de transition pour les élèves.',
            en: 'A dedicated job coach in each town, at least 70 per cent of the people served reaching their employment goal, and a summer transition program for students.',
          },
          nextSteps: [],
        },
        'objectives-measure': {
          answer: {
            fr: 'Chaque organisme recueille ses propres données, que le groupe de travail examine tous les trois mois et à chaque examen officiel.',
            en: 'Each agency collects its own data, which the working group reviews every three months and at each formal review.',
          },
          nextSteps: [],
        },
        'value-efficiencies': {
          answer: {
            fr: 'Moins de déplacements entre les deux villes, et des formulaires communs qui évitent de saisir deux fois les mêmes renseignements.',
            en: 'Less travel between the two towns, and shared forms so the same information is not entered twice.',
          },
          nextSteps: [],
        },
        'alternatives-mistakes': {
          answer: {
            fr: 'Nous notons les difficultés à chaque rencontre et consignons les leçons tirées dans le rapport de l’examen officiel.',
            en: 'We note difficulties at every meeting and record the lessons learned in the formal review report.',
          },
          nextSteps: [],
        },
        'next-steps-who': {
          answer: {
            fr: 'Les directions générales des deux organismes et leurs gestionnaires de programme.',
            en: 'The executive directors of both agencies and their program managers.',
          },
          nextSteps: [
            {
              id: 'ns-1',
              text: {
                fr: 'Présenter l’ébauche du protocole d’entente au conseil d’administration de Northtown CL',
                en: 'Present the draft MOU to the Northtown CL board',
              },
              owner: 'Rachel Tremblay',
              dueDate: '2025-12-09',
              done: true,
            },
          ],
        },
        'next-steps-when': {
          answer: {
            fr: 'Dès la signature du protocole d’entente, en janvier 2026.',
            en: 'As soon as the MOU is signed, in January 2026.',
          },
          nextSteps: [],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'northtown-cl',
      answers: {
        'services-delivered-well': {
          answer: {
            fr: 'Le développement de l’emploi et l’accompagnement en milieu de travail, grâce à nos liens avec les employeurs.',
            en: 'Job development and on-the-job coaching, thanks to our ties with employers.',
          },
          nextSteps: [],
        },
        'where-clients-succeed': {
          answer: {
            fr: 'Dans les emplois du commerce de détail et de la restauration trouvés grâce aux déjeuners-rencontres avec les employeurs.',
            en: 'In retail and food-service jobs found through our employer breakfasts.',
          },
          nextSteps: [],
        },
        'where-clients-struggle': {
          answer: {
            fr: 'Dans la recherche d’emploi autonome, et lorsque le transport entre les deux villes fait défaut.',
            en: 'In looking for work on their own, and when there is no transportation between the two towns.',
          },
          nextSteps: [],
        },
        'why-partner': {
          answer: {
            fr: 'Pour offrir à notre clientèle le Soutien de l’emploi du POSPH et un soutien au maintien en emploi que nous ne pouvons offrir seuls.',
            en: 'To give our clients ODSP Employment Supports and job retention support we cannot offer alone.',
          },
          nextSteps: [],
        },
        'what-we-offer': {
          answer: {
            fr: 'Des formatrices et formateurs en milieu de travail dans les deux villes, un champion d’affaires et un réseau d’employeurs.',
            en: 'Job coaches in both towns, a business champion and a network of employers.',
          },
          nextSteps: [],
        },
        'leadership-aware': {
          answer: {
            fr: 'Oui\u00a0: le conseil d’administration a approuvé le partenariat le 9 décembre 2025.',
            en: 'Yes: the board approved the partnership on December 9, 2025.',
          },
          nextSteps: [
            {
              id: 'ns-2',
              text: {
                fr: 'Faire rapport au conseil d’administration après le premier examen officiel',
                en: 'Report to the board after the first formal review',
              },
              owner: 'Rachel Tremblay',
              dueDate: '2026-09-15',
              done: false,
            },
          ],
        },
      },
    },
    {
      worksheetId: 'self-reflection',
      worksheetVersion: 1,
      organizationId: 'lakeshore-es',
      answers: {
        'services-delivered-well': {
          answer: {
            fr: 'L’admission, la vérification de l’admissibilité et la recherche d’emploi.',
            en: 'Intake, eligibility checks and job search.',
          },
          nextSteps: [],
        },
        'services-to-improve': {
          answer: {
            fr: 'L’accompagnement en milieu de travail à Northtown, où nous n’avons pas de bureau.',
            en: 'Job coaching in Northtown, where we have no office.',
          },
          nextSteps: [],
        },
        'funding-sources': {
          answer: {
            fr: 'Le financement du Soutien de l’emploi du POSPH et un fonds local pour l’équipement de travail et les certifications.',
            en: 'ODSP Employment Supports funding and a local fund for work supplies and certifications.',
          },
          nextSteps: [],
        },
        'leadership-aware': {
          answer: {
            fr: 'Oui\u00a0: le directeur général appuie le partenariat et l’a approuvé le 15 décembre 2025.',
            en: 'Yes: the Executive Director sponsors the partnership and approved it on December 15, 2025.',
          },
          nextSteps: [],
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
    termYears: 2,
    noticeDays: 60,
    renewal: 'meet-to-decide',
    signatories: [
      {
        id: 'sig-ncl-ed',
        organizationId: 'northtown-cl',
        name: 'Rachel Tremblay',
        title: { fr: 'Directrice générale', en: 'Executive Director' },
        signedOn: '2026-01-12',
      },
      {
        id: 'sig-ncl-chair',
        organizationId: 'northtown-cl',
        name: 'Martin Leblanc',
        title: { fr: 'Président du conseil d’administration', en: 'Chair, Board of Directors' },
        signedOn: '2026-01-12',
      },
      {
        id: 'sig-les-ed',
        organizationId: 'lakeshore-es',
        name: 'Samuel Okafor',
        title: { fr: 'Directeur général', en: 'Executive Director' },
        signedOn: '2026-01-20',
      },
    ],
    clauses: {
      termination: {
        fr: 'Ce préavis laisse le temps d’informer chaque personne servie en vertu du présent protocole et de mettre en place d’autres soutiens appropriés. Pendant la durée du préavis, chaque partie continue d’offrir les services auxquels elle s’est engagée.',
        en: 'This notice leaves time to inform every person served under this memorandum and to put other appropriate supports in place. During the notice period, each party continues to provide the services it has committed to.',
      },
      conflictResolution: {
        fr: 'Si un désaccord survient, les parties abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Un désaccord qui n’est pas réglé dans les trente (30) jours est soumis aux directions générales des deux organismes. Au besoin, les parties font appel à une médiatrice ou à un médiateur indépendant.',
        en: 'If a disagreement arises, the parties address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. A disagreement not resolved within thirty (30) days is referred to the executive directors of both agencies. Where needed, the parties engage an independent mediator.',
      },
      confidentiality: {
        fr: 'Les parties ne s’échangent des renseignements sur un client qu’avec son consentement, donné au moyen d’un formulaire qui nomme chacune des parties à qui ces renseignements peuvent être communiqués. Chaque partie protège les renseignements personnels qu’elle détient conformément aux lois applicables.',
        en: 'The parties share information about a client only with that client’s consent, given on a form that names each party the information may be shared with. Each party protects the personal information it holds in accordance with applicable law.',
      },
      amendments: {
        fr: 'Toute modification du présent protocole se fait par écrit et doit être signée par toutes les parties.',
        en: 'Any amendment to this memorandum must be made in writing and signed by all parties.',
      },
      languageVersions: {
        fr: 'Le présent protocole est rédigé en français et en anglais. Les deux versions font également foi.',
        en: 'This memorandum is written in English and French. Both versions are equally authoritative.',
      },
    },
    provisions: [
      {
        id: 'prov-ncl-1',
        organizationId: 'northtown-cl',
        kind: 'staff',
        what: {
          fr: 'Une formatrice ou un formateur en milieu de travail dans chaque ville, qui accompagne aussi les personnes aiguillées par Lakeshore ES',
          en: 'A job coach in each town, who also coaches the people Lakeshore ES refers',
        },
        byWhom: {
          fr: 'Gestionnaire, Emploi communautaire',
          en: 'Manager, Community Employment',
        },
        toWhom: {
          fr: 'Les demandeuses et demandeurs d’emploi aiguillés par l’une ou l’autre partie',
          en: 'Job seekers referred by either party',
        },
        when: {
          fr: 'Pendant toute la durée du protocole',
          en: 'Throughout the term of this memorandum',
        },
      },
      {
        id: 'prov-ncl-2',
        organizationId: 'northtown-cl',
        kind: 'service',
        what: {
          fr: 'La découverte, la planification de l’emploi et le développement de l’emploi',
          en: 'Discovery, employment planning and job development',
        },
        byWhom: {
          fr: 'Formatrice ou formateur en milieu de travail',
          en: 'Job coach',
        },
        toWhom: {
          fr: 'Les personnes aiguillées par Lakeshore ES',
          en: 'People referred by Lakeshore ES',
        },
        when: {
          fr: 'Dans les dix (10) jours ouvrables suivant l’aiguillage',
          en: 'Within ten (10) working days of the referral',
        },
      },
      {
        id: 'prov-ncl-3',
        organizationId: 'northtown-cl',
        kind: 'service',
        what: {
          fr: 'Le programme estival de transition de sept semaines',
          en: 'The seven-week summer transition program',
        },
        byWhom: {
          fr: 'Gestionnaire, Emploi communautaire',
          en: 'Manager, Community Employment',
        },
        toWhom: {
          fr: 'Les élèves des écoles secondaires des deux villes',
          en: 'High school students in both towns',
        },
        when: {
          fr: 'Chaque été, de juillet à la fin d’août',
          en: 'Each summer, from July to late August',
        },
      },
      {
        id: 'prov-ncl-4',
        organizationId: 'northtown-cl',
        kind: 'report',
        what: {
          fr: 'Un rapport sur les placements et l’accompagnement en milieu de travail',
          en: 'A report on placements and job coaching',
        },
        byWhom: {
          fr: 'Gestionnaire, Emploi communautaire',
          en: 'Manager, Community Employment',
        },
        toWhom: { fr: 'Le groupe de travail', en: 'The working group' },
        when: { fr: 'Chaque trimestre', en: 'Every quarter' },
      },
      {
        id: 'prov-les-1',
        organizationId: 'lakeshore-es',
        kind: 'service',
        what: {
          fr: 'L’admission et la vérification de l’admissibilité au POSPH, au moyen du formulaire d’admission commun',
          en: 'Intake and ODSP eligibility checks, on the shared intake form',
        },
        byWhom: { fr: 'Responsable de l’admission', en: 'Intake worker' },
        toWhom: {
          fr: 'Les demandeuses et demandeurs d’emploi qui s’adressent d’abord à Lakeshore ES',
          en: 'Job seekers who contact Lakeshore ES first',
        },
        when: { fr: 'Dès le premier contact', en: 'At first contact' },
      },
      {
        id: 'prov-les-2',
        organizationId: 'lakeshore-es',
        kind: 'staff',
        what: {
          fr: 'Une formatrice ou un formateur en milieu de travail attitré à chaque ville pour le maintien en emploi',
          en: 'A job coach dedicated to each town for job retention',
        },
        byWhom: {
          fr: 'Gestionnaire de programme, Soutien de l’emploi',
          en: 'Program Manager, Employment Supports',
        },
        toWhom: {
          fr: 'Les personnes en emploi et les élèves qui terminent le programme estival de transition',
          en: 'People in work, and students who complete the summer transition program',
        },
        when: {
          fr: 'Pendant toute la durée du protocole',
          en: 'Throughout the term of this memorandum',
        },
      },
      {
        id: 'prov-les-3',
        organizationId: 'lakeshore-es',
        kind: 'funding',
        what: {
          fr: 'Des fonds pour les bottes de sécurité et la certification SIMDUT',
          en: 'Funds for safety boots and WHMIS certification',
        },
        byWhom: {
          fr: 'Gestionnaire de programme, Soutien de l’emploi',
          en: 'Program Manager, Employment Supports',
        },
        toWhom: {
          fr: 'Les personnes admissibles servies par Lakeshore ES',
          en: 'Eligible people served by Lakeshore ES',
        },
        when: {
          fr: 'Au besoin, dans les limites de son budget annuel',
          en: 'As needed, within its annual budget',
        },
      },
      {
        id: 'prov-les-4',
        organizationId: 'lakeshore-es',
        kind: 'space',
        what: {
          fr: 'Une salle de réunion et des ordinateurs pour la recherche d’emploi à Southtown',
          en: 'A meeting room and computers for job search in Southtown',
        },
        byWhom: { fr: 'Spécialiste de l’emploi', en: 'Employment specialist' },
        toWhom: {
          fr: 'Le personnel de Northtown CL et les personnes qu’il accompagne',
          en: 'Northtown CL staff and the people they support',
        },
        when: {
          fr: 'Sur demande, pendant les heures d’ouverture',
          en: 'On request, during business hours',
        },
      },
      {
        id: 'prov-les-5',
        organizationId: 'lakeshore-es',
        kind: 'report',
        what: {
          fr: 'Un rapport sur les admissions, les aiguillages et le maintien en emploi',
          en: 'A report on intakes, referrals and job retention',
        },
        byWhom: {
          fr: 'Gestionnaire de programme, Soutien de l’emploi',
          en: 'Program Manager, Employment Supports',
        },
        toWhom: { fr: 'Le groupe de travail', en: 'The working group' },
        when: { fr: 'Chaque trimestre', en: 'Every quarter' },
      },
    ],
  },
  pathway: {
    phases: [
      {
        id: 'intake',
        name: { fr: 'Admission et évaluation', en: 'Intake and assessment' },
        leadOrganizationId: 'lakeshore-es',
        supportingOrganizationIds: [],
        services: [
          { id: 'intake-svc-1', text: { fr: 'Admission', en: 'Intake' } },
          {
            id: 'intake-svc-2',
            text: { fr: 'Vérification de l’admissibilité', en: 'Eligibility check' },
          },
        ],
        description: {
          fr: 'L’organisme auquel la personne s’adresse en premier remplit le formulaire d’admission commun et devient son contact principal.',
          en: 'The agency the job seeker contacts first completes the shared intake form and becomes the primary contact.',
        },
      },
      {
        id: 'discovery',
        name: { fr: 'Découverte et planification', en: 'Discovery and planning' },
        leadOrganizationId: 'northtown-cl',
        supportingOrganizationIds: ['lakeshore-es'],
        services: [
          { id: 'discovery-svc-1', text: { fr: 'Découverte', en: 'Discovery' } },
          {
            id: 'discovery-svc-2',
            text: { fr: 'Plan d’emploi personnalisé', en: 'Individual employment plan' },
          },
        ],
        durationWeeks: 4,
        description: {
          fr: 'La formatrice ou le formateur en milieu de travail apprend à connaître la personne, ses forces et ses intérêts, et rédige avec elle son plan d’emploi.',
          en: 'The job coach gets to know the job seeker, their strengths and interests, and writes their employment plan with them.',
        },
      },
      {
        id: 'placement',
        name: {
          fr: 'Développement de l’emploi et accompagnement',
          en: 'Job development and coaching',
        },
        leadOrganizationId: 'northtown-cl',
        supportingOrganizationIds: ['lakeshore-es'],
        services: [
          { id: 'placement-svc-1', text: { fr: 'Recherche d’emploi', en: 'Job search' } },
          {
            id: 'placement-svc-2',
            text: { fr: 'Jumelage avec un employeur', en: 'Job matching' },
          },
          {
            id: 'placement-svc-3',
            text: { fr: 'Accompagnement en milieu de travail', en: 'Job coaching' },
          },
        ],
        durationWeeks: 12,
        description: {
          fr: 'Lakeshore ES cherche les offres d’emploi; Northtown CL jumelle la personne avec un employeur et l’accompagne au travail.',
          en: 'Lakeshore ES finds job openings; Northtown CL matches the job seeker with an employer and coaches them on the job.',
        },
      },
      {
        id: 'retention',
        name: { fr: 'Maintien en emploi et suivi', en: 'Job retention and follow-up' },
        leadOrganizationId: 'lakeshore-es',
        supportingOrganizationIds: ['northtown-cl'],
        services: [
          {
            id: 'retention-svc-1',
            text: {
              fr: 'Visites de suivi chez l’employeur',
              en: 'Follow-up visits with the employer',
            },
          },
          {
            id: 'retention-svc-2',
            text: { fr: 'Soutien au maintien en emploi', en: 'Job retention support' },
          },
        ],
        description: {
          fr: 'Lorsque la plupart des services viennent de Lakeshore ES, Lakeshore ES devient le contact principal.',
          en: 'When most services come from Lakeshore ES, Lakeshore ES becomes the primary contact.',
        },
      },
    ],
  },
  meetings: {
    cadenceMonths: 3,
    reviewIntervalMonths: 6,
    reviewer: 'external',
    communicationPolicy: {
      fr: 'Les points de contact font le point chaque semaine, par courriel, sur les aiguillages en cours. Le groupe de travail se réunit tous les trois mois, et plus souvent en cas de difficulté. Deux fois par année, un sondage en ligne recueille les suggestions du personnel. Les renseignements sur un client ne sont communiqués qu’avec son consentement écrit.',
      en: 'The points of contact update each other by e-mail every week on open referrals. The working group meets every three months, and more often when challenges arise. Twice a year, an online survey gathers staff suggestions. Information about a client is shared only with their written consent.',
    },
    records: [
      {
        id: 'm-1',
        date: '2025-11-18',
        kind: 'other',
        attendeeIds: ['wg-1', 'wg-2', 'wg-3', 'wg-4'],
        minutes: {
          fr: 'Rencontre du groupe de travail pour préparer le protocole d’entente. Le groupe a passé en revue les réponses au guide de conversation, l’analyse FFPM et une première version de la matrice RACI.',
          en: 'Working group meeting to prepare the memorandum of understanding. The group went over the conversation guide answers, the SWOT analysis and a first draft of the RACI matrix.',
        },
        decisions: [
          {
            id: 'm-1-d-1',
            text: {
              fr: 'Un protocole d’entente suffit\u00a0: aucun financement n’est partagé et les services sont bien établis.',
              en: 'An MOU is enough: no funding is shared and the services are well established.',
            },
          },
          {
            id: 'm-1-d-2',
            text: {
              fr: 'Lakeshore ES dirige l’admission et la recherche d’emploi; Northtown CL dirige la découverte et l’accompagnement en milieu de travail.',
              en: 'Lakeshore ES leads intake and job search; Northtown CL leads discovery and job coaching.',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-1-a-1',
            text: {
              fr: 'Présenter l’ébauche du protocole d’entente au conseil d’administration de Northtown CL',
              en: 'Present the draft MOU to the Northtown CL board',
            },
            ownerId: 'wg-1',
            dueOn: '2025-12-09',
            done: true,
          },
          {
            id: 'm-1-a-2',
            text: {
              fr: 'Présenter la matrice RACI au personnel concerné',
              en: 'Go over the RACI matrix with the staff in the roles',
            },
            ownerId: 'wg-3',
            dueOn: '2026-01-08',
            done: true,
          },
        ],
      },
      {
        id: 'm-2',
        date: '2026-04-14',
        kind: 'regular',
        attendeeIds: ['wg-2', 'wg-3', 'wg-4'],
        minutes: {
          fr: 'Les aiguillages entre les organismes sont en hausse et le formulaire d’admission commun est utilisé dans les deux villes. La préparation du programme estival de transition a commencé.',
          en: 'Referrals between the agencies are up, and the shared intake form is in use in both towns. Planning for the summer transition program has started.',
        },
        decisions: [
          {
            id: 'm-2-d-1',
            text: {
              fr: 'Mettre à l’essai un formulaire d’aiguillage commun',
              en: 'Try a shared referral form',
            },
          },
          {
            id: 'm-2-d-2',
            text: {
              fr: 'Tenir le programme estival de transition du 6 juillet au 21 août 2026',
              en: 'Run the summer transition program from July 6 to August 21, 2026',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-2-a-1',
            text: {
              fr: 'Rédiger le formulaire d’aiguillage commun',
              en: 'Draft the shared referral form',
            },
            ownerId: 'wg-2',
            dueOn: '2026-05-15',
            done: true,
          },
          {
            id: 'm-2-a-2',
            text: {
              fr: 'Confirmer la participation des écoles secondaires',
              en: 'Confirm which high schools take part',
            },
            ownerId: 'wg-3',
            dueOn: '2026-05-29',
            done: true,
          },
        ],
      },
      {
        id: 'm-3',
        date: '2026-07-08',
        kind: 'formal-review',
        attendeeIds: ['wg-1', 'wg-2', 'wg-3', 'wg-4'],
        minutes: {
          fr: 'Examen officiel mené avec une consultante externe. Les deux organismes estiment que les rôles servent bien les demandeuses et demandeurs d’emploi; il reste à financer une deuxième formatrice ou un deuxième formateur pour le programme estival.',
          en: 'Formal review held with an external consultant. Both agencies find that the roles serve job seekers well; funding for a second summer job coach is still to be found.',
        },
        decisions: [
          {
            id: 'm-3-d-1',
            text: {
              fr: 'Chercher du financement pour une deuxième formatrice ou un deuxième formateur en milieu de travail l’été prochain',
              en: 'Look for funding for a second job coach next summer',
            },
          },
        ],
        actionItems: [
          {
            id: 'm-3-a-1',
            text: {
              fr: 'Transmettre le rapport d’examen aux deux conseils d’administration',
              en: 'Send the review report to both boards',
            },
            ownerId: 'wg-1',
            dueOn: '2026-07-31',
            done: true,
          },
        ],
      },
    ],
  },
  reviews: [
    {
      id: 'rev-1',
      date: '2026-07-08',
      reviewer: 'external',
      answers: {
        'leadership-1': 'yes',
        'leadership-2': 'yes',
        'division-of-labour-1': 'yes',
        'division-of-labour-2': 'partly',
        'division-of-labour-3': 'yes',
        'division-of-labour-4': 'yes',
        'new-opportunities-1': 'yes',
        'new-opportunities-2': 'yes',
        'new-opportunities-3': 'yes',
        'funding-1': 'yes',
        'funding-2': 'yes',
        'funding-3': 'partly',
        'visibility-1': 'yes',
        'visibility-2': 'yes',
        'visibility-3': 'yes',
        'visibility-4': 'yes',
      },
      notes: {
        fr: 'Sur les 130 personnes servies depuis le début de la collaboration, plus de 70\u00a0% ont atteint leur objectif d’emploi. Pendant l’été, les formatrices et formateurs de Northtown CL assument une plus grande part de la charge de travail. Un sondage de satisfaction montre que 18 des 20 employeurs participants sont satisfaits. Trente-deux élèves participent au programme estival de transition; leur accompagnement sera confié à Lakeshore ES en août. Leçons tirées\u00a0: fixer dès l’hiver le calendrier du programme estival.',
        en: 'Of the 130 people served since the collaboration began, over 70 per cent have reached their employment goal. Northtown CL’s job coaches carry more of the workload in the summer. A satisfaction survey shows that 18 of the 20 participating employers are satisfied. Thirty-two students are enrolled in the summer transition program and will be handed over to Lakeshore ES in August. Lessons learned: set the summer program’s schedule in the winter.',
      },
    },
  ],
});
