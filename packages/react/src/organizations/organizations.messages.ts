import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `OrganizationsEditor`, in French and English. */
export const ORGANIZATIONS_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'organizations.title': { fr: 'Organismes partenaires', en: 'Partner organizations' },
    'organizations.intro': {
      fr: 'Les organismes qui forment le partenariat : leur nom juridique, tel qu’il figurera dans le protocole d’entente ou l’accord, leur mission, leurs services et leurs points de contact, désignés par titre de poste.',
      en: 'The organizations that form the partnership: their legal name, as the MOU or agreement will print it, their mission, their services and their points of contact, named by job title.',
    },
    'organizations.empty': { fr: 'Aucun organisme pour l’instant.', en: 'No organizations yet.' },
    'organizations.item': { fr: 'Organisme {n} : {name}', en: 'Organization {n}: {name}' },
    'organizations.add': { fr: 'Ajouter un organisme', en: 'Add an organization' },
    'organizations.newName': { fr: 'Nouvel organisme {n}', en: 'New organization {n}' },
    'organizations.legalName': { fr: 'Nom juridique', en: 'Legal name' },
    'organizations.legalName.hint': {
      fr: 'Tel qu’il figurera dans le protocole d’entente ou l’accord.',
      en: 'As the MOU or agreement will print it.',
    },
    'organizations.legalName.required': {
      fr: 'Inscrivez le nom juridique de l’organisme.',
      en: 'Enter the organization’s legal name.',
    },
    'organizations.shortName': { fr: 'Nom abrégé (facultatif)', en: 'Short name (optional)' },
    'organizations.shortName.hint': {
      fr: 'Pour les tableaux, comme la matrice RACI.',
      en: 'For tables such as the RACI matrix.',
    },
    'organizations.address': { fr: 'Adresse (facultatif)', en: 'Address (optional)' },
    'organizations.sector': { fr: 'Secteur', en: 'Sector' },
    'organizations.sector.developmental-services': {
      fr: 'Services aux personnes ayant une déficience intellectuelle',
      en: 'Developmental services',
    },
    'organizations.sector.odsp-employment-supports': {
      fr: 'Soutien à l’emploi du POSPH',
      en: 'ODSP Employment Supports',
    },
    'organizations.sector.employment-ontario': { fr: 'Emploi Ontario', en: 'Employment Ontario' },
    'organizations.sector.other': { fr: 'Autre', en: 'Other' },
    'organizations.program': {
      fr: 'Programme ou service visé par le partenariat',
      en: 'Program or service the partnership concerns',
    },
    'organizations.mission': { fr: 'Mission', en: 'Mission' },
    'organizations.services': { fr: 'Services et programmes', en: 'Services and programs' },
    'organizations.service': { fr: 'Service {n}', en: 'Service {n}' },
    'organizations.services.empty': {
      fr: 'Aucun service pour l’instant.',
      en: 'No services yet.',
    },
    'organizations.services.add': {
      fr: 'Ajouter un service à {organization}',
      en: 'Add a service to {organization}',
    },
    'organizations.contacts': { fr: 'Points de contact', en: 'Points of contact' },
    'organizations.contacts.hint': {
      fr: 'Désignés par titre de poste, pour que le protocole reste exact malgré le roulement du personnel; le nom de la personne est facultatif.',
      en: 'Named by job title, so that the MOU stays true when people change jobs; the person’s name is optional.',
    },
    'organizations.contacts.empty': {
      fr: 'Aucun point de contact pour l’instant.',
      en: 'No points of contact yet.',
    },
    'organizations.contacts.add': {
      fr: 'Ajouter un point de contact à {organization}',
      en: 'Add a point of contact to {organization}',
    },
    'organizations.contact': {
      fr: 'Point de contact {n} : {name}',
      en: 'Point of contact {n}: {name}',
    },
    'organizations.contact.title': { fr: 'Titre du poste', en: 'Job title' },
    'organizations.contact.name': {
      fr: 'Nom de la personne (facultatif)',
      en: 'Person’s name (optional)',
    },
    'organizations.contact.email': { fr: 'Courriel (facultatif)', en: 'Email (optional)' },
    'organizations.contact.phone': { fr: 'Téléphone (facultatif)', en: 'Phone (optional)' },
  }))();

/** A key of the organizations editor's strings. */
export type OrganizationsMessageKey = Extract<keyof typeof ORGANIZATIONS_MESSAGES, string>;

/** The translate function of the organizations editor's strings. */
export type OrganizationsTranslate =
  import('../i18n/useMessages').Translate<OrganizationsMessageKey>;
