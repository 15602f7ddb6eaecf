import { PREVIEW_MESSAGES } from '../agreement-preview/preview.messages';
import { AGREEMENT_TERMS_MESSAGES } from '../agreement-terms/agreement-terms.messages';
import { FFPM_MESSAGES } from '../ffpm-grid/ffpm.messages';
import { GUIDE_MESSAGES } from '../guide/guide.messages';
import { MEETING_LOG_MESSAGES } from '../meeting-log/meeting-log.messages';
import { ORGANIZATIONS_MESSAGES } from '../organizations/organizations.messages';
import { PATHWAY_MESSAGES } from '../pathway/pathway.messages';
import { PURPOSE_SCOPE_MESSAGES } from '../purpose-scope/purpose-scope.messages';
import { RACI_MESSAGES } from '../raci-matrix/raci.messages';
import { RACI_DIALOG_MESSAGES } from '../raci-matrix/raci-dialog.messages';
import { RESOURCES_MESSAGES } from '../resources/resources.messages';
import { SIGNATURES_MESSAGES } from '../signatures/signatures.messages';
import { WORKING_GROUP_MESSAGES } from '../working-group/working-group.messages';
import { WORKSHEET_MESSAGES } from '../worksheet-form/worksheet.messages';
import { WORKSPACE_MESSAGES } from '../workspace/workspace.messages';
import { COMMON_MESSAGES } from './messages';

/**
 * Every built-in string of the components, by key, in French and English — the keys that
 * `PartnershipKitProvider`'s `messages` (and each component's `messages`) can reword. Each
 * component ships only its own table; importing this one brings them all.
 */
export const REACT_MESSAGES = /* @__PURE__ */ (() => ({
  ...COMMON_MESSAGES,
  ...RACI_MESSAGES,
  ...RACI_DIALOG_MESSAGES,
  ...FFPM_MESSAGES,
  ...WORKSHEET_MESSAGES,
  ...GUIDE_MESSAGES,
  ...PREVIEW_MESSAGES,
  ...WORKING_GROUP_MESSAGES,
  ...WORKSPACE_MESSAGES,
  ...ORGANIZATIONS_MESSAGES,
  ...PURPOSE_SCOPE_MESSAGES,
  ...RESOURCES_MESSAGES,
  ...PATHWAY_MESSAGES,
  ...AGREEMENT_TERMS_MESSAGES,
  ...SIGNATURES_MESSAGES,
  ...MEETING_LOG_MESSAGES,
}))();

/** The key of a built-in string. */
export type MessageKey = keyof typeof REACT_MESSAGES;
