import type {
  DocBlock,
  DocContent,
  DocInline,
  DocPart,
  PartnershipDocument,
} from '@partnership-kit/templates';
import { cleanText } from '@partnership-kit/templates';
import { Fragment } from 'react';

const tag = (lang: DocPart['lang']) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

const positioned = <T,>(item: T, position: number) => [position, item] as const;

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  readonly document: PartnershipDocument;
  /** Level of the document title; sections and organizations follow it. Default 2. */
  readonly headingLevel?: 2 | 3;
  /** Shown (by the stylesheet, not as text) beside a value in the other language: "translation missing". */
  readonly fallbackLabel?: string;
}

function Inline({
  item,
  fallbackLabel,
}: {
  readonly item: DocInline;
  readonly fallbackLabel: string | undefined;
}) {
  if (item.kind === 'text') return <>{cleanText(item.text)}</>;
  if (item.value === undefined) {
    return (
      <mark data-part="missing-field" data-field={item.fieldId}>
        [{cleanText(item.label)}]
      </mark>
    );
  }
  // React escapes the value; the same characters as the exports are removed (cleanText); <bdi>
  // keeps text in another script from reordering the sentence. A value in the other language
  // carries its real language and a mark, drawn by CSS so the text stays the document's text.
  return (
    <span
      data-field={item.fieldId}
      lang={item.lang ? tag(item.lang) : undefined}
      data-fallback={item.lang ? (fallbackLabel ?? '') : undefined}
    >
      <bdi>{cleanText(item.value)}</bdi>
    </span>
  );
}

const inlines = (items: DocContent, fallbackLabel: string | undefined) =>
  items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a block's inlines never reorder; their place is their key.
    <Inline key={index} item={item} fallbackLabel={fallbackLabel} />
  ));

function Block({
  block,
  headingOffset,
  fallbackLabel,
}: {
  readonly block: DocBlock;
  readonly headingOffset: number;
  readonly fallbackLabel: string | undefined;
}) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + headingOffset)}` as 'h3';
      return <Heading>{inlines(block.content, fallbackLabel)}</Heading>;
    }
    case 'paragraph':
      return (
        <p data-guidance={block.guidance || undefined}>{inlines(block.content, fallbackLabel)}</p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of a built document never reorder.
            <li key={index}>{inlines(item, fallbackLabel)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div data-part="table-wrapper">
          <table data-role={block.role}>
            <thead>
              <tr>
                {block.header.map((cell, c) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                  <th key={c} scope="col">
                    {inlines(cell, fallbackLabel)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a built document never reorder.
                <tr key={r}>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                    <td key={c}>{inlines(cell, fallbackLabel)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return null;
  }
}

/**
 * A built document (`buildDocument`) as real, accessible text — headings, paragraphs, lists,
 * tables — never an image, each language part marked with its `lang`, and each value standing in
 * for a missing translation with its own. Side-by-side documents show their parts as aligned
 * columns, section by section, that stack on narrow screens.
 *
 * @example
 * ```tsx
 * <DocumentView document={buildDocument('mou', partnership, { locale: 'fr-en' })} />
 * ```
 */
export function DocumentView({ document, headingLevel = 2, fallbackLabel }: DocumentViewProps) {
  const Title = `h${headingLevel}` as 'h2';
  const offset = headingLevel - 1;
  return (
    <article data-pk-document="" data-locale={document.locale}>
      <Title>
        {document.title.map((title, index) => (
          <Fragment key={title.lang}>
            {index > 0 ? ' / ' : null}
            <span lang={tag(title.lang)}>{title.text}</span>
          </Fragment>
        ))}
      </Title>
      {document.sections.map((section) => (
        <section
          key={section.id}
          data-section={section.id}
          data-bilingual={section.parts.length > 1 || undefined}
        >
          {section.parts.map((part) => (
            <div key={part.lang} lang={tag(part.lang)} data-part="language">
              {/* Blocks of a built document never reorder: their position is their identity. */}
              {part.blocks.map(positioned).map(([position, block]) => (
                <Block
                  key={position}
                  block={block}
                  headingOffset={offset}
                  fallbackLabel={fallbackLabel}
                />
              ))}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
