// @partnership-kit/templates/samples — two complete partnerships for tests, Storybook and demos.
export { caseStudy1 } from './samples/case-study-1';
export { caseStudy2 } from './samples/case-study-2';
