'use client';

export type { AgreementAdvisorProps } from './agreement-advisor/AgreementAdvisor';
export { AgreementAdvisor } from './agreement-advisor/AgreementAdvisor';
export type {
  AgreementPreviewProps,
  DocxRenderer,
  PdfRenderer,
} from './agreement-preview/AgreementPreview';
export { AgreementPreview } from './agreement-preview/AgreementPreview';
export type { DocumentViewProps } from './agreement-preview/DocumentView';
export { DocumentView } from './agreement-preview/DocumentView';
export type { AgreementTermsFormProps } from './agreement-terms/AgreementTermsForm';
export { AgreementTermsForm } from './agreement-terms/AgreementTermsForm';
export type { DissolutionChecklistProps } from './dissolution-checklist/DissolutionChecklist';
export { DissolutionChecklist } from './dissolution-checklist/DissolutionChecklist';
export type {
  ChoiceGroupProps,
  FieldOption,
  SelectFieldProps,
  TextInputFieldProps,
} from './editors/EditorFields';
export { ChoiceGroup, SelectField, TextInputField } from './editors/EditorFields';
export { EDITOR_COVERAGE } from './editors/editor-coverage';
export { editPathOf, fieldId } from './editors/field-ids';
export type { EditorChecks, EditorChecksOptions, FieldMessage } from './editors/useEditorChecks';
export { useEditorChecks } from './editors/useEditorChecks';
export type { ListEditorOptions } from './editors/useListEditor';
export { useListEditor } from './editors/useListEditor';
export type { PartnershipFields, PartnershipFieldsProps } from './editors/usePartnershipFields';
export { usePartnershipFields } from './editors/usePartnershipFields';
export type { PartnershipSliceKey, PartnershipSliceProps } from './editors/usePartnershipSlice';
export { usePartnershipSlice } from './editors/usePartnershipSlice';
export type { SliceIssue } from './editors/useSliceIssues';
export { issuesOf, useSliceIssues } from './editors/useSliceIssues';
export type { EstablishmentProgressProps } from './establishment-progress/EstablishmentProgress';
export { EstablishmentProgress } from './establishment-progress/EstablishmentProgress';
export type { FfpmGridProps } from './ffpm-grid/FfpmGrid';
export { FfpmGrid } from './ffpm-grid/FfpmGrid';
export type { FfpmItemValues, UseFfpmGridOptions } from './ffpm-grid/useFfpmGrid';
export { useFfpmGrid } from './ffpm-grid/useFfpmGrid';
export type { BilingualTextFieldProps, RequestTranslation } from './fields/BilingualTextField';
export { BilingualTextField } from './fields/BilingualTextField';
export type { ConfirmDialogProps } from './fields/ConfirmDialog';
export { ConfirmDialog } from './fields/ConfirmDialog';
export type { DateFieldProps } from './fields/DateField';
export { DateField } from './fields/DateField';
export type { ErrorSummaryEntry, ErrorSummaryProps } from './fields/ErrorSummary';
export { ErrorSummary } from './fields/ErrorSummary';
export type { MenuButtonItem, MenuButtonProps } from './fields/MenuButton';
export { MenuButton } from './fields/MenuButton';
export type { ControllableReducerOptions } from './hooks/useControllableReducer';
export { useControllableReducer } from './hooks/useControllableReducer';
export type { ControllableStateOptions } from './hooks/useControllableState';
export { useControllableState } from './hooks/useControllableState';
export type { MessageOverrides, MessageTable } from './i18n/messages';
export { defineMessages } from './i18n/messages';
export type { PartnershipKitProviderProps } from './i18n/PartnershipKitProvider';
export { PartnershipKitProvider } from './i18n/PartnershipKitProvider';
export type { MessageKey } from './i18n/react-messages';
export { REACT_MESSAGES } from './i18n/react-messages';
export type { MessageOptions, Translate } from './i18n/useMessages';
export { useContentLanguages, useFormatIssue, useLocale, useMessages } from './i18n/useMessages';
export type { MeetingLogProps } from './meeting-log/MeetingLog';
export { MeetingLog } from './meeting-log/MeetingLog';
export type { OrganizationsEditorProps } from './organizations/OrganizationsEditor';
export { OrganizationsEditor } from './organizations/OrganizationsEditor';
export type { IssueListProps } from './partnership-issues/IssueList';
export { IssueList } from './partnership-issues/IssueList';
export type { PartnershipIssuesProps } from './partnership-issues/PartnershipIssues';
export { PartnershipIssues } from './partnership-issues/PartnershipIssues';
export type { PathwayEditorProps } from './pathway/PathwayEditor';
export { PathwayEditor } from './pathway/PathwayEditor';
export type { PurposeScopeFormProps } from './purpose-scope/PurposeScopeForm';
export { PurposeScopeForm } from './purpose-scope/PurposeScopeForm';
export type { PurposeScope } from './purpose-scope/purpose-scope.keys';
export { PURPOSE_SCOPE_KEYS } from './purpose-scope/purpose-scope.keys';
export type { RaciLegendProps } from './raci-legend/RaciLegend';
export { RaciLegend } from './raci-legend/RaciLegend';
export type { RaciLegendDialogProps } from './raci-legend/RaciLegendDialog';
export { RaciLegendDialog } from './raci-legend/RaciLegendDialog';
export type { RaciMatrixProps } from './raci-matrix/RaciMatrix';
export { RaciMatrix } from './raci-matrix/RaciMatrix';
export type { RaciGetters, RaciRowState } from './raci-matrix/raci-matrix.getters';
export type { RaciEditor, RaciMenu, UseRaciMatrixOptions } from './raci-matrix/useRaciMatrix';
export { useRaciMatrix } from './raci-matrix/useRaciMatrix';
export type { ResourcesEditorProps } from './resources/ResourcesEditor';
export { ResourcesEditor } from './resources/ResourcesEditor';
export type { ResourcesValue } from './resources/resources.keys';
export { RESOURCES_KEYS } from './resources/resources.keys';
export type { ReviewChecklistProps } from './review-checklist/ReviewChecklist';
export { ReviewChecklist } from './review-checklist/ReviewChecklist';
export type { ReviewScheduleProps } from './review-schedule/ReviewSchedule';
export { ReviewSchedule } from './review-schedule/ReviewSchedule';
export type { SignatureState } from './signatures/agreement-signed';
export { signatureState } from './signatures/agreement-signed';
export type { SignaturesPanelProps } from './signatures/SignaturesPanel';
export { SignaturesPanel } from './signatures/SignaturesPanel';
export type { WorkingGroupEditorProps } from './working-group/WorkingGroupEditor';
export { WorkingGroupEditor } from './working-group/WorkingGroupEditor';
export type {
  UseWorksheetFormOptions,
  WorksheetFieldError,
} from './worksheet-form/useWorksheetForm';
export { useWorksheetForm } from './worksheet-form/useWorksheetForm';
export type { WorksheetFormProps } from './worksheet-form/WorksheetForm';
export { WorksheetForm } from './worksheet-form/WorksheetForm';
export type { WorksheetDraftStorage } from './worksheet-form/worksheet-draft';
export type { PartnershipWorkspaceProps } from './workspace/PartnershipWorkspace';
export { PartnershipWorkspace } from './workspace/PartnershipWorkspace';
export type { UsePartnershipWorkspaceOptions } from './workspace/usePartnershipWorkspace';
export { usePartnershipWorkspace } from './workspace/usePartnershipWorkspace';
export type { WorkspaceView } from './workspace/workspace.steps';
export { missingFieldPath, viewOfPath, WORKSPACE_VIEWS } from './workspace/workspace.steps';
