import type { DocumentTemplate } from './template.types';

/**
 * The memorandum of understanding (the guide's Resource 5, AGR-1, AGR-4, AGR-5): parties,
 * purpose, background, responsibilities and points of contact by title, term, renewal,
 * termination, conflict resolution and signatures. Written in the project's own words.
 */
export const MOU_TEMPLATE: DocumentTemplate = {
  id: 'mou',
  version: 1,
  title: { fr: 'Protocole d’entente', en: 'Memorandum of understanding' },
  sections: [
    {
      id: 'parties',
      title: { fr: 'Parties', en: 'Parties' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Inscrivez le nom juridique de chaque organisme et, s’il y a lieu, de son service ou programme.',
            en: 'Write the legal name of each agency and, where relevant, of its service or program.',
          },
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Le présent protocole d’entente est conclu entre :',
              en: 'This memorandum of understanding is made between:',
            },
          ],
        },
        { kind: 'organizationList', item: [{ field: 'organization.legalName' }] },
      ],
    },
    {
      id: 'purpose',
      title: { fr: 'But', en: 'Purpose' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Restez général : par exemple, collaborer aux services et soutiens d’emploi pour améliorer les résultats des demandeurs d’emploi ayant un handicap, quels que soient les soutiens dont ils ont besoin.',
            en: 'Stay general: for example, to work together on employment services and supports that improve outcomes for job seekers with a disability, whatever supports they need.',
          },
        },
        { kind: 'paragraph', content: [{ field: 'partnership.purpose' }] },
      ],
    },
    {
      id: 'background',
      title: { fr: 'Contexte', en: 'Background' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Un paragraphe sur la mission de chaque organisme, puis un sur les raisons de ce protocole.',
            en: 'One paragraph on each agency’s mission, then one on why they enter this memorandum.',
          },
        },
        {
          kind: 'eachOrganization',
          heading: [{ field: 'organization.legalName' }],
          blocks: [{ kind: 'paragraph', content: [{ field: 'organization.mission' }] }],
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Les parties s’engagent dans ce protocole parce que : ',
              en: 'The parties enter this memorandum because: ',
            },
            { field: 'partnership.why' },
          ],
        },
      ],
    },
    {
      id: 'responsibilities',
      title: {
        fr: 'Responsabilités et points de contact',
        en: 'Responsibilities and points of contact',
      },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Pour chaque partie, dites en termes généraux ce qui est fourni (dispositions, financement, équipement, rapports), par qui, à qui et quand : assez clair pour être compris de tous, assez général pour rester vrai quand les choses changent. Nommez les points de contact par leur titre de poste, pour que le protocole reste à jour quand les personnes changent.',
            en: 'For each party, say in general terms what is provided (provisions, funding, equipment, reports), by whom, to whom and when: clear enough for anyone to understand, general enough to stay true as things change. Name points of contact by job title, so the memorandum stays current when people move on.',
          },
        },
        {
          kind: 'eachOrganization',
          heading: [{ field: 'organization.legalName' }],
          blocks: [
            {
              kind: 'paragraph',
              content: [
                { fr: 'Responsabilités : ', en: 'Responsibilities: ' },
                { field: 'organization.responsibilities' },
              ],
            },
            {
              kind: 'paragraph',
              content: [
                { fr: 'Points de contact : ', en: 'Points of contact: ' },
                { field: 'organization.pointsOfContact' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'term',
      title: { fr: 'Durée', en: 'Term' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Le présent protocole est en vigueur pendant ',
              en: 'This memorandum is in force for ',
            },
            { field: 'agreement.termYears' },
            {
              fr: ' an(s) à compter de la date de la dernière signature.',
              en: ' year(s) from the date of the last signature.',
            },
          ],
        },
        { kind: 'renewal' },
      ],
    },
    {
      id: 'termination',
      title: { fr: 'Résiliation', en: 'Termination' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Toute partie peut mettre fin au présent protocole en tout temps moyennant un préavis écrit d’au moins ',
              en: 'Any party may end this memorandum at any time by giving all other parties at least ',
            },
            { field: 'agreement.noticeDays' },
            {
              fr: ' jours donné aux autres parties.',
              en: ' days’ written notice.',
            },
          ],
        },
        { kind: 'clause', clause: 'termination' },
      ],
    },
    {
      id: 'conflict-resolution',
      title: { fr: 'Résolution des conflits', en: 'Conflict resolution' },
      blocks: [{ kind: 'clause', clause: 'conflictResolution' }],
    },
    {
      id: 'signatures',
      title: { fr: 'Signatures', en: 'Signatures' },
      blocks: [{ kind: 'signatures' }],
    },
  ],
};
