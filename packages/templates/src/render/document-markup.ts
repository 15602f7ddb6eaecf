import type { DocSection, DocumentLanguage } from '../document/document.types';

/** The words of a page number, « Page 2 de 5 » / "Page 2 of 5", in each language. */
export const PAGE_LABELS: Readonly<Record<DocumentLanguage, readonly [string, string]>> = {
  fr: ['Page', 'de'],
  en: ['Page', 'of'],
};

/**
 * Whether a section's language parts sit side by side or one above the other: a part that
 * holds a table (an annex) needs the full width, so its section stacks.
 */
export function sectionLayout(section: DocSection): 'columns' | 'stacked' {
  return section.parts.some((part) => part.blocks.some((block) => block.kind === 'table'))
    ? 'stacked'
    : 'columns';
}

/**
 * The `data-*` attributes of a section's element, the same in the HTML export and the React
 * preview (one markup vocabulary, one stylesheet): its id, its role (`annex`, `signatures`) and,
 * in a two-language document, `data-bilingual` with the layout of its parts.
 *
 * @example
 * ```ts
 * sectionAttributes(doc.sections[0]); // { 'data-section': 'parties', 'data-bilingual': '', 'data-layout': 'columns' }
 * ```
 */
export function sectionAttributes(section: DocSection): Readonly<Record<string, string>> {
  return {
    'data-section': section.id,
    ...(section.role ? { 'data-role': section.role } : {}),
    ...(section.parts.length > 1
      ? { 'data-bilingual': '', 'data-layout': sectionLayout(section) }
      : {}),
  };
}
