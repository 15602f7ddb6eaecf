// @partnership-kit/core — the public entry. Every export is named here on purpose: what is not
// listed is internal and may change without notice.

export type { AgreementDates } from './agreement/agreement.dates';
export { agreementDates, terminationEffectiveOn } from './agreement/agreement.dates';
export type {
  AgreementReason,
  AgreementRecommendation,
  AgreementRecommendationFacts,
  Knowable,
} from './agreement/agreement.recommend';
export { deriveAgreementFacts, recommendAgreement } from './agreement/agreement.recommend';
export type {
  AgreementFacts,
  AgreementKind,
  AgreementTerms,
  AgreementWording,
  Signature,
} from './agreement/agreement.schema';
export {
  AGREEMENT_KINDS,
  AgreementFactsSchema,
  AgreementKindSchema,
  AgreementTermsSchema,
  AgreementWordingSchema,
  RENEWAL_MODES,
  SignatureSchema,
} from './agreement/agreement.schema';
export type { Id, IsoDate } from './common/common.schema';
export {
  IdSchema,
  IsoDateSchema,
  isCalendarDate,
  isUsableId,
  TextSchema,
} from './common/common.schema';
export { createId, nextId } from './common/create-id';
export { addDays, addMonths, daysBetween, daysInMonth, latestDate } from './common/dates';
export type { History, HistoryEntry } from './common/history';
export { canRedo, canUndo, createHistory, recordChange, redo, undo } from './common/history';
export type { DissolutionChecklistItem } from './dissolution/dissolution.checklist';
export { DISSOLUTION_CHECKLIST } from './dissolution/dissolution.checklist';
export type {
  DissolutionPath,
  DissolutionPlan,
  DissolutionPlanItem,
} from './dissolution/dissolution.plan';
export { dissolutionPlan } from './dissolution/dissolution.plan';
export type { ClientHandover, Dissolution } from './dissolution/dissolution.schema';
export { ClientHandoverSchema, DissolutionSchema } from './dissolution/dissolution.schema';
export type {
  EstablishmentStep,
  EstablishmentStepId,
} from './establishment/establishment.progress';
export { establishmentProgress } from './establishment/establishment.progress';
export type { Locale } from './i18n/locale';
export {
  DEFAULT_LOCALE,
  isLocale,
  LocaleSchema,
  resolveLocale,
  SUPPORTED_LOCALES,
} from './i18n/locale';
export type { LocalizedText } from './i18n/localized-text';
export { LocalizedTextSchema, localize } from './i18n/localized-text';
export type { FormatIssueOptions, IssueMessageOverride } from './issues/format-issue';
export { formatIssue, formatIssuePath } from './issues/format-issue';
export type { Issue, IssueParams, IssuePath, IssueSeverity } from './issues/issue';
export { countIssues, hasErrors } from './issues/issue';
export type { IssueCode } from './issues/issue.messages';
export { ISSUE_MESSAGES } from './issues/issue.messages';
export { lintPartnership } from './lint/lint-partnership';
export type { MeetingPlan, MeetingRecord } from './meeting/meeting.schema';
export { MeetingPlanSchema, MeetingRecordSchema } from './meeting/meeting.schema';
export type {
  Organization,
  OrganizationSector,
  PointOfContact,
} from './organization/organization.schema';
export {
  ORGANIZATION_SECTORS,
  OrganizationSchema,
  OrganizationSectorSchema,
  organizationLabel,
  PointOfContactSchema,
} from './organization/organization.schema';
export type { PartnershipInit } from './partnership/partnership.create';
export { createPartnership } from './partnership/partnership.create';
export type { PartnershipMigration } from './partnership/partnership.migrations';
export { PARTNERSHIP_MIGRATIONS } from './partnership/partnership.migrations';
export type { ParsePartnershipResult } from './partnership/partnership.parse';
export { parsePartnership, serializePartnership } from './partnership/partnership.parse';
export type {
  Partnership,
  PartnershipStatus,
  WorkingGroupMember,
} from './partnership/partnership.schema';
export {
  CURRENT_SCHEMA_VERSION,
  PARTNERSHIP_STATUSES,
  PartnershipSchema,
  PartnershipStatusSchema,
  WorkingGroupMemberSchema,
} from './partnership/partnership.schema';
export type { PrimaryContact, PrimaryContactInput } from './pathway/pathway.primary-contact';
export { primaryContact } from './pathway/pathway.primary-contact';
export type { ClientPathway, PathwayPhase } from './pathway/pathway.schema';
export { ClientPathwaySchema, PathwayPhaseSchema } from './pathway/pathway.schema';
export type { RaciMatrixInit } from './raci/raci.create';
export { createRaciMatrix } from './raci/raci.create';
export type {
  RaciFromCsvOptions,
  RaciFromCsvResult,
  RaciToCsvOptions,
} from './raci/raci.csv';
export { raciFromCsv, raciToCsv } from './raci/raci.csv';
export type { RaciHistory } from './raci/raci.history';
export { createRaciHistory, raciHistoryReducer } from './raci/raci.history';
export type { RaciFocus, RaciGridLayout, RaciNavigationKey } from './raci/raci.navigation';
export { moveRaciFocus } from './raci/raci.navigation';
export type { RaciAction } from './raci/raci.reducer';
export { nextCycleLetters, raciReducer } from './raci/raci.reducer';
export type { ValidateRaciOptions } from './raci/raci.rules';
export { validateRaci } from './raci/raci.rules';
export type { RaciLetters, RaciMatrix, RaciTask, Role } from './raci/raci.schema';
export {
  RACI_STATUSES,
  RaciLettersSchema,
  RaciMatrixSchema,
  RaciTaskSchema,
  RoleSchema,
} from './raci/raci.schema';
export type {
  RaciCounts,
  RaciOrganizationSummary,
  RaciRoleSummary,
  RaciSummary,
} from './raci/raci.summary';
export { summarizeRaci } from './raci/raci.summary';
export { raciCell, raciRow } from './raci/raci-cells';
export type { RaciLetter } from './raci/raci-letter.schema';
export { RACI_LETTERS, RaciLetterSchema } from './raci/raci-letter.schema';
export { formatRaciLetters, parseRaciLetters, sortRaciLetters } from './raci/raci-letters';
export type { ReviewArea, ReviewQuestion } from './review/review.checklist';
export { REVIEW_CHECKLIST } from './review/review.checklist';
export type { ReviewSchedule } from './review/review.schedule';
export { reviewSchedule } from './review/review.schedule';
export type { ReviewRecord } from './review/review.schema';
export { REVIEW_ANSWERS, ReviewRecordSchema } from './review/review.schema';
export type { ReviewAreaSummary, ReviewStatus, ReviewSummary } from './review/review.summary';
export { summarizeReview } from './review/review.summary';
export type { SwotAction } from './swot/swot.reducer';
export { findSwotItem, swotReducer } from './swot/swot.reducer';
export type { Resource, Swot, SwotItem, SwotQuadrant } from './swot/swot.schema';
export {
  RESOURCE_KINDS,
  ResourceAvailabilitySchema,
  ResourceKindSchema,
  ResourceSchema,
  SWOT_QUADRANTS,
  SwotItemSchema,
  SwotSchema,
} from './swot/swot.schema';
export { LEADERSHIP_AWARE_QUESTION_ID, WORKSHEET_IDS } from './worksheet/worksheet.ids';
export type {
  NextStep,
  WorksheetAnswer,
  WorksheetResponse,
} from './worksheet/worksheet-response.schema';
export {
  NextStepSchema,
  WorksheetAnswerSchema,
  WorksheetResponseSchema,
} from './worksheet/worksheet-response.schema';
