import { COMMON_MESSAGES, defineMessages } from '../i18n/messages';
import type { Translate } from '../i18n/useMessages';

/** Built-in strings of `WorksheetForm`, in French and English. */
export const WORKSHEET_MESSAGES = /* @__PURE__ */ (() =>
  defineMessages({
    ...COMMON_MESSAGES,
    'worksheet.progress': {
      fr: '{answered, plural, =0 {Aucune question répondue sur {total}} one {# question répondue sur {total}} other {# questions répondues sur {total}}}',
      en: '{answered} of {total} answered',
    },
    'worksheet.answer': { fr: 'Réponse à la question {n}', en: 'Answer to question {n}' },
    'worksheet.nextSteps': {
      fr: 'Prochaines étapes (question {n})',
      en: 'Next steps (question {n})',
    },
    'worksheet.nextStep': { fr: 'Étape {step}', en: 'Step {step}' },
    'worksheet.nextStep.text': {
      fr: 'Étape {step} : ce qu’il faut faire',
      en: 'Step {step}: what to do',
    },
    'worksheet.nextStep.owner': { fr: 'Étape {step} : qui', en: 'Step {step}: who' },
    'worksheet.nextStep.due': { fr: 'Étape {step} : échéance', en: 'Step {step}: due date' },
    'worksheet.nextStep.done': { fr: 'Étape {step} : faite', en: 'Step {step}: done' },
    'worksheet.nextStep.remove': {
      fr: 'Retirer l’étape {step} de la question {n}',
      en: 'Remove step {step} of question {n}',
    },
    'worksheet.nextStep.add': {
      fr: 'Ajouter une étape à la question {n}',
      en: 'Add a step to question {n}',
    },
    'worksheet.noSteps': { fr: 'Aucune étape pour l’instant.', en: 'No steps yet.' },
    'worksheet.submit': { fr: 'Enregistrer la feuille de travail', en: 'Save the worksheet' },
    'worksheet.print': { fr: 'Imprimer', en: 'Print' },
    'worksheet.required': {
      fr: 'Les questions marquées « obligatoire » doivent avoir une réponse.',
      en: 'Questions marked “required” must be answered.',
    },
    'worksheet.error.required': { fr: 'Répondez à la question {n}.', en: 'Answer question {n}.' },
    'worksheet.error.stepText': {
      fr: 'Décrivez l’étape {step} de la question {n}.',
      en: 'Describe step {step} of question {n}.',
    },
    'worksheet.draft.found': {
      fr: 'Une ébauche non enregistrée a été trouvée.',
      en: 'An unsaved draft was found.',
    },
    'worksheet.draft.restore': { fr: 'Reprendre l’ébauche', en: 'Restore the draft' },
    'worksheet.draft.discard': { fr: 'Ignorer l’ébauche', en: 'Discard the draft' },
    'worksheet.saved': { fr: 'Feuille de travail enregistrée.', en: 'Worksheet saved.' },
    'worksheet.announce.stepAdded': { fr: 'Étape {step} ajoutée.', en: 'Step {step} added.' },
    'worksheet.announce.stepRemoved': { fr: 'Étape {step} retirée.', en: 'Step {step} removed.' },
  }))();

/** The translate function of the worksheet form's strings. */
export type WorksheetTranslate = Translate<Extract<keyof typeof WORKSHEET_MESSAGES, string>>;
