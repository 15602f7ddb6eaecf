import type { ClauseId } from '@partnership-kit/core';
import { CLAUSE_NAMES } from '@partnership-kit/core/rules';
import type { DocumentTemplate, TemplateSection } from './template.types';

/** A section that holds one clause, titled by the clause's name (as the editors name it). */
const clauseSection = (id: string, clause: ClauseId): TemplateSection => ({
  id,
  title: CLAUSE_NAMES[clause],
  blocks: [{ kind: 'clause', clause }],
});

/**
 * The partnership agreement (the guide's Resource 6; AGR-2, AGR-3, AGR-5): parties with
 * addresses; term and effective date; outcomes, goals and objectives; values; governance
 * (steering committee, chair, decision-making); roles and responsibilities; resource and
 * financial commitments (how funds flow, reporting, unspent funds); liability and insurance;
 * confidentiality and client consent; evaluation; conflict resolution; withdrawal of one partner
 * without ending the partnership; ending the partnership; amendments; governing law; language
 * versions and the active offer of French-language services; signatures "by its authorized
 * signatories"; and the annexes (RACI matrix, work plan, budget, evaluation plan, terms of
 * reference). A lawyer should draft or review the final text (AGR-3).
 */
export const AGREEMENT_TEMPLATE: DocumentTemplate = /* @__PURE__ */ (() => ({
  id: 'partnership-agreement',
  version: 2,
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
              fr: 'Les organismes suivants concluent le présent accord de partenariat :',
              en: 'The following organizations enter into this partnership agreement:',
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
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Dans le présent accord, ces organismes sont appelés les « partenaires ».',
              en: 'In this agreement, these organizations are referred to as the “partners”.',
            },
          ],
        },
      ],
    },
    {
      id: 'term',
      title: { fr: 'Durée et entrée en vigueur', en: 'Term and effective date' },
      blocks: [
        {
          kind: 'term',
          fromDate: [
            { fr: 'Le présent accord entre en vigueur le ', en: 'This agreement takes effect on ' },
            { field: 'agreement.effectiveOn' },
            { fr: ' et le demeure pendant ', en: ', and remains in force for ' },
            { field: 'agreement.termYears' },
            { fr: '.', en: '.' },
          ],
          fromLastSignature: [
            {
              fr: 'Le présent accord entre en vigueur à la date de la dernière signature et le demeure pendant ',
              en: 'This agreement takes effect on the date of the last signature and remains in force for ',
            },
            { field: 'agreement.termYears' },
            { fr: '.', en: '.' },
          ],
        },
        {
          kind: 'renewal',
          texts: {
            'meet-to-decide': {
              fr: 'Environ six mois avant la fin de sa durée, les partenaires se rencontrent pour décider de son renouvellement à partir d’une évaluation des résultats et des réalisations du partenariat.',
              en: 'About six months before it expires, the partners meet to decide whether to renew it, based on an evaluation of the partnership’s results and achievements.',
            },
            automatic: {
              fr: 'À la fin de sa durée, le présent accord est renouvelé automatiquement pour la même durée, à moins que les partenaires n’y mettent fin.',
              en: 'At the end of its term, this agreement renews automatically for the same term, unless the partners end it.',
            },
            none: {
              fr: 'Le présent accord prend fin à l’expiration de sa durée; les partenaires peuvent alors en conclure un nouveau.',
              en: 'This agreement ends when its term expires; the partners may then enter into a new one.',
            },
          },
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
          content: [
            { fr: 'Portée : ', en: 'Scope: ' },
            { field: 'partnership.scope', optional: true },
          ],
        },
        {
          kind: 'fieldList',
          field: 'partnership.objectives',
          intro: {
            fr: 'Les partenaires poursuivent les objectifs suivants :',
            en: 'The partners pursue the following objectives:',
          },
        },
        {
          kind: 'annexReference',
          annex: 'workPlan',
          text: {
            fr: 'Le plan de travail figure à l’annexe {annex}.',
            en: 'The work plan is set out in Annex {annex}.',
          },
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
            fr: 'Décrivez les valeurs ou les principes qui guident la relation et le travail des partenaires.',
            en: 'Describe the values or principles that guide the partners’ relationship and work.',
          },
        },
        { kind: 'paragraph', content: [{ field: 'partnership.values' }] },
      ],
    },
    {
      id: 'governance',
      title: { fr: 'Gouvernance', en: 'Governance' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Nommez les membres du comité directeur par leur titre de poste et indiquez qui en assure la présidence. Le mandat du comité peut être joint en annexe.',
            en: 'Name the steering committee members by job title and say who chairs it. The committee’s terms of reference may be attached as an annex.',
          },
        },
        { kind: 'governance' },
        {
          kind: 'annexReference',
          annex: 'termsOfReference',
          text: {
            fr: 'Le mandat du comité directeur figure à l’annexe {annex}.',
            en: 'The steering committee’s terms of reference are set out in Annex {annex}.',
          },
        },
        { kind: 'clause', clause: 'decisionMaking', heading: true },
      ],
    },
    {
      id: 'roles',
      title: { fr: 'Rôles et responsabilités', en: 'Roles and responsibilities' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Pour chaque partenaire, dites ce qu’il fournit, par qui, pour qui et quand, et nommez ses points de contact par leur titre de poste.',
            en: 'For each partner, say what it provides, by whom, for whom and when, and name its points of contact by job title.',
          },
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
            fr: 'La matrice RACI de l’annexe {annex} précise, tâche par tâche, l’organisme chef de file, qui exécute le travail, qui en assume la responsabilité, qui est consulté et qui est informé.',
            en: 'The RACI matrix in Annex {annex} sets out, task by task, the lead organization, who does the work, who is accountable for it, who is consulted and who is informed.',
          },
        },
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
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Les partenaires affectent au partenariat les ressources suivantes :',
              en: 'The partners commit the following resources to the partnership:',
            },
          ],
        },
        { kind: 'resources', source: 'inKind' },
      ],
    },
    {
      id: 'financial',
      title: { fr: 'Engagements financiers', en: 'Financial commitments' },
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'La contribution financière de chaque partenaire figure au budget joint en annexe.',
            en: 'Each partner’s financial contribution is set out in the budget attached as an annex.',
          },
        },
        {
          kind: 'annexReference',
          annex: 'budget',
          text: {
            fr: 'La contribution financière de chaque partenaire figure au budget de l’annexe {annex}.',
            en: 'Each partner’s financial contribution is set out in the budget in Annex {annex}.',
          },
        },
        { kind: 'resources', source: 'financial' },
        { kind: 'clause', clause: 'fundsFlow', heading: true },
        { kind: 'clause', clause: 'financialReporting', heading: true },
        { kind: 'clause', clause: 'unspentFunds', heading: true },
      ],
    },
    {
      id: 'liability',
      title: CLAUSE_NAMES.liabilityAndInsurance,
      blocks: [
        {
          kind: 'guidance',
          text: {
            fr: 'Qui assume la responsabilité et l’assurance pour les clients ou les participantes et participants, et pour le personnel.',
            en: 'Who carries liability and insurance for clients or participants and for staff.',
          },
        },
        { kind: 'clause', clause: 'liabilityAndInsurance' },
      ],
    },
    clauseSection('confidentiality', 'confidentiality'),
    {
      id: 'evaluation',
      title: CLAUSE_NAMES.evaluation,
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
            { fr: '.', en: '.' },
          ],
        },
        { kind: 'clause', clause: 'evaluation' },
        {
          kind: 'annexReference',
          annex: 'evaluationPlan',
          text: {
            fr: 'Le plan d’évaluation figure à l’annexe {annex}.',
            en: 'The evaluation plan is set out in Annex {annex}.',
          },
        },
      ],
    },
    clauseSection('conflict-resolution', 'conflictResolution'),
    {
      id: 'withdrawal',
      title: CLAUSE_NAMES.withdrawal,
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'Un partenaire peut se retirer du partenariat moyennant un préavis écrit d’au moins ',
              en: 'A partner may withdraw from the partnership by giving written notice of at least ',
            },
            { field: 'agreement.noticeDays' },
            {
              fr: ' donné au comité directeur et aux autres partenaires.',
              en: ' to the steering committee and the other partners.',
            },
          ],
        },
        { kind: 'clause', clause: 'withdrawal' },
      ],
    },
    clauseSection('termination', 'termination'),
    clauseSection('amendments', 'amendments'),
    clauseSection('governing-law', 'governingLaw'),
    clauseSection('language-versions', 'languageVersions'),
    clauseSection('active-offer', 'activeOffer'),
    {
      id: 'signatures',
      role: 'signatures',
      title: { fr: 'Signatures', en: 'Signatures' },
      blocks: [
        {
          kind: 'paragraph',
          content: [
            {
              fr: 'EN FOI DE QUOI, les partenaires ont signé le présent accord.',
              en: 'IN WITNESS WHEREOF, the partners have signed this agreement.',
            },
          ],
        },
        {
          kind: 'signatures',
          byline: { fr: 'Par ses signataires autorisés', en: 'By its authorized signatories' },
        },
      ],
    },
    {
      id: 'annex-raci',
      annex: 'raci',
      title: { fr: 'Matrice RACI', en: 'RACI matrix' },
      blocks: [{ kind: 'table', source: 'raci' }],
    },
    {
      id: 'annex-work-plan',
      annex: 'workPlan',
      title: { fr: 'Plan de travail', en: 'Work plan' },
      blocks: [{ kind: 'paragraph', content: [{ field: 'annex.workPlan' }] }],
    },
    {
      id: 'annex-budget',
      annex: 'budget',
      title: { fr: 'Budget', en: 'Budget' },
      blocks: [{ kind: 'table', source: 'budget' }],
    },
    {
      id: 'annex-evaluation-plan',
      annex: 'evaluationPlan',
      title: { fr: 'Plan d’évaluation', en: 'Evaluation plan' },
      blocks: [{ kind: 'paragraph', content: [{ field: 'annex.evaluationPlan' }] }],
    },
    {
      id: 'annex-terms-of-reference',
      annex: 'termsOfReference',
      title: {
        fr: 'Mandat du comité directeur',
        en: 'Terms of reference of the steering committee',
      },
      blocks: [{ kind: 'paragraph', content: [{ field: 'annex.termsOfReference' }] }],
    },
  ],
}))();
