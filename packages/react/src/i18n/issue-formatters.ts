import { ACTION_ISSUE_MESSAGES, createIssueFormatter } from '@partnership-kit/core/issues';

/**
 * Words the refusals of core's reducers (`ACTION_*`) only: components whose issues are nothing
 * else (the SWOT grid, worksheets) ship that wording and not the whole library's.
 */
export const formatActionIssue = /* @__PURE__ */ createIssueFormatter(ACTION_ISSUE_MESSAGES);
