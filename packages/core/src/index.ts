// @partnership-kit/core — the document: the saved partnership's schemas and types, creating,
// loading (with migrations) and saving it, bilingual texts, languages and ids. The rest of
// core is in subpath entries, so that an app ships only what it uses:
//   @partnership-kit/core/raci     the RACI matrix: reducer, rules, history, keyboard
//   @partnership-kit/core/csv      the RACI matrix to and from CSV (spreadsheets)
//   @partnership-kit/core/rules    the guide's rules and answers: lint, progress, schedules, dates…
//   @partnership-kit/core/editing  reducers for the whole document and its parts, undo history
//   @partnership-kit/core/issues   issues as sentences, in French and English
//   @partnership-kit/core/format   messages with plurals, amounts, dates and numbers in words, typography
// Every export is named here on purpose: what is not listed is internal.

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
export type { ClientHandover, Dissolution } from './dissolution/dissolution.schema';
export {
  ClientHandoverSchema,
  DISSOLUTION_PATHS,
  DISSOLUTION_REASONS,
  DissolutionSchema,
} from './dissolution/dissolution.schema';
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
export type { Issue, IssueParams, IssuePath, IssueSeverity } from './issues/issue';
export { countIssues, hasErrors } from './issues/issue';
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
export type { ClientPathway, PathwayPhase } from './pathway/pathway.schema';
export { ClientPathwaySchema, PathwayPhaseSchema } from './pathway/pathway.schema';
export type { RaciLetters, RaciMatrix, RaciTask, Role } from './raci/raci.schema';
export {
  MAX_RACI_LABEL_LENGTH,
  RACI_STATUSES,
  RaciLettersSchema,
  RaciMatrixSchema,
  RaciTaskSchema,
  RoleSchema,
} from './raci/raci.schema';
export { raciCell, raciRow, taskCell } from './raci/raci-cells';
export type { RaciLetter } from './raci/raci-letter.schema';
export { RACI_LETTERS, RaciLetterSchema } from './raci/raci-letter.schema';
export { formatRaciLetters, parseRaciLetters, sortRaciLetters } from './raci/raci-letters';
export type { ReviewRecord } from './review/review.schema';
export { REVIEW_ANSWERS, ReviewRecordSchema } from './review/review.schema';
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
