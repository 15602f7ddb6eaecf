import type { BilingualText, LocalizedText } from '../i18n/localized-text';
import { isEmptyText } from '../i18n/localized-text';
import type { Partnership } from '../partnership/partnership.schema';
import type { AgreementKind, AgreementTerms, ClauseId } from './agreement.schema';

// The guide's example wording (Resources 5 and 6), in our own words, offered to the partners as
// a starting point they accept or rewrite. A suggestion is never printed by itself: a clause is
// in the document only once the partnership holds it (AGR-5, one truth). French follows the
// Translation Bureau's typography: no-break space before ":" and inside « », none before ";".

type Suggestion = Partial<Record<AgreementKind, BilingualText>>;
const both = (text: BilingualText): Suggestion => ({ mou: text, 'partnership-agreement': text });

/** The suggested wording of each clause, per kind of document where it applies. */
export const CLAUSE_SUGGESTIONS: Readonly<Record<ClauseId, Suggestion>> = /* @__PURE__ */ (() => ({
  termination: {
    mou: {
      fr: 'Ce préavis laisse le temps d’informer chaque client et de mettre en place d’autres soutiens appropriés.',
      en: 'This notice leaves time to inform every client and to put other appropriate supports in place.',
    },
    'partnership-agreement': {
      fr: 'Si les partenaires constatent que le partenariat n’est plus viable, ils peuvent y mettre fin honorablement, après examen des solutions de rechange par le comité directeur. Ils en avisent alors par écrit toutes les parties prenantes concernées et veillent à ce qu’aucun client ne reste sans soutien.',
      en: 'If the partners find that the partnership is no longer viable, they may end it honourably after the steering committee has reviewed the alternatives. They then notify all relevant stakeholders in writing and make sure that no client is left without support.',
    },
  },
  withdrawal: {
    'partnership-agreement': {
      fr: 'Un partenaire peut se retirer du partenariat moyennant un préavis écrit d’au moins trois mois donné au comité directeur. Il remplit ses engagements de service et de reddition de comptes jusqu’à la date de son retrait; tout engagement non rempli est soumis au comité directeur. Le retrait d’un partenaire ne met pas fin au partenariat entre les autres partenaires.',
      en: 'A partner may withdraw from the partnership by giving the steering committee at least three months’ written notice. It completes its service and reporting commitments up to the date of its withdrawal; any commitment left unmet is referred to the steering committee. The withdrawal of one partner does not end the partnership between the others.',
    },
  },
  conflictResolution: {
    mou: {
      fr: 'Si un désaccord survient, les parties abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Au besoin, elles font appel à une médiatrice ou à un médiateur indépendant.',
      en: 'If a disagreement arises, the parties address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. Where needed, they engage an independent mediator.',
    },
    'partnership-agreement': {
      fr: 'Si un désaccord survient, les partenaires abordent leurs divergences rapidement, ouvertement et honnêtement, et cherchent à les régler au niveau où elles se présentent. Au besoin, ils font appel à une médiatrice ou à un médiateur indépendant.',
      en: 'If a disagreement arises, the partners address their differences promptly, openly and honestly, and try to resolve them at the level where they arise. Where needed, they engage an independent mediator.',
    },
  },
  decisionMaking: {
    'partnership-agreement': {
      fr: 'Le comité directeur cherche le consensus dans toutes ses décisions. À défaut de consensus, la présidence peut mettre la question aux voix\u00a0: chaque partenaire dispose d’une voix et la décision est prise à la majorité simple.',
      en: 'The steering committee seeks consensus in all its decisions. Failing consensus, the chair may put the question to a vote: each partner has one vote and the decision is made by simple majority.',
    },
  },
  confidentiality: {
    mou: {
      fr: 'Les parties ne s’échangent des renseignements sur un client qu’avec son consentement, donné au moyen d’un formulaire qui nomme chacune des parties à qui ces renseignements peuvent être communiqués. Chaque partie protège les renseignements personnels qu’elle détient conformément aux lois applicables.',
      en: 'The parties share information about a client only with that client’s consent, given on a form that names each party the information may be shared with. Each party protects the personal information it holds in accordance with applicable law.',
    },
    'partnership-agreement': {
      fr: 'Les partenaires ne s’échangent des renseignements sur un client qu’avec son consentement, donné au moyen d’un formulaire qui nomme chacun des partenaires à qui ces renseignements peuvent être communiqués. Chaque partenaire protège les renseignements personnels qu’il détient conformément aux lois applicables.',
      en: 'The partners share information about a client only with that client’s consent, given on a form that names each partner the information may be shared with. Each partner protects the personal information it holds in accordance with applicable law.',
    },
  },
  amendments: {
    mou: {
      fr: 'Toute modification du présent protocole se fait par écrit et doit être signée par toutes les parties.',
      en: 'Any amendment to this memorandum must be made in writing and signed by all parties.',
    },
    'partnership-agreement': {
      fr: 'Toute modification du présent accord se fait par écrit et doit être signée par tous les partenaires.',
      en: 'Any amendment to this agreement must be made in writing and signed by all partners.',
    },
  },
  governingLaw: {
    'partnership-agreement': {
      fr: 'Le présent accord est régi par les lois de la province de l’Ontario et par les lois fédérales du Canada qui s’y appliquent.',
      en: 'This agreement is governed by the laws of the Province of Ontario and the federal laws of Canada that apply there.',
    },
  },
  liabilityAndInsurance: {
    'partnership-agreement': {
      fr: 'Chaque partenaire est responsable de son personnel et de ses activités. Il maintient une assurance responsabilité civile suffisante pour couvrir les clients, les participantes et participants ainsi que son personnel dans le cadre des activités du partenariat.',
      en: 'Each partner is responsible for its own staff and activities. It maintains enough liability insurance to cover clients, participants and its staff in the partnership’s activities.',
    },
  },
  evaluation: {
    'partnership-agreement': {
      fr: 'Les partenaires évaluent le partenariat au moins deux fois par année, selon le plan d’évaluation joint en annexe; chaque partenaire recueille les données dont ses propres programmes ont besoin.',
      en: 'The partners evaluate the partnership at least twice a year, following the evaluation plan in the annex; each partner collects the data its own programs need.',
    },
  },
  fundsFlow: {
    'partnership-agreement': {
      fr: 'Chaque partenaire verse sa contribution financière selon le budget joint en annexe. Les fonds mis en commun sont administrés par l’organisme chef de file, qui les verse aux partenaires selon ce budget.',
      en: 'Each partner pays its financial contribution as set out in the budget in the annex. Pooled funds are administered by the lead organization, which pays them out to the partners according to that budget.',
    },
  },
  financialReporting: {
    'partnership-agreement': {
      fr: 'L’organisme chef de file remet au comité directeur un rapport financier au moins deux fois par année; chaque partenaire lui fournit à temps les renseignements nécessaires.',
      en: 'The lead organization gives the steering committee a financial report at least twice a year; each partner provides the information it needs on time.',
    },
  },
  unspentFunds: {
    'partnership-agreement': {
      fr: 'Si un partenaire se retire, les fonds qu’il a reçus et qui n’ont pas été dépensés sont remis à l’organisme chef de file, à moins que le comité directeur n’en décide autrement.',
      en: 'If a partner withdraws, the funds it received and has not spent are returned to the lead organization, unless the steering committee decides otherwise.',
    },
  },
  languageVersions: {
    mou: {
      fr: 'Le présent protocole est rédigé en français et en anglais. Les deux versions font également foi.',
      en: 'This memorandum is written in English and French. Both versions are equally authoritative.',
    },
    'partnership-agreement': {
      fr: 'Le présent accord est rédigé en français et en anglais. Les deux versions font également foi.',
      en: 'This agreement is written in English and French. Both versions are equally authoritative.',
    },
  },
  activeOffer: both({
    fr: 'Les services visés par le présent document sont offerts activement en français, conformément à la Loi sur les services en français de l’Ontario et au Règlement de l’Ontario 284/11\u00a0: chaque client est informé dès le premier contact qu’il peut être servi en français.',
    en: 'The services this document covers are actively offered in French, in accordance with Ontario’s French Language Services Act and Ontario Regulation 284/11: every client is told at first contact that they can be served in French.',
  }),
}))();

/**
 * The guide's suggested wording of a clause for a kind of document, or undefined when the
 * clause has no place in that kind (an MOU has no governing-law clause).
 *
 * @example
 * ```ts
 * clauseSuggestion('conflictResolution', 'mou')?.en; // 'If a disagreement arises, the parties…'
 * ```
 */
export function clauseSuggestion(clause: ClauseId, kind: AgreementKind): BilingualText | undefined {
  return CLAUSE_SUGGESTIONS[clause][kind];
}

/** Whether a clause must be in a document, may be, or has no place in it. */
export type ClauseRequirement = 'required' | 'optional' | 'not-applicable';

/** What decides which clauses a document needs. */
export interface ClauseContext {
  readonly kind: AgreementKind;
  /** The partnership is written in both languages: the versions clause is needed. */
  readonly bilingual: boolean;
  /** Money moves between partners (shared funding, or financial commitments): the funds clauses are needed. */
  readonly sharesFunds: boolean;
}

const MOU_REQUIRED: ReadonlySet<ClauseId> = /* @__PURE__ */ (() =>
  new Set(['termination', 'conflictResolution', 'confidentiality']))();
const MOU_OPTIONAL: ReadonlySet<ClauseId> = /* @__PURE__ */ (() =>
  new Set(['amendments', 'activeOffer']))();
const FUNDS: ReadonlySet<ClauseId> = /* @__PURE__ */ (() =>
  new Set(['fundsFlow', 'financialReporting', 'unspentFunds']))();

/**
 * Whether a document needs a clause: AGR-5 wants termination and conflict resolution from the
 * start; EST-2's consent forms call for a confidentiality clause; an agreement (Resource 6) also
 * needs withdrawal, decision-making, amendments, governing law, liability and insurance,
 * evaluation and — when money moves — how funds flow, are reported and are returned; a
 * bilingual document says both versions are equally authoritative. The French-services active
 * offer is always optional.
 *
 * @example
 * ```ts
 * clauseRequirement('governingLaw', { kind: 'mou', bilingual: false, sharesFunds: false }); // 'not-applicable'
 * ```
 */
export function clauseRequirement(clause: ClauseId, context: ClauseContext): ClauseRequirement {
  if (clause === 'activeOffer') return 'optional';
  if (clause === 'languageVersions') return context.bilingual ? 'required' : 'optional';
  if (context.kind === 'mou') {
    if (MOU_REQUIRED.has(clause)) return 'required';
    return MOU_OPTIONAL.has(clause) ? 'optional' : 'not-applicable';
  }
  if (FUNDS.has(clause)) return context.sharesFunds ? 'required' : 'optional';
  return 'required';
}

/**
 * The text of a clause the partnership holds, or undefined when it holds none (absent or
 * blank in both languages): such a clause is not in the document.
 *
 * @example
 * ```ts
 * heldClause(partnership.agreement, 'termination'); // { fr: '…', en: '…' } or undefined
 * ```
 */
export function heldClause(
  terms: Pick<AgreementTerms, 'clauses'> | undefined,
  clause: ClauseId,
): LocalizedText | undefined {
  const text = terms?.clauses[clause];
  return text === undefined || isEmptyText(text) ? undefined : text;
}

/** The name of each clause, as headings, forms and messages print it. */
export const CLAUSE_NAMES: Readonly<Record<ClauseId, BilingualText>> = {
  termination: { fr: 'Résiliation', en: 'Termination' },
  withdrawal: { fr: 'Retrait d’un partenaire', en: 'Withdrawal of a partner' },
  conflictResolution: { fr: 'Résolution des différends', en: 'Conflict resolution' },
  decisionMaking: { fr: 'Prise de décision', en: 'Decision-making' },
  confidentiality: { fr: 'Confidentialité et consentement', en: 'Confidentiality and consent' },
  amendments: { fr: 'Modifications', en: 'Amendments' },
  governingLaw: { fr: 'Droit applicable', en: 'Governing law' },
  liabilityAndInsurance: { fr: 'Responsabilité et assurance', en: 'Liability and insurance' },
  evaluation: { fr: 'Évaluation', en: 'Evaluation' },
  fundsFlow: { fr: 'Versement des fonds', en: 'How funds flow' },
  financialReporting: { fr: 'Rapports financiers', en: 'Financial reporting' },
  unspentFunds: { fr: 'Fonds non dépensés', en: 'Unspent funds' },
  languageVersions: { fr: 'Versions linguistiques', en: 'Language versions' },
  activeOffer: {
    fr: 'Offre active de services en français',
    en: 'Active offer of French-language services',
  },
};

/**
 * The clause context of a partnership's agreement: its kind, whether the partnership is written
 * in both languages, and whether money moves between partners (shared funding recorded, or
 * financial resources in the inventory).
 *
 * @example
 * ```ts
 * const context = clauseContextOf(partnership);
 * CLAUSE_IDS.filter((id) => clauseRequirement(id, context) === 'required');
 * ```
 */
export function clauseContextOf(
  partnership: Pick<Partnership, 'agreement' | 'languages' | 'agreementFacts' | 'resources'>,
): ClauseContext {
  return {
    kind: partnership.agreement?.kind ?? 'mou',
    bilingual: partnership.languages.length > 1,
    sharesFunds:
      partnership.agreementFacts.sharesFunding === true ||
      partnership.resources.some((resource) => resource.kind === 'financial'),
  };
}
