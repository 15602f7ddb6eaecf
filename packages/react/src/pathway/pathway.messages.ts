import { EDITOR_MESSAGES } from '../editors/editor.messages';
import { defineMessages } from '../i18n/messages';

/** Built-in strings of `PathwayEditor`, in French and English. */
export const PATHWAY_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...EDITOR_MESSAGES,
    'pathway.title': { fr: 'Cheminement du client', en: 'Client pathway' },
    'pathway.intro': {
      fr: 'Les étapes que franchit la demandeuse ou le demandeur d’emploi d’un organisme à l’autre, dans l’ordre, chacune avec son organisme chef de file et les organismes qui l’appuient.',
      en: 'The phases a job seeker goes through from one agency to the other, in order, each with its lead organization and the organizations that support it.',
    },
    'pathway.empty': { fr: 'Aucune étape pour l’instant.', en: 'No phases yet.' },
    'pathway.phase': { fr: 'Étape {n} : {name}', en: 'Phase {n}: {name}' },
    'pathway.phaseShort': { fr: 'Étape {n}', en: 'Phase {n}' },
    'pathway.add': { fr: 'Ajouter une étape', en: 'Add a phase' },
    'pathway.name': { fr: 'Nom de l’étape', en: 'Phase name' },
    'pathway.lead': { fr: 'Organisme chef de file', en: 'Lead organization' },
    'pathway.lead.none': { fr: 'Pas encore choisi', en: 'Not chosen yet' },
    'pathway.supporting': {
      fr: 'Organismes qui appuient cette étape',
      en: 'Organizations that support this phase',
    },
    'pathway.supporting.empty': {
      fr: 'Aucun autre organisme partenaire pour l’instant.',
      en: 'No other partner organization yet.',
    },
    'pathway.services': { fr: 'Services offerts', en: 'Services given' },
    'pathway.service': { fr: 'Service {n}', en: 'Service {n}' },
    'pathway.services.add': {
      fr: 'Ajouter un service à l’étape {n}',
      en: 'Add a service to phase {n}',
    },
    'pathway.services.empty': { fr: 'Aucun service pour l’instant.', en: 'No services yet.' },
    'pathway.duration': {
      fr: 'Durée en semaines (facultatif)',
      en: 'Duration in weeks (optional)',
    },
    'pathway.duration.invalid': {
      fr: 'Inscrivez un nombre entier de semaines, par exemple 12.',
      en: 'Enter a whole number of weeks, for example 12.',
    },
    'pathway.description': { fr: 'Description (facultatif)', en: 'Description (optional)' },
    'pathway.phase.contact': {
      fr: 'Contact principal pendant cette étape : {organization}',
      en: 'Primary contact during this phase: {organization}',
    },
    'pathway.contact.title': { fr: 'Contact principal', en: 'Primary contact' },
    'pathway.contact.intro': {
      fr: 'L’organisme auquel la personne s’adresse en premier fait l’admission et l’évaluation et devient son contact principal. À chaque nouvelle étape, le contact principal est réexaminé : il passe à l’organisme qui fournit le plus de soutiens.',
      en: 'The organization the job seeker contacts first does intake and assessment and becomes the primary contact. At each new phase the primary contact is reviewed: it moves to the organization that provides the most supports.',
    },
    'pathway.contact.first': {
      fr: 'Organisme auquel la personne s’adresse en premier',
      en: 'Organization the job seeker contacts first',
    },
    'pathway.contact.phase': {
      fr: 'Étape où en est la personne',
      en: 'Phase the job seeker is in',
    },
    'pathway.contact.intake': {
      fr: 'Admission (aucune étape encore)',
      en: 'Intake (no phase yet)',
    },
    'pathway.contact.result': {
      fr: 'Contact principal : {organization}',
      en: 'Primary contact: {organization}',
    },
    'pathway.contact.why': { fr: 'Pourquoi', en: 'Why' },
    'pathway.contact.noOrganizations': {
      fr: 'Ajoutez les organismes partenaires pour voir qui est le contact principal.',
      en: 'Add the partner organizations to see who the primary contact is.',
    },
  }))();

/** A key of the pathway editor's strings. */
export type PathwayMessageKey = Extract<keyof typeof PATHWAY_MESSAGES, string>;

/** The translate function of the pathway editor's strings. */
export type PathwayTranslate = import('../i18n/useMessages').Translate<PathwayMessageKey>;
