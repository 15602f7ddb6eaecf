// @partnership-kit/core/raci — the RACI matrix (RACI-1..8): create, edit (reducer with undo),
// check the guide's rules, sum up who does what, move in a grid, CSV in and out.

export type { RaciMatrixInit, RaciTaskInit } from './raci/raci.create';
export { createRaciMatrix } from './raci/raci.create';
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
export type {
  RaciCounts,
  RaciOrganizationSummary,
  RaciRoleSummary,
  RaciSummary,
} from './raci/raci.summary';
export { createRaciSummarizer, summarizeRaci } from './raci/raci.summary';
