import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `ResourcesEditor`, in French and English. */
export const RESOURCES_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'resources.title': { fr: 'Ressources et information', en: 'Resources and information' },
    'resources.intro': {
      fr: 'Étape 2 : les ressources que chaque organisme a déjà et celles qu’il faut encore obtenir — financières, humaines, matérielles — et les documents que les partenaires mettent en commun.',
      en: 'Step 2: the resources each organization already has and those still needed — financial, human, material — and the documents the partners share.',
    },
    'resources.inventory': { fr: 'Inventaire des ressources', en: 'Resource inventory' },
    'resources.empty': { fr: 'Aucune ressource pour l’instant.', en: 'No resources yet.' },
    'resources.item': { fr: 'Ressource {n} : {name}', en: 'Resource {n}: {name}' },
    'resources.itemShort': { fr: 'Ressource {n}', en: 'Resource {n}' },
    'resources.add': { fr: 'Ajouter une ressource', en: 'Add a resource' },
    'resources.description': { fr: 'Description', en: 'Description' },
    'resources.organization': { fr: 'Organisme', en: 'Organization' },
    'resources.organization.shared': {
      fr: 'Aucun organisme en particulier (ressource commune)',
      en: 'No organization in particular (shared)',
    },
    'resources.kind': { fr: 'Type de ressource', en: 'Kind of resource' },
    'resources.kind.financial': { fr: 'Financière', en: 'Financial' },
    'resources.kind.human': { fr: 'Humaine', en: 'Human' },
    'resources.kind.material': { fr: 'Matérielle', en: 'Material' },
    'resources.kind.information': { fr: 'Information', en: 'Information' },
    'resources.kind.other': { fr: 'Autre', en: 'Other' },
    'resources.availability': { fr: 'Disponibilité', en: 'Availability' },
    'resources.availability.in-place': { fr: 'En place', en: 'In place' },
    'resources.availability.needed': { fr: 'À obtenir', en: 'Needed' },
    'resources.amount': {
      fr: 'Montant en dollars canadiens (facultatif)',
      en: 'Amount in Canadian dollars (optional)',
    },
    'resources.amount.hint': {
      fr: 'En chiffres seulement, par exemple 40000 ou 2500,50.',
      en: 'In figures only, for example 40000 or 2500.50.',
    },
    'resources.amount.shown': { fr: 'Soit {amount}', en: 'That is {amount}' },
    'resources.amount.invalid': {
      fr: 'Inscrivez un montant en chiffres seulement, par exemple 40000.',
      en: 'Enter an amount in figures only, for example 40000.',
    },
    'resources.amount.tooLarge': {
      fr: 'Le montant ne peut pas dépasser {maximum}.',
      en: 'The amount cannot be more than {maximum}.',
    },
    'resources.swot': { fr: 'Éléments de l’analyse FFPM liés', en: 'Linked SWOT items' },
    'resources.swot.hint': {
      fr: 'La faiblesse que cette ressource comble, ou la force qu’elle représente.',
      en: 'The weakness this resource fills, or the strength it is.',
    },
    'resources.swot.empty': {
      fr: 'L’analyse FFPM ne contient encore aucun élément.',
      en: 'The SWOT analysis has no items yet.',
    },
    'resources.swot.option': { fr: '{quadrant} : {item}', en: '{quadrant}: {item}' },
    'resources.swot.strengths': { fr: 'Force', en: 'Strength' },
    'resources.swot.weaknesses': { fr: 'Faiblesse', en: 'Weakness' },
    'resources.swot.opportunities': { fr: 'Possibilité', en: 'Opportunity' },
    'resources.swot.threats': { fr: 'Menace', en: 'Threat' },
    'resources.swot.unknown': { fr: 'Élément inconnu ({id})', en: 'Unknown item ({id})' },
    'resources.notes': { fr: 'Notes (facultatif)', en: 'Notes (optional)' },
    'resources.totals': { fr: 'Ressources par organisme', en: 'Resources by organization' },
    'resources.totals.organization': { fr: 'Organisme', en: 'Organization' },
    'resources.totals.inPlace': { fr: 'En place', en: 'In place' },
    'resources.totals.needed': { fr: 'À obtenir', en: 'Needed' },
    'resources.totals.amountInPlace': { fr: 'Montant en place', en: 'Amount in place' },
    'resources.totals.amountNeeded': { fr: 'Montant à obtenir', en: 'Amount needed' },
    'resources.totals.shared': { fr: 'Ressources communes', en: 'Shared resources' },
    'resources.documents': { fr: 'Documents communs', en: 'Shared documents' },
    'resources.documents.intro': {
      fr: 'Les formulaires que les partenaires utilisent ensemble : admission, personnes à joindre en cas d’urgence, consentement qui nomme les partenaires.',
      en: 'The forms the partners use together: intake, emergency contact, and consent forms that name the partners.',
    },
    'resources.documents.empty': {
      fr: 'Aucun document commun pour l’instant.',
      en: 'No shared documents yet.',
    },
    'resources.documents.add': { fr: 'Ajouter un document', en: 'Add a document' },
    'resources.document': { fr: 'Document {n} : {name}', en: 'Document {n}: {name}' },
    'resources.documentShort': { fr: 'Document {n}', en: 'Document {n}' },
    'resources.document.kind': { fr: 'Type de document', en: 'Kind of document' },
    'resources.document.kind.intake': { fr: 'Admission', en: 'Intake' },
    'resources.document.kind.emergency-contact': {
      fr: 'Personnes à joindre en cas d’urgence',
      en: 'Emergency contact',
    },
    'resources.document.kind.consent': { fr: 'Consentement', en: 'Consent' },
    'resources.document.kind.other': { fr: 'Autre', en: 'Other' },
    'resources.document.title': { fr: 'Titre', en: 'Title' },
    'resources.document.organizations': {
      fr: 'Organismes nommés ou servis',
      en: 'Organizations it names or serves',
    },
    'resources.document.consentHint': {
      fr: 'Un formulaire de consentement nomme chaque partenaire à qui les renseignements peuvent être communiqués.',
      en: 'A consent form names every partner the information may go to.',
    },
    'resources.document.noOrganizations': {
      fr: 'Ajoutez d’abord les organismes partenaires.',
      en: 'Add the partner organizations first.',
    },
    'resources.document.availability': { fr: 'Disponibilité', en: 'Availability' },
  }))();

/** A key of the resources editor's strings. */
export type ResourcesMessageKey = Extract<keyof typeof RESOURCES_MESSAGES, string>;

/** The translate function of the resources editor's strings. */
export type ResourcesTranslate = import('../i18n/useMessages').Translate<ResourcesMessageKey>;
