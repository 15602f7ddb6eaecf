import type {
  ActionResult,
  Issue,
  Language,
  Partnership,
  WorkingGroupMember,
} from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';
import { fieldId } from '../editors/field-ids';
import type { EditorFeedback } from '../editors/useEditorFeedback';
import type { SliceIssue } from '../editors/useSliceIssues';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { MeetingLogTranslate } from './meeting-log.messages';

/** What every part of the meeting log works with. */
export interface MeetingContext {
  readonly partnership: Partnership;
  /** Actions with paths relative to `meetings`; refusals are shown by `feedback`. */
  readonly dispatch: (action: PartnershipAction) => ActionResult<Partnership>;
  readonly feedback: EditorFeedback;
  readonly issues: readonly SliceIssue[];
  readonly readOnly: boolean;
  readonly t: MeetingLogTranslate;
  readonly lang: Language;
  readonly announce: (text: string) => void;
  readonly format: (issue: Issue) => string;
}

/** A working-group member as attendee lists and owner menus name them: name, else title. */
export function memberName(member: WorkingGroupMember, lang: Language, untitled: string): string {
  return member.name?.trim() || shown(member.title, lang, untitled).text;
}

/** The DOM id of the control of a meeting's field (`recordPath('m-1', 'date')`). */
export const recordPath = (id: string, ...rest: (string | { id: string })[]) =>
  fieldId(['meetings', 'records', { id }, ...rest]);

/** The id of a meeting's first field (its date), where focus goes when it is added. */
export const meetingFirstField = (id: string) => recordPath(id, 'date');

/** The path of an action item, from the document's root. */
export const actionItemPath = (meetingId: string, itemId: string) =>
  ['meetings', 'records', { id: meetingId }, 'actionItems', { id: itemId }] as const;
