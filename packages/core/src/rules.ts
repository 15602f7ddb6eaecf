// @partnership-kit/core/rules — the guide's rules and answers, read from a partnership: what
// needs attention (lintPartnership), establishment progress, MOU or agreement, the agreement's
// dates, clauses, review schedule and checklist, dissolution plan, the pathway's primary contact.

export type { ClauseContext, ClauseRequirement } from './agreement/agreement.clauses';
export {
  CLAUSE_NAMES,
  CLAUSE_SUGGESTIONS,
  clauseContextOf,
  clauseRequirement,
  clauseSuggestion,
  heldClause,
} from './agreement/agreement.clauses';
export type { AgreementDates, AgreementDatesOptions } from './agreement/agreement.dates';
export { agreementDates, terminationEffectiveOn } from './agreement/agreement.dates';
export type {
  AgreementAdvice,
  AgreementReason,
  AgreementRecommendation,
  AgreementRecommendationFacts,
  Knowable,
} from './agreement/agreement.recommend';
export { deriveAgreementFacts, recommendAgreement } from './agreement/agreement.recommend';
export { addDays, addMonths, daysBetween, daysInMonth, latestDate } from './common/dates';
export type { DissolutionChecklistItem } from './dissolution/dissolution.checklist';
export { DISSOLUTION_CHECKLIST } from './dissolution/dissolution.checklist';
export type {
  DissolutionPath,
  DissolutionPlan,
  DissolutionPlanItem,
  DissolutionPlanOptions,
} from './dissolution/dissolution.plan';
export { dissolutionPlan } from './dissolution/dissolution.plan';
export type {
  EstablishmentStep,
  EstablishmentStepId,
} from './establishment/establishment.progress';
export { establishmentProgress } from './establishment/establishment.progress';
export type { MissingTranslation } from './i18n/translations';
export { missingTranslations } from './i18n/translations';
export { lintPartnership } from './lint/lint-partnership';
export { validateReferences } from './partnership/partnership.references';
export type { PrimaryContact, PrimaryContactInput } from './pathway/pathway.primary-contact';
export { primaryContact } from './pathway/pathway.primary-contact';
export type { ReviewArea, ReviewQuestion } from './review/review.checklist';
export { REVIEW_CHECKLIST } from './review/review.checklist';
export type { ReviewSchedule } from './review/review.schedule';
export { reviewSchedule } from './review/review.schedule';
export type { ReviewAreaSummary, ReviewStatus, ReviewSummary } from './review/review.summary';
export { summarizeReview } from './review/review.summary';
