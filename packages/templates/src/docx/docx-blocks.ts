import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LeaderType,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type {
  DocBlock,
  DocColumnAlign,
  DocContent,
  DocInline,
  DocSignatory,
  DocSignatureLine,
  DocumentLanguage,
  DocVariants,
} from '../document/document.types';
import { inlineText, languageTag } from '../render/clean-text';
import { columnWidths } from './column-widths';

/** A paragraph or a table: what a Word body or a table cell holds. */
export type Child = Paragraph | Table;

/** Run formatting a block asks for. */
interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Font size in points; the document default (11 pt) when absent. */
  readonly sizePt?: number;
}

/** Left and right margin of every table cell, in twips (0.06 in). */
export const CELL_MARGIN = 86;

/** Runs for one inline; line breaks inside a value become Word line breaks. */
export function runs(item: DocInline, lang: DocumentLanguage, style: RunStyle = {}): TextRun[] {
  // A value standing in for a missing translation is spell-checked in its own language.
  const language = { value: languageTag(item.kind === 'field' && item.lang ? item.lang : lang) };
  const missing = item.kind === 'field' && item.value === undefined;
  // docx escapes XML itself; inlineText removes what XML cannot hold at all (NUL, U+FFFF…).
  return inlineText(item)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          language,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italics ? { italics: true } : {}),
          ...(style.sizePt ? { size: style.sizePt * 2 } : {}),
          break: i > 0 ? 1 : 0,
          ...(missing ? { highlight: 'yellow' as const } : {}),
        }),
    );
}

const contentRuns = (content: DocContent, lang: DocumentLanguage, style: RunStyle = {}) =>
  content.flatMap((item) => runs(item, lang, style));

/** Variants one after the other, " / " between them, each run in its own language. */
export function variantRuns(variants: DocVariants, style: RunStyle = {}): TextRun[] {
  return variants.flatMap((v, i) => [
    ...(i > 0 ? [new TextRun({ text: ' / ', ...(style.bold ? { bold: true } : {}) })] : []),
    ...contentRuns(v.content, v.lang, style),
  ]);
}

const paragraph = (
  content: DocContent,
  lang: DocumentLanguage,
  extra: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'> = {},
  style: RunStyle = {},
) => new Paragraph({ ...extra, children: contentRuns(content, lang, style) });

const ALIGNMENT = /* @__PURE__ */ (() =>
  ({
    start: AlignmentType.START,
    center: AlignmentType.CENTER,
    end: AlignmentType.END,
  }) as const satisfies Record<DocColumnAlign, unknown>)();

const HEADER_SHADING = /* @__PURE__ */ (() =>
  ({ type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' }) as const)();

/**
 * A table sized from its content (Letter width, columns never narrower than their longest
 * word), its header row repeated on each page, rows that never split. `fits` is false when even
 * that cannot hold every word: the caller then gives it a landscape page.
 */
export function table(
  item: Extract<DocBlock, { kind: 'table' }>,
  lang: DocumentLanguage,
  available: number,
): { readonly table: Table; readonly fits: boolean } {
  const sizePt = item.role === 'raci' ? 9 : 10;
  const text = (cell: DocContent) => cell.map(inlineText).join('');
  const layout = columnWidths(
    item.header.map((header, i) => ({
      header: text(header),
      cells: item.rows.map((row) => text(row[i] ?? [])),
      // A RACI role column holds letters: its title wraps, the task gets the room.
      grow: !(item.role === 'raci' && item.align?.[i] === 'center'),
    })),
    { available, sizePt, padding: 2 * CELL_MARGIN },
  );
  const cell = (content: DocContent, i: number, header: boolean) =>
    new TableCell({
      width: { size: layout.widths[i] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: HEADER_SHADING } : {}),
      children: [
        paragraph(
          content,
          lang,
          { alignment: ALIGNMENT[item.align?.[i] ?? 'start'], spacing: { after: 0 } },
          { bold: header, sizePt },
        ),
      ],
    });
  const rows = [
    // The header row repeats at the top of every page the table spans.
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: item.header.map((c, i) => cell(c, i, true)),
    }),
    ...item.rows.map(
      (row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) }),
    ),
  ];
  return {
    table: new Table({
      layout: TableLayoutType.FIXED,
      columnWidths: layout.widths,
      width: { size: layout.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
      rows,
    }),
    fits: layout.fits,
  };
}

/**
 * A block as Word paragraphs and tables. `available` is the width it may take, in twips;
 * `fits` is false when a table in it needs more than that to keep its words whole.
 */
export function blockChildren(
  item: DocBlock,
  lang: DocumentLanguage,
  available: number,
  options: { readonly keepNext?: boolean } = {},
): { readonly children: Child[]; readonly fits: boolean } {
  // Kept with what follows: the words that introduce a table or the signature block.
  const keep = options.keepNext ? { keepNext: true } : {};
  switch (item.kind) {
    case 'heading':
      return {
        children: [
          paragraph(item.content, lang, {
            heading: item.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          }),
        ],
        fits: true,
      };
    case 'paragraph':
      return {
        children: [
          item.guidance
            ? paragraph(item.content, lang, { style: 'Guidance', ...keep }, { italics: true })
            : paragraph(item.content, lang, keep),
        ],
        fits: true,
      };
    case 'list':
      return {
        children: item.items.map((entry) =>
          paragraph(entry, lang, { bullet: { level: 0 }, style: 'ListParagraph', ...keep }),
        ),
        fits: true,
      };
    case 'table': {
      const built = table(item, lang, available);
      // An empty paragraph after a table keeps the next table from merging into it.
      return { children: [built.table, new Paragraph({ children: [] })], fits: built.fits };
    }
    case 'signatures':
      return { children: [signatureTable(item, lang, available)], fits: true };
  }
}

const NONE = /* @__PURE__ */ (() =>
  ({ style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }) as const)();
/** No border anywhere: the layout tables of side-by-side parts and signature blocks. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

function signatureLineParagraph(line: DocSignatureLine, width: number): Paragraph {
  const children = [
    ...line.segments.flatMap((segment) => variantRuns(segment)),
    ...(line.rule ? [new TextRun({ children: [new Tab()] })] : []),
  ];
  return new Paragraph({
    keepLines: true,
    // Room above the line to sign on.
    spacing: { before: line.rule ? 480 : 40, after: 0 },
    ...(line.rule
      ? { tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.UNDERSCORE }] }
      : {}),
    children,
  });
}

const signatoryCell = (signatory: DocSignatory | undefined, width: number) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    children: signatory
      ? signatory.lines.map((line) => signatureLineParagraph(line, width - 2 * CELL_MARGIN - 200))
      : [new Paragraph({ children: [] })],
  });

/**
 * The signature block as one borderless table: per organization, a row with its name (and
 * "by its authorized signatories"), then its signatories two by two, as Resource 6 lays them
 * out. No row splits; each organization's rows are kept on one page, and a small block (four
 * signatories or fewer) is kept on one page whole.
 */
function signatureTable(
  item: Extract<DocBlock, { kind: 'signatures' }>,
  lang: DocumentLanguage,
  available: number,
): Table {
  const half = Math.floor(available / 2);
  const count = item.groups.reduce((sum, g) => sum + g.signatories.length, 0);
  const keepWhole = count <= 4;
  const rows: TableRow[] = [];
  item.groups.forEach((group, g) => {
    const lastGroup = g === item.groups.length - 1;
    const pairs: (DocSignatory | undefined)[][] = [];
    for (let i = 0; i < group.signatories.length; i += 2) {
      pairs.push([group.signatories[i], group.signatories[i + 1]]);
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          new TableCell({
            columnSpan: 2,
            borders: NO_BORDERS,
            children: [
              paragraph(
                group.organization,
                lang,
                { spacing: { before: 360, after: 0 } },
                { bold: true },
              ),
              ...(group.byline
                ? [new Paragraph({ spacing: { after: 0 }, children: variantRuns(group.byline) })]
                : []),
            ],
          }),
        ],
      }),
    );
    pairs.forEach((pair, p) => {
      const lastRow = p === pairs.length - 1;
      rows.push(
        new TableRow({
          cantSplit: true,
          keepNext: !lastRow || (keepWhole && !lastGroup),
          children: pair.map((s) => signatoryCell(s, half)),
        }),
      );
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: [half, half],
    width: { size: half * 2, type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    rows,
  });
}
