// @partnership-kit/templates/samples — complete partnerships for tests, Storybook and demos:
// two case studies written in French and English, and a small one written in English only.
export { caseStudy1 } from './samples/case-study-1';
export { caseStudy2 } from './samples/case-study-2';
export { oneLanguageSample } from './samples/one-language';
