// @partnership-kit/react/messages — every built-in string of the components, by key, in French
// and English: the keys a provider's `messages` can reword.

export type { MessageKey } from './i18n/react-messages';
export { REACT_MESSAGES } from './i18n/react-messages';
