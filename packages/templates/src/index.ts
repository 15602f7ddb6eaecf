// @partnership-kit/templates — French and English content, document templates and renderers.
// DOCX rendering lives in '@partnership-kit/templates/docx'; samples in '…/samples'.

export { CONVERSATION_GUIDE_WORKSHEET } from './content/conversation-guide.worksheet';
export type { RaciPresetRole, RaciPresetTask } from './content/raci.presets';
export { RACI_PRESET_ROLES, RACI_PRESET_TASKS, raciPresetMatrix } from './content/raci.presets';
export { SELF_REFLECTION_WORKSHEET } from './content/self-reflection.worksheet';
export { SWOT_WORKSHEET } from './content/swot.worksheet';
export type { Worksheet, WorksheetQuestion, WorksheetSection } from './content/worksheet.types';
export { AGREEMENT_TEMPLATE } from './document/agreement.template';
export type { BuildDocumentOptions, DocumentTemplateId } from './document/build-document';
export { buildDocument, DOCUMENT_TEMPLATES, missingFields } from './document/build-document';
export type {
  DocBlock,
  DocColumnAlign,
  DocContent,
  DocInline,
  DocPart,
  DocSection,
  DocSignatory,
  DocSignatureGroup,
  DocSignatureLine,
  DocumentLanguage,
  DocumentLocale,
  DocVariant,
  DocVariants,
  MissingField,
  PartnershipDocument,
} from './document/document.types';
export type { FieldContext, FieldDefinition, FieldId, FieldValue } from './document/fields';
export { FIELDS } from './document/fields';
export { MOU_TEMPLATE } from './document/mou.template';
export type {
  AnnexId,
  DocumentTemplate,
  TemplateBlock,
  TemplateInline,
  TemplateSection,
} from './document/template.types';
export type { RaciLegendEntry } from './raci/raci-legend';
export { raciLegend } from './raci/raci-legend';
export type { RaciLetterContent } from './raci/raci-legend.content';
export { RACI_LEGEND } from './raci/raci-legend.content';
export { cleanText, contentText } from './render/clean-text';
export { PAGE_LABELS, sectionAttributes, sectionLayout } from './render/document-markup';
export { DOCUMENT_CSS } from './render/document-styles';
export type { RenderHtmlOptions } from './render/render-html';
export { renderDocumentArticle, renderHtml } from './render/render-html';
export { renderMarkdown } from './render/render-markdown';
export { renderText } from './render/render-text';
