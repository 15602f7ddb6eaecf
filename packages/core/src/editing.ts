// @partnership-kit/core/editing — reducers for the whole partnership and its parts, each refusing
// what would not load again, and a generic undo history.

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
export type { DissolutionAction } from './dissolution/dissolution.reducer';
export { applyDissolutionAction, dissolutionReducer } from './dissolution/dissolution.reducer';
export type { ReferenceKind } from './partnership/partnership.cascade';
export { referencesTo } from './partnership/partnership.cascade';
export type { EditPath, PartnershipAction } from './partnership/partnership.reducer';
export { applyPartnershipAction, partnershipReducer } from './partnership/partnership.reducer';
export type { ReviewAction } from './review/review.reducer';
export { applyReviewAction, reviewReducer } from './review/review.reducer';
export type { SwotAction } from './swot/swot.reducer';
export { applySwotAction, findSwotItem, swotReducer } from './swot/swot.reducer';
export type { WorksheetAction } from './worksheet/worksheet.reducer';
export { applyWorksheetAction, worksheetReducer } from './worksheet/worksheet.reducer';
