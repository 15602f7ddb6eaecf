/**
 * What each editor of the kit edits, as document paths (`*` for any item of a list, `fr`/`en`
 * sides left out). A test reads every value a template prints and fails when none of these
 * covers it: a new field that reaches a document without an editor is caught. Each editor adds
 * its entry here when it is written.
 */
export const EDITOR_COVERAGE: Readonly<Record<string, readonly string[]>> = {
  RaciMatrix: ['raci', 'raci.*'],
  FfpmGrid: ['swot', 'swot.*'],
  WorksheetForm: ['worksheets', 'worksheets.*'],
  ReviewChecklist: ['reviews', 'reviews.*'],
  DissolutionChecklist: ['dissolution', 'dissolution.*'],
  WorkingGroupEditor: [
    'workingGroup',
    'workingGroup.*.title',
    'workingGroup.*.name',
    'workingGroup.*.organizationId',
    'workingGroup.*.email',
  ],
  AgreementTermsForm: [
    'agreement',
    'agreement.kind',
    'agreement.effectiveOn',
    'agreement.termYears',
    'agreement.noticeDays',
    'agreement.renewal',
    'agreement.lawyerReviewed',
    'agreement.clauses',
    'agreement.clauses.*',
    'agreement.provisions',
    'agreement.provisions.*.organizationId',
    'agreement.provisions.*.kind',
    'agreement.provisions.*.what',
    'agreement.provisions.*.byWhom',
    'agreement.provisions.*.toWhom',
    'agreement.provisions.*.when',
    'agreement.governance',
    'agreement.governance.members',
    'agreement.governance.members.*.title',
    'agreement.governance.members.*.name',
    'agreement.governance.members.*.organizationId',
    'agreement.governance.chairMemberId',
    'agreement.governance.termsOfReference',
    'agreement.annexes',
    'agreement.annexes.workPlan',
    'agreement.annexes.evaluationPlan',
  ],
  SignaturesPanel: [
    'agreement.signatories',
    'agreement.signatories.*.organizationId',
    'agreement.signatories.*.name',
    'agreement.signatories.*.title',
    'agreement.signatories.*.signedOn',
  ],
};
