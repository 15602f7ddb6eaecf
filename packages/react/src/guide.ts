'use client';

// @partnership-kit/react/guide — the guide's questions answered from a partnership: MOU or
// agreement, establishment progress, what needs attention, the review calendar and checklist,
// and the dissolution.

export type { AgreementAdvisorProps } from './agreement-advisor/AgreementAdvisor';
export { AgreementAdvisor } from './agreement-advisor/AgreementAdvisor';
export type { DissolutionChecklistProps } from './dissolution-checklist/DissolutionChecklist';
export { DissolutionChecklist } from './dissolution-checklist/DissolutionChecklist';
export type { EstablishmentProgressProps } from './establishment-progress/EstablishmentProgress';
export { EstablishmentProgress } from './establishment-progress/EstablishmentProgress';
export type { IssueListProps } from './partnership-issues/IssueList';
export { IssueList } from './partnership-issues/IssueList';
export type { PartnershipIssuesProps } from './partnership-issues/PartnershipIssues';
export { PartnershipIssues } from './partnership-issues/PartnershipIssues';
export type { ReviewChecklistProps } from './review-checklist/ReviewChecklist';
export { ReviewChecklist } from './review-checklist/ReviewChecklist';
export type { ReviewScheduleProps } from './review-schedule/ReviewSchedule';
export { ReviewSchedule } from './review-schedule/ReviewSchedule';
