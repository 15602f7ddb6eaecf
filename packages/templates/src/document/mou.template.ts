import { CLAUSE_NAMES } from '@partnership-kit/core/rules';
import type { DocumentTemplate } from './template.types';

/**
 * The memorandum of understanding (the guide's Resource 5; AGR-1, AGR-4, AGR-5): parties with
 * the service or program concerned, the nature of an MOU (equal partners in good faith, not a
 * contract), purpose, background, what each party provides and its points of contact by title,
 * term from the last signature and renewal, termination on notice to all other parties, conflict
 * resolution, confidentiality and consent, the optional clauses the parties hold, one signature
 * line per authorized signatory, and the RACI matrix as an annex. Written in the project's own
 * words.
 */
export const MOU_TEMPLATE: DocumentTemplate = /* @__PURE__ */ (() => ({
  id: 'mou',
  version: 2,
  title: { fr: 'Protocole d’entente', en: 'Memorandum of understanding' },
  sections: [
    {
      id: 'parties',
      title: { fr: 'Parties', en: 'Parties' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Inscrivez le nom juridique de chaque organisme et, s’il y a lieu, le service ou le programme visé.',
            en: 'Write the legal name of each organization and, where relevant, the service or program concerned.',
          },
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Les organismes suivants concluent le présent protocole d’entente :',
              en: 'The following organizations enter into this memorandum of understanding:',
            },
          ],
        },
        {
          kind: 'organizationList',
          item: [
            { field: 'organization.legalName' },
            {
              field: 'organization.program',
              optional: true,
              before: { fr: ' — ', en: ' — ' },
            },
          ],
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Dans le présent protocole, ces organismes sont appelés les « parties ».',
              en: 'In this memorandum, these organizations are referred to as the “parties”.',
            },
          ],
        },
      ],
    },
    {
      // AGR-4: what an MOU is and is not, stated in the document the directors sign.
      id: 'nature',
      title: { fr: 'Nature du protocole', en: 'Nature of this memorandum' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Les parties sont des partenaires égaux qui collaborent de bonne foi. Le présent protocole n’est pas un contrat par lequel une partie en paie une autre pour des biens ou des services, ni une entente de financement entre un donateur et un bénéficiaire. Il ne remplace pas un contrat ayant force obligatoire.',
              en: 'The parties are equal partners who work together in good faith. This memorandum is not a contract under which one party pays another for goods or services, nor a funding agreement between a donor and a recipient. It does not replace a legally binding contract.',
            },
          ],
        },
      ],
    },
    {
      id: 'purpose',
      title: { fr: 'But', en: 'Purpose' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Restez général : par exemple, collaborer aux services et aux soutiens à l’emploi pour améliorer les résultats des demandeuses et demandeurs d’emploi ayant un handicap, quels que soient les soutiens dont ils ont besoin.',
            en: 'Stay general: for example, to work together on employment services and supports that improve outcomes for job seekers with a disability, whatever supports they need.',
          },
        },
        { kind: 'paragraph', content: [{ field: 'partnership.purpose' }] },
        {
          kind: 'paragraph',
          content: [
            { fr: 'Portée : ', en: 'Scope: ' },
            { field: 'partnership.scope', optional: true },
          ],
        },
      ],
    },
    {
      id: 'background',
      title: { fr: 'Contexte', en: 'Background' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Un paragraphe sur la mission de chaque organisme, puis un sur les raisons du présent protocole.',
            en: 'One paragraph on each organization’s mission, then one on why the parties enter into this memorandum.',
          },
        },
        {
          kind: 'eachOrganization',
          heading: [{ field: 'organization.legalName' }],
          blocks: [{ kind: 'paragraph', content: [{ field: 'organization.mission' }] }],
        },
        {
          kind: 'heading',
          content: [
            {
              fr: 'Raisons du présent protocole',
              en: 'Why the parties enter into this memorandum',
            },
          ],
        },
        { kind: 'paragraph', content: [{ field: 'partnership.why' }] },
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
            fr: 'Pour chaque partie, dites en termes généraux ce qu’elle fournit (services, personnel, financement, équipement, rapports), par qui, pour qui et quand : assez clair pour être compris de tous, assez général pour rester vrai quand les choses changent. Nommez les points de contact par leur titre de poste, pour que le protocole reste à jour quand les personnes changent.',
            en: 'For each party, say in general terms what it provides (services, staff, funding, equipment, reports), by whom, for whom and when: clear enough for anyone to understand, general enough to stay true as things change. Name points of contact by job title, so the memorandum stays current when people move on.',
          },
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Chaque partie s’engage à fournir ce qui suit.',
              en: 'Each party undertakes to provide the following.',
            },
          ],
        },
        {
          kind: 'eachOrganization',
          heading: [{ field: 'organization.legalName' }],
          blocks: [{ kind: 'provisions' }],
        },
        {
          kind: 'annexReference',
          annex: 'raci',
          text: {
            fr: 'La matrice RACI de l’annexe {annex} précise, tâche par tâche, qui exécute le travail, qui en assume la responsabilité, qui est consulté et qui est informé.',
            en: 'The RACI matrix in Annex {annex} sets out, task by task, who does the work, who is accountable for it, who is consulted and who is informed.',
          },
        },
      ],
    },
    {
      id: 'term',
      title: { fr: 'Durée et renouvellement', en: 'Term and renewal' },
      blocks: [
        {
          kind: 'term',
          fromLastSignature: [
            {
              fr: 'Le présent protocole prend effet à la date de la dernière signature et demeure en vigueur pendant ',
              en: 'This memorandum takes effect on the date of the last signature and remains in force for ',
            },
            { field: 'agreement.termYears' },
            { fr: '.', en: '.' },
          ],
          fromDate: [
            { fr: 'Le présent protocole prend effet le ', en: 'This memorandum takes effect on ' },
            { field: 'agreement.effectiveOn' },
            { fr: ' et demeure en vigueur pendant ', en: ', and remains in force for ' },
            { field: 'agreement.termYears' },
            { fr: '.', en: '.' },
          ],
        },
        {
          kind: 'renewal',
          texts: {
            'meet-to-decide': {
              fr: 'Environ six mois avant la fin de sa durée, les parties se rencontrent pour décider de son renouvellement à partir d’une évaluation des résultats et des réalisations du partenariat.',
              en: 'About six months before it expires, the parties meet to decide whether to renew it, based on an evaluation of the partnership’s results and achievements.',
            },
            automatic: {
              fr: 'À la fin de sa durée, le présent protocole est renouvelé automatiquement pour la même durée, sauf si une partie y met fin de la manière prévue à la section Résiliation.',
              en: 'At the end of its term, this memorandum renews automatically for the same term, unless a party terminates it as set out under Termination.',
            },
            none: {
              fr: 'Le présent protocole prend fin à l’expiration de sa durée; les parties peuvent alors en conclure un nouveau.',
              en: 'This memorandum ends when its term expires; the parties may then enter into a new one.',
            },
          },
        },
      ],
    },
    {
      id: 'termination',
      title: CLAUSE_NAMES.termination,
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Toute partie peut mettre fin au présent protocole en tout temps, moyennant un préavis écrit d’au moins ',
              en: 'Any party may terminate this memorandum at any time by giving written notice of at least ',
            },
            { field: 'agreement.noticeDays' },
            { fr: ' donné aux autres parties.', en: ' to all other parties.' },
          ],
        },
        { kind: 'clause', clause: 'termination' },
      ],
    },
    {
      id: 'conflict-resolution',
      title: CLAUSE_NAMES.conflictResolution,
      blocks: [{ kind: 'clause', clause: 'conflictResolution' }],
    },
    {
      id: 'confidentiality',
      title: CLAUSE_NAMES.confidentiality,
      blocks: [{ kind: 'clause', clause: 'confidentiality' }],
    },
    {
      id: 'amendments',
      title: CLAUSE_NAMES.amendments,
      blocks: [{ kind: 'clause', clause: 'amendments' }],
    },
    {
      id: 'language-versions',
      title: CLAUSE_NAMES.languageVersions,
      blocks: [{ kind: 'clause', clause: 'languageVersions' }],
    },
    {
      id: 'active-offer',
      title: CLAUSE_NAMES.activeOffer,
      blocks: [{ kind: 'clause', clause: 'activeOffer' }],
    },
    {
      id: 'signatures',
      role: 'signatures',
      title: { fr: 'Signatures', en: 'Signatures' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Chaque partie signe le présent protocole par l’entremise de ses signataires autorisés.',
              en: 'Each party signs this memorandum through its authorized signatories.',
            },
          ],
        },
        { kind: 'signatures' },
      ],
    },
    {
      id: 'annex-raci',
      annex: 'raci',
      title: { fr: 'Matrice RACI', en: 'RACI matrix' },
      blocks: [{ kind: 'table', source: 'raci' }],
    },
  ],
}))();
