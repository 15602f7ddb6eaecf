import type { IStylesOptions } from 'docx';

// The look of the Word documents: Arial 11 pt (LibreOffice substitutes the metric-compatible
// Liberation Sans), bold headings with space above and kept with the text that follows, a
// centred title block, guidance in grey italics. Sizes are in half-points, spacing in twips.

const FONT = 'Arial';

/**
 * The document's styles, its default language set to the first language of the document.
 *
 * @example
 * ```ts
 * new Document({ styles: WORD_STYLES('fr-CA'), sections });
 * ```
 */
export const WORD_STYLES = (language: string): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: language } },
      paragraph: { spacing: { after: 120, line: 264 } },
    },
    title: {
      run: { font: FONT, size: 36, bold: true, color: '000000' },
      paragraph: { alignment: 'center', spacing: { after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 22, bold: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    listParagraph: {
      paragraph: { spacing: { after: 80 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: 26, bold: true },
      paragraph: { alignment: 'center', spacing: { after: 480 } },
    },
    {
      id: 'Guidance',
      name: 'Guidance',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: '4A4A4A' },
      paragraph: { indent: { left: 240 } },
    },
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { size: 18, color: '333333' },
      paragraph: { spacing: { after: 0 } },
    },
  ],
});
