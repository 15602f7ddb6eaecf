'use client';

// @partnership-kit/react/editors — an editor for each part of the partnership (organizations,
// purpose and scope, resources, pathway, working group, agreement terms, signatures, meetings),
// each on its slice or on the whole document, and the blocks they are built from.

export type { AgreementTermsFormProps } from './agreement-terms/AgreementTermsForm';
export { AgreementTermsForm } from './agreement-terms/AgreementTermsForm';
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
export type { ConfirmDialogProps } from './fields/ConfirmDialog';
export { ConfirmDialog } from './fields/ConfirmDialog';
export type { MeetingLogProps } from './meeting-log/MeetingLog';
export { MeetingLog } from './meeting-log/MeetingLog';
export type { OrganizationsEditorProps } from './organizations/OrganizationsEditor';
export { OrganizationsEditor } from './organizations/OrganizationsEditor';
export type { PathwayEditorProps } from './pathway/PathwayEditor';
export { PathwayEditor } from './pathway/PathwayEditor';
export type { PurposeScopeFormProps } from './purpose-scope/PurposeScopeForm';
export { PurposeScopeForm } from './purpose-scope/PurposeScopeForm';
export type { PurposeScope } from './purpose-scope/purpose-scope.keys';
export { PURPOSE_SCOPE_KEYS } from './purpose-scope/purpose-scope.keys';
export type { ResourcesEditorProps } from './resources/ResourcesEditor';
export { ResourcesEditor } from './resources/ResourcesEditor';
export type { ResourcesValue } from './resources/resources.keys';
export { RESOURCES_KEYS } from './resources/resources.keys';
export type { SignatureState } from './signatures/agreement-signed';
export { signatureState } from './signatures/agreement-signed';
export type { SignaturesPanelProps } from './signatures/SignaturesPanel';
export { SignaturesPanel } from './signatures/SignaturesPanel';
export type { WorkingGroupEditorProps } from './working-group/WorkingGroupEditor';
export { WorkingGroupEditor } from './working-group/WorkingGroupEditor';
