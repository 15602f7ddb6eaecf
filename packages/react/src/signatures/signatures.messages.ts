import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';
import { SIGNED_MESSAGES } from './signed.messages';

/** Built-in strings of `SignaturesPanel`, in French and English. */
export const SIGNATURES_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    ...SIGNED_MESSAGES,
    'signatures.title': { fr: 'Signatures', en: 'Signatures' },
    'signatures.intro': {
      fr: 'Les signataires autorisés de chaque organisme : leur nom, leur titre et la date de leur signature. L’entente entre en vigueur à la date fixée ou, à défaut, à la date de la dernière signature.',
      en: 'The authorized signatories of each organization: their name, title and the date they signed. The agreement takes effect on the date set or, failing that, on the date of the last signature.',
    },
    'signatures.noAgreement': {
      fr: 'Commencez d’abord le protocole d’entente ou l’accord de partenariat : les signatures s’y ajoutent ensuite.',
      en: 'Start the memorandum of understanding or partnership agreement first: signatures are added to it.',
    },
    'signatures.noOrganizations': {
      fr: 'Ajoutez d’abord les organismes partenaires.',
      en: 'Add the partner organizations first.',
    },
    'signatures.dates': { fr: 'Dates de l’entente', en: 'Agreement dates' },
    'signatures.effectiveFrom': { fr: 'Entrée en vigueur', en: 'Takes effect' },
    'signatures.effectiveFrom.set': {
      fr: 'date d’entrée en vigueur fixée',
      en: 'the effective date set',
    },
    'signatures.effectiveFrom.lastSignature': {
      fr: 'date de la dernière signature',
      en: 'the date of the last signature',
    },
    'signatures.effectiveFrom.pending': {
      fr: 'À la dernière signature, qui n’a pas encore eu lieu',
      en: 'On the last signature, which has not happened yet',
    },
    'signatures.expiresOn': { fr: 'Échéance', en: 'Expires' },
    'signatures.expiresOn.pending': {
      fr: 'Connue lorsque la durée et la date d’entrée en vigueur le seront',
      en: 'Known once the term and the effective date are',
    },
    'signatures.expiresOn.term': {
      fr: 'période {term}, renouvellement automatique',
      en: 'term {term}, renews automatically',
    },
    'signatures.renewalMeetingOn': {
      fr: 'Rencontre sur le renouvellement',
      en: 'Renewal meeting',
    },
    'signatures.renewalMeetingOn.about': {
      fr: 'vers le {date, date}, environ six mois avant l’échéance',
      en: 'around {date, date}, about six months before expiry',
    },
    'signatures.renewalMeetingOn.none': {
      fr: '{renewal, select, automatic {Aucune : l’entente se renouvelle automatiquement} none {Aucune : l’entente n’est pas renouvelée} other {Environ six mois avant l’échéance}}',
      en: '{renewal, select, automatic {None: the agreement renews automatically} none {None: the agreement is not renewed} other {About six months before expiry}}',
    },
    'signatures.signed': { fr: 'Signé', en: 'Signed' },
    'signatures.unsigned': { fr: 'Pas encore signé', en: 'Not signed yet' },
    'signatures.empty': {
      fr: 'Aucun signataire autorisé pour cet organisme.',
      en: 'No authorized signatory for this organization yet.',
    },
    'signatures.signatory': { fr: 'Signataire {n} : {name}', en: 'Signatory {n}: {name}' },
    'signatures.name': { fr: 'Nom', en: 'Name' },
    'signatures.signatoryTitle': { fr: 'Titre', en: 'Title' },
    'signatures.signedOn': { fr: 'Date de signature', en: 'Date signed' },
    'signatures.signedOn.hint': {
      fr: 'Laissez vide tant que cette personne n’a pas signé.',
      en: 'Leave empty until this person has signed.',
    },
    'signatures.signedOnDate': { fr: 'Signé le {date, date}', en: 'Signed on {date, date}' },
    'signatures.add': {
      fr: 'Ajouter un signataire pour {organization}',
      en: 'Add a signatory for {organization}',
    },
    'signatures.strays': {
      fr: 'Signataires d’organismes qui ne sont plus partenaires',
      en: 'Signatories of organizations that are no longer partners',
    },
    'signatures.strays.hint': {
      fr: 'Ces personnes ne figurent dans aucun groupe d’organisme partenaire : retirez-les ou ajoutez de nouveau leur organisme.',
      en: 'These people belong to no partner organization: remove them, or add their organization again.',
    },
  }))();

/** A key of {@link SIGNATURES_MESSAGES}. */
export type SignaturesMessageKey = Extract<keyof typeof SIGNATURES_MESSAGES, string>;

/** The translate function of the signatures panel's strings. */
export type SignaturesTranslate = import('../i18n/useMessages').Translate<SignaturesMessageKey>;
