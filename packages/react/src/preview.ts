'use client';

// @partnership-kit/react/preview — the MOU or partnership agreement as real text, in French,
// English or both side by side, with its exports.

export type {
  AgreementPreviewProps,
  DocxRenderer,
  PdfRenderer,
} from './agreement-preview/AgreementPreview';
export { AgreementPreview } from './agreement-preview/AgreementPreview';
export type { DocumentViewProps } from './agreement-preview/DocumentView';
export { DocumentView } from './agreement-preview/DocumentView';
