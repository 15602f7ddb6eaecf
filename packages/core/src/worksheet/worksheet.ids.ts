/**
 * Ids of the guide's worksheets, shared by the saved responses (core) and the worksheet content
 * (`@partnership-kit/templates`), so that rules can look for a specific answer.
 */
export const WORKSHEET_IDS = {
  /** WS-SELF: the organizational self-reflection worksheet (ten questions). */
  selfReflection: 'self-reflection',
  /** WS-TALK: the partnership questions, a conversation guide (six sections). */
  conversationGuide: 'conversation-guide',
} as const;

/** WS-SELF question 10: "Is our leadership aware that we intend to work with another organization?" */
export const LEADERSHIP_AWARE_QUESTION_ID = 'leadership-aware';
