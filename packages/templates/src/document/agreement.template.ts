import type { DocumentTemplate } from './template.types';

/**
 * The partnership agreement (the guide's Resource 6, AGR-2, AGR-3, AGR-5): parties with
 * addresses, outcomes, values, roles and responsibilities (with the RACI matrix), resource and
 * financial commitments, liability and insurance, evaluation, decision-making, conflict
 * resolution, termination of a partner's participation, and signatures. A lawyer should draft
 * or review the final text (AGR-3).
 */
export const AGREEMENT_TEMPLATE: DocumentTemplate = {
  id: 'partnership-agreement',
  version: 1,
  title: { fr: 'Accord de partenariat', en: 'Partnership agreement' },
  sections: [
    {
      id: 'parties',
      title: { fr: 'Parties', en: 'Parties' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Inscrivez le nom juridique et l’adresse de chaque partenaire.',
            en: 'Write the legal name and address of each partner.',
          },
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Accord de partenariat entre les organisations suivantes :',
              en: 'Partnership agreement between the following organizations:',
            },
          ],
        },
        {
          kind: 'organizationList',
          item: [
            { field: 'organization.legalName' },
            { fr: ', ', en: ', ' },
            { field: 'organization.address' },
          ],
        },
      ],
    },
    {
      id: 'outcomes',
      title: { fr: 'Résultats, buts et objectifs', en: 'Outcomes, goals and objectives' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Énoncez en termes généraux ce que les partenaires veulent accomplir. Un plan de travail peut être joint en annexe.',
            en: 'State in general terms what the partners want to achieve. A work plan may be attached as an annex.',
          },
        },
        { kind: 'paragraph', content: [{ field: 'partnership.purpose' }] },
        {
          kind: 'paragraph',
          content: [{ fr: 'Portée : ', en: 'Scope: ' }, { field: 'partnership.scope' }],
        },
      ],
    },
    {
      id: 'values',
      title: { fr: 'Valeurs du partenariat', en: 'Partnership values' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Décrivez les valeurs ou principes qui guident la relation et le travail des partenaires.',
            en: 'Describe the values or principles that guide the partners’ relationship and work.',
          },
        },
        { kind: 'paragraph', content: [{ field: 'partnership.values' }] },
      ],
    },
    {
      id: 'roles',
      title: { fr: 'Rôles et responsabilités', en: 'Roles and responsibilities' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Décrivez qui fait quoi, qui est responsable de quoi, qui relève de qui et comment le partenariat est gouverné (comités, organisme responsable). Le mandat peut être joint en annexe.',
            en: 'Describe who does what, who is responsible for what, who reports to whom and how the partnership is governed (committees, lead organization). Terms of reference may be attached.',
          },
        },
        {
          kind: 'eachOrganization',
          heading: [{ field: 'organization.legalName' }],
          blocks: [
            {
              kind: 'paragraph',
              content: [
                { fr: 'Responsable de : ', en: 'Leads: ' },
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
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'La matrice RACI adoptée par les partenaires :',
              en: 'The RACI matrix adopted by the partners:',
            },
          ],
        },
        { kind: 'table', source: 'raci' },
      ],
    },
    {
      id: 'resources',
      title: { fr: 'Engagements de ressources', en: 'Resource commitments' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Personnel, installations et contributions en nature.',
            en: 'Staff, facilities and in-kind contributions.',
          },
        },
        { kind: 'table', source: 'resources' },
      ],
    },
    {
      id: 'financial',
      title: { fr: 'Engagements financiers', en: 'Financial commitments' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'La contribution financière de chaque partenaire. Un budget peut être joint en annexe.',
            en: 'Each partner’s financial contribution. A budget may be attached as an annex.',
          },
        },
        { kind: 'table', source: 'financial' },
      ],
    },
    {
      id: 'liability',
      title: { fr: 'Responsabilité et assurance', en: 'Liability and insurance' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Qui assume la responsabilité et l’assurance pour les clients ou participants et pour le personnel.',
            en: 'Who carries liability and insurance for clients or participants and for staff.',
          },
        },
        { kind: 'clause', clause: 'liabilityAndInsurance' },
      ],
    },
    {
      id: 'evaluation',
      title: { fr: 'Évaluation', en: 'Evaluation' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Comment le partenariat évaluera ses résultats. Un plan d’évaluation peut être joint en annexe.',
            en: 'How the partnership will evaluate its results. An evaluation plan may be attached as an annex.',
          },
        },
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Les partenaires font un examen officiel des progrès et des difficultés au moins tous les ',
              en: 'The partners hold a formal review of progress and difficulties at least every ',
            },
            { field: 'meetings.reviewIntervalMonths' },
            { fr: ' mois.', en: ' months.' },
          ],
        },
        { kind: 'clause', clause: 'evaluation' },
      ],
    },
    {
      id: 'decision-making',
      title: { fr: 'Prise de décision', en: 'Decision-making' },
      blocks: [{ kind: 'clause', clause: 'decisionMaking' }],
    },
    {
      id: 'conflict-resolution',
      title: { fr: 'Résolution des conflits', en: 'Conflict resolution' },
      blocks: [{ kind: 'clause', clause: 'conflictResolution' }],
    },
    {
      id: 'termination',
      title: {
        fr: 'Fin de la participation d’un partenaire',
        en: 'Ending a partner’s participation',
      },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Un partenaire qui se retire en avise le comité directeur par écrit au moins ',
              en: 'A partner that withdraws gives the steering committee written notice at least ',
            },
            { field: 'agreement.noticeDays' },
            {
              fr: ' jours à l’avance et remplit ses engagements de service et de reddition de comptes.',
              en: ' days in advance and completes its service and reporting commitments.',
            },
          ],
        },
        { kind: 'clause', clause: 'termination' },
      ],
    },
    {
      id: 'signatures',
      title: { fr: 'Signatures', en: 'Signatures' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'En foi de quoi, les parties ont signé le présent accord :',
              en: 'In witness whereof, the parties have signed this agreement:',
            },
          ],
        },
        { kind: 'signatures' },
      ],
    },
  ],
};
