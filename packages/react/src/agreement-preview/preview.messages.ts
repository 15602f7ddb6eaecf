import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';
import type { Translate } from '../i18n/useMessages';

/** Built-in strings of `AgreementPreview`, in French and English. */
export const PREVIEW_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'preview.open': { fr: 'Aperçu du document', en: 'Preview the document' },
    'preview.title.mou': {
      fr: 'Aperçu du protocole d’entente',
      en: 'Memorandum of understanding preview',
    },
    'preview.title.partnership-agreement': {
      fr: 'Aperçu de l’accord de partenariat',
      en: 'Partnership agreement preview',
    },
    'preview.language': { fr: 'Langue du document', en: 'Document language' },
    'preview.language.fr': { fr: 'Français', en: 'French' },
    'preview.language.en': { fr: 'Anglais', en: 'English' },
    'preview.language.fr-en': {
      fr: 'Les deux, le français à gauche',
      en: 'Both, French on the left',
    },
    'preview.language.en-fr': {
      fr: 'Les deux, l’anglais à gauche',
      en: 'Both, English on the left',
    },
    'preview.actions': { fr: 'Exporter', en: 'Export' },
    'preview.print': { fr: 'Imprimer', en: 'Print' },
    'preview.html': { fr: 'Télécharger en HTML', en: 'Download HTML' },
    'preview.markdown': { fr: 'Télécharger en Markdown', en: 'Download Markdown' },
    'preview.docx': { fr: 'Télécharger en Word (.docx)', en: 'Download Word (.docx)' },
    'preview.pdf': { fr: 'Télécharger en PDF', en: 'Download PDF' },
    'preview.copy': { fr: 'Copier le texte', en: 'Copy the text' },
    'preview.copied': { fr: 'Texte copié.', en: 'Text copied.' },
    'preview.downloading': { fr: 'Préparation du fichier…', en: 'Preparing the file…' },
    'preview.downloaded': { fr: 'Fichier prêt : {name}', en: 'File ready: {name}' },
    'preview.failed': {
      fr: 'Le fichier n’a pas pu être créé.',
      en: 'The file could not be created.',
    },
    'preview.missing': {
      fr: '{count, plural, one {# élément à remplir avant la signature} other {# éléments à remplir avant la signature}}',
      en: '{count, plural, one {# thing to fill in before signing} other {# things to fill in before signing}}',
    },
    'preview.translations': {
      fr: '{count, plural, one {# traduction manquante} other {# traductions manquantes}}',
      en: '{count, plural, one {# missing translation} other {# missing translations}}',
    },
    'preview.translation': {
      fr: '{field} : version {language, select, fr {française} other {anglaise}}',
      en: '{field}: {language, select, fr {French} other {English}} version',
    },
    'preview.complete': {
      fr: 'Tout est rempli : le document peut être relu, puis signé.',
      en: 'Everything is filled in: the document can be reviewed, then signed.',
    },
    'preview.fallback': { fr: 'traduction manquante', en: 'translation missing' },
  }))();

/** The translate function of the preview's strings. */
export type PreviewTranslate = Translate<Extract<keyof typeof PREVIEW_MESSAGES, string>>;
