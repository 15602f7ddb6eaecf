// @partnership-kit/templates/docx — a separate entry, so that only apps that import it pay for
// the `docx` package.
export { renderDocx, renderDocxBlob } from './docx/render-docx';
