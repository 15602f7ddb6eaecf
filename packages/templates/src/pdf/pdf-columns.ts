import type { DocPart, DocSection } from '../document/document.types';
import {
  AFTER_LIST,
  blockHeight,
  itemHeight,
  keepsNext,
  openList,
  writeBlock,
  writeListItem,
} from './pdf-blocks';
import { area, ensureSpace, pageHeight, withOverflowRoom } from './pdf-page';
import { element, type PdfContext, type StructElement, type TextBox } from './pdf-text';

// Parallel columns: the two languages of a section side by side, aligned block by block, as
// Canadian bilingual documents print them (and the Word export lays them out).

/** The space between the two language columns (0.3 in). */
export const GUTTER = 21.6;

/**
 * A row of side-by-side parts: the blocks at one index, or one item of the lists at that index
 * (a list's items are rows of their own, so that a long list can go on on the next page).
 */
export interface Row {
  readonly index: number;
  readonly item?: number;
  readonly height: number;
  /** Stays on the page of the next row (a heading, the words before a list). */
  readonly keepsNext: boolean;
}

export function columnRows(ctx: PdfContext, section: DocSection, width: number): Row[] {
  const { parts } = section;
  const count = Math.max(...parts.map((p) => p.blocks.length));
  const rows: Row[] = [];
  for (let index = 0; index < count; index += 1) {
    const blocks = parts.map((p) => p.blocks[index]);
    const keeps = parts.some((p) => keepsNext(p.blocks[index], p.blocks[index + 1]));
    const lists = blocks.every((b) => b === undefined || b.kind === 'list');
    if (!lists) {
      const height = Math.max(
        ...parts.map((p, c) => {
          const block = blocks[c];
          return block ? blockHeight(ctx, block, p.lang, width) : 0;
        }),
      );
      rows.push({ index, height, keepsNext: keeps });
      continue;
    }
    const items = Math.max(...blocks.map((b) => (b?.kind === 'list' ? b.items.length : 0)));
    for (let item = 0; item < items; item += 1) {
      const height = Math.max(
        ...parts.map((p, c) => {
          const block = blocks[c];
          const entry = block?.kind === 'list' ? block.items[item] : undefined;
          return entry ? itemHeight(ctx, entry, p.lang, width) : 0;
        }),
      );
      const last = item === items - 1;
      rows.push({ index, item, height: height + (last ? AFTER_LIST : 0), keepsNext: false });
    }
  }
  return rows;
}

/** Prints one row's block (or list item) of one part in its column. */
function writeCell(
  ctx: PdfContext,
  div: StructElement,
  lists: Map<number, StructElement>,
  part: DocPart,
  row: Row,
  box: TextBox,
): void {
  const block = part.blocks[row.index];
  if (!block) return;
  if (row.item === undefined || block.kind !== 'list') {
    writeBlock(ctx, div, block, part.lang, box);
    return;
  }
  const entry = block.items[row.item];
  if (!entry) return;
  const list = lists.get(row.index) ?? openList(ctx, div, part.lang);
  lists.set(row.index, list);
  writeListItem(ctx, list, entry, part.lang, box);
  if (row.item === block.items.length - 1) {
    list.end();
    ctx.doc.y += AFTER_LIST;
  }
}

/**
 * Two languages side by side, aligned block by block (Canadian parallel columns), each language
 * a Div of its own in the structure tree: the whole French part, then the whole English part (or
 * the other way round), however the rows fall on the pages — a screen reader never goes back and
 * forth between the columns. A row never splits; a heading's row stays with the next.
 */
export function writeColumns(
  ctx: PdfContext,
  sect: StructElement,
  section: DocSection,
  rows: readonly Row[],
  onStart: () => void,
): void {
  const { doc } = ctx;
  const { left, width } = area(ctx);
  const column = (width - GUTTER) / 2;
  const divs = section.parts.map((part) => {
    const div = element(ctx, 'Div', part.lang);
    sect.add(div);
    return div;
  });
  const lists = section.parts.map(() => new Map<number, StructElement>());
  const need = (k: number): number => {
    const row = rows[k];
    if (!row) return 0;
    return row.height + (row.keepsNext ? need(k + 1) : 0);
  };
  rows.forEach((row, k) => {
    ensureSpace(ctx, Math.min(need(k), pageHeight(ctx)));
    onStart();
    const top = doc.y;
    let bottom = top;
    withOverflowRoom(ctx, () => {
      section.parts.forEach((part, c) => {
        doc.y = top;
        const box = { x: left + c * (column + GUTTER), width: column };
        writeCell(
          ctx,
          divs[c] as StructElement,
          lists[c] as Map<number, StructElement>,
          part,
          row,
          box,
        );
        bottom = Math.max(bottom, doc.y);
      });
    });
    doc.y = bottom;
  });
  for (const div of divs) div.end();
}
