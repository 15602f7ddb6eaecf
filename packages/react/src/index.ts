'use client';

// @partnership-kit/react — the provider, the fields and hooks every component shares, and the
// grids and forms: RaciMatrix (with its legend), FfpmGrid, WorksheetForm. The rest is in subpath
// entries, so that a portal ships only what it uses:
//   @partnership-kit/react/guide      advisor, establishment progress, issues, schedule, review, dissolution
//   @partnership-kit/react/preview    AgreementPreview and DocumentView (the MOU or agreement)
//   @partnership-kit/react/editors    an editor for every part of the partnership, and their building blocks
//   @partnership-kit/react/workspace  PartnershipWorkspace: the whole guide, step by step
//   @partnership-kit/react/messages   every built-in string, by key (REACT_MESSAGES)

export type { FfpmGridProps } from './ffpm-grid/FfpmGrid';
export { FfpmGrid } from './ffpm-grid/FfpmGrid';
export type { FfpmItemValues, UseFfpmGridOptions } from './ffpm-grid/useFfpmGrid';
export { useFfpmGrid } from './ffpm-grid/useFfpmGrid';
export type { BilingualTextFieldProps, RequestTranslation } from './fields/BilingualTextField';
export { BilingualTextField } from './fields/BilingualTextField';
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
export type { MessageOptions, Translate } from './i18n/useMessages';
export { useContentLanguages, useFormatIssue, useLocale, useMessages } from './i18n/useMessages';
export type { RaciLegendProps } from './raci-legend/RaciLegend';
export { RaciLegend } from './raci-legend/RaciLegend';
export type { RaciLegendDialogProps } from './raci-legend/RaciLegendDialog';
export { RaciLegendDialog } from './raci-legend/RaciLegendDialog';
export type { RaciMatrixProps } from './raci-matrix/RaciMatrix';
export { RaciMatrix } from './raci-matrix/RaciMatrix';
export type { RaciGetters, RaciRowState } from './raci-matrix/raci-matrix.getters';
export type { RaciEditor, RaciMenu, UseRaciMatrixOptions } from './raci-matrix/useRaciMatrix';
export { useRaciMatrix } from './raci-matrix/useRaciMatrix';
export type {
  UseWorksheetFormOptions,
  WorksheetFieldError,
} from './worksheet-form/useWorksheetForm';
export { useWorksheetForm } from './worksheet-form/useWorksheetForm';
export type { WorksheetFormProps } from './worksheet-form/WorksheetForm';
export { WorksheetForm } from './worksheet-form/WorksheetForm';
export type { WorksheetDraftStorage } from './worksheet-form/worksheet-draft';
