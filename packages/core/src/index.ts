// @partnership-kit/core — the public entry. Every export is named here on purpose: what is not
// listed is internal and may change without notice.

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
export type {
  AgreementAnnexes,
  AgreementClauses,
  AgreementFacts,
  AgreementKind,
  AgreementTerms,
  ClauseId,
  CommitteeMember,
  Governance,
  Provision,
  RenewalMode,
  Signatory,
} from './agreement/agreement.schema';
export {
  AGREEMENT_KINDS,
  AgreementAnnexesSchema,
  AgreementClausesSchema,
  AgreementFactsSchema,
  AgreementKindSchema,
  AgreementTermsSchema,
  CLAUSE_IDS,
  CommitteeMemberSchema,
  GovernanceSchema,
  PROVISION_KINDS,
  ProvisionSchema,
  RENEWAL_MODES,
  SignatorySchema,
} from './agreement/agreement.schema';
export type { ActionResult } from './common/action-result';
export type { Id, IsoDate, TextItem } from './common/common.schema';
export {
  DOCUMENT_YEARS,
  IdSchema,
  IsoDateSchema,
  isCalendarDate,
  isDocumentDate,
  isUsableId,
  NameSchema,
  TextItemSchema,
  TextSchema,
} from './common/common.schema';
export { createId, nextId } from './common/create-id';
export { addDays, addMonths, daysBetween, daysInMonth, latestDate } from './common/dates';
export type { History, HistoryEntry } from './common/history';
export {
  canRedo,
  canUndo,
  createHistory,
  recordChange,
  recordPatches,
  redo,
  undo,
} from './common/history';
export type { DissolutionChecklistItem } from './dissolution/dissolution.checklist';
export { DISSOLUTION_CHECKLIST } from './dissolution/dissolution.checklist';
export type {
  DissolutionPath,
  DissolutionPlan,
  DissolutionPlanItem,
  DissolutionPlanOptions,
} from './dissolution/dissolution.plan';
export { dissolutionPlan } from './dissolution/dissolution.plan';
export type { DissolutionAction } from './dissolution/dissolution.reducer';
export { applyDissolutionAction, dissolutionReducer } from './dissolution/dissolution.reducer';
export type { ClientHandover, Dissolution } from './dissolution/dissolution.schema';
export {
  ClientHandoverSchema,
  DISSOLUTION_PATHS,
  DISSOLUTION_REASONS,
  DissolutionSchema,
} from './dissolution/dissolution.schema';
export type {
  EstablishmentStep,
  EstablishmentStepId,
} from './establishment/establishment.progress';
export { establishmentProgress } from './establishment/establishment.progress';
export type { MessageValues } from './i18n/format-message';
export {
  formatAmount,
  formatLongDate,
  formatMessage,
  MAX_ECHOED_LENGTH,
} from './i18n/format-message';
export type { Locale } from './i18n/locale';
export {
  DEFAULT_LOCALE,
  isLocale,
  LocaleSchema,
  resolveLocale,
  SUPPORTED_LOCALES,
} from './i18n/locale';
export type {
  BilingualText,
  Language,
  LocalizedResult,
  LocalizedText,
} from './i18n/localized-text';
export {
  BilingualTextSchema,
  hasText,
  isEmptyText,
  LANGUAGES,
  LanguageSchema,
  LocalizedTextSchema,
  languageOf,
  localize,
  MAX_TEXT_LENGTH,
  otherLanguage,
  pickLanguage,
  textIn,
} from './i18n/localized-text';
export { MAX_SPELLED_OUT, spellOutNumber } from './i18n/number-words';
export type { MissingTranslation } from './i18n/translations';
export { missingTranslations } from './i18n/translations';
export type { TypesetOptions } from './i18n/typography';
export { typeset } from './i18n/typography';
export type { FormatIssueOptions, IssueMessageOverride } from './issues/format-issue';
export { formatIssue, formatIssuePath } from './issues/format-issue';
export type { Issue, IssueParams, IssuePath, IssueSeverity } from './issues/issue';
export { countIssues, hasErrors } from './issues/issue';
export type { IssueCode } from './issues/issue.messages';
export { ISSUE_MESSAGES } from './issues/issue.messages';
export { lintPartnership } from './lint/lint-partnership';
export type { ActionItem, MeetingPlan, MeetingRecord } from './meeting/meeting.schema';
export {
  ActionItemSchema,
  MEETING_KINDS,
  MeetingPlanSchema,
  MeetingRecordSchema,
} from './meeting/meeting.schema';
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
export type { ReferenceKind } from './partnership/partnership.cascade';
export { referencesTo } from './partnership/partnership.cascade';
export type { PartnershipInit } from './partnership/partnership.create';
export { createPartnership } from './partnership/partnership.create';
export { MAX_DOCUMENT_DEPTH, MAX_DOCUMENT_VALUES } from './partnership/partnership.inspect';
export type { MigrationOptions, PartnershipMigration } from './partnership/partnership.migrations';
export { PARTNERSHIP_MIGRATIONS } from './partnership/partnership.migrations';
export type {
  ParsePartnershipOptions,
  ParsePartnershipResult,
} from './partnership/partnership.parse';
export { parsePartnership, serializePartnership } from './partnership/partnership.parse';
export type { EditPath, PartnershipAction } from './partnership/partnership.reducer';
export { applyPartnershipAction, partnershipReducer } from './partnership/partnership.reducer';
export { validateReferences } from './partnership/partnership.references';
export type {
  Approval,
  ApproverKind,
  Partnership,
  PartnershipStatus,
  WorkingGroupMember,
} from './partnership/partnership.schema';
export {
  APPROVER_KINDS,
  ApprovalSchema,
  CURRENT_SCHEMA_VERSION,
  PARTNERSHIP_STATUSES,
  PartnershipLanguagesSchema,
  PartnershipSchema,
  PartnershipStatusSchema,
  WorkingGroupMemberSchema,
} from './partnership/partnership.schema';
export type { PrimaryContact, PrimaryContactInput } from './pathway/pathway.primary-contact';
export { primaryContact } from './pathway/pathway.primary-contact';
export type { ClientPathway, PathwayPhase } from './pathway/pathway.schema';
export { ClientPathwaySchema, PathwayPhaseSchema } from './pathway/pathway.schema';
export type { RaciMatrixInit, RaciTaskInit } from './raci/raci.create';
export { createRaciMatrix } from './raci/raci.create';
export type {
  RaciFromCsvOptions,
  RaciFromCsvResult,
  RaciToCsvOptions,
} from './raci/raci.csv';
export { MAX_CSV_ROWS, raciFromCsv, raciToCsv } from './raci/raci.csv';
export type { RaciHistory } from './raci/raci.history';
export { createRaciHistory, raciHistoryReducer } from './raci/raci.history';
export type { RaciIssueGroups } from './raci/raci.issues';
export { groupRaciIssues } from './raci/raci.issues';
export type { RaciKey, RaciKeyCommand, RaciKeyOptions } from './raci/raci.keyboard';
export { raciKeyCommand } from './raci/raci.keyboard';
export type { RaciFocus, RaciGridLayout, RaciNavigationKey } from './raci/raci.navigation';
export { moveRaciFocus } from './raci/raci.navigation';
export type { RaciAction, RaciActionResult } from './raci/raci.reducer';
export { applyRaciAction, nextCycleLetters, raciReducer } from './raci/raci.reducer';
export type { ValidateRaciOptions } from './raci/raci.rules';
export { validateRaci } from './raci/raci.rules';
export type { RaciLetters, RaciMatrix, RaciTask, Role } from './raci/raci.schema';
export {
  MAX_RACI_LABEL_LENGTH,
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
export { createRaciSummarizer, summarizeRaci } from './raci/raci.summary';
export { raciCell, raciRow, taskCell } from './raci/raci-cells';
export type { RaciLetter } from './raci/raci-letter.schema';
export { RACI_LETTERS, RaciLetterSchema } from './raci/raci-letter.schema';
export { formatRaciLetters, parseRaciLetters, sortRaciLetters } from './raci/raci-letters';
export type { ReviewArea, ReviewQuestion } from './review/review.checklist';
export { REVIEW_CHECKLIST } from './review/review.checklist';
export type { ReviewAction } from './review/review.reducer';
export { applyReviewAction, reviewReducer } from './review/review.reducer';
export type { ReviewSchedule } from './review/review.schedule';
export { reviewSchedule } from './review/review.schedule';
export type { ReviewRecord } from './review/review.schema';
export { REVIEW_ANSWERS, ReviewRecordSchema } from './review/review.schema';
export type { ReviewAreaSummary, ReviewStatus, ReviewSummary } from './review/review.summary';
export { summarizeReview } from './review/review.summary';
export type { SwotAction } from './swot/swot.reducer';
export { applySwotAction, findSwotItem, swotReducer } from './swot/swot.reducer';
export type { Resource, SharedDocument, Swot, SwotItem, SwotQuadrant } from './swot/swot.schema';
export {
  RESOURCE_KINDS,
  ResourceAvailabilitySchema,
  ResourceKindSchema,
  ResourceSchema,
  SHARED_DOCUMENT_KINDS,
  SharedDocumentSchema,
  SWOT_QUADRANTS,
  SwotItemSchema,
  SwotSchema,
} from './swot/swot.schema';
export { LEADERSHIP_AWARE_QUESTION_ID, WORKSHEET_IDS } from './worksheet/worksheet.ids';
export type { WorksheetAction } from './worksheet/worksheet.reducer';
export { applyWorksheetAction, worksheetReducer } from './worksheet/worksheet.reducer';
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
