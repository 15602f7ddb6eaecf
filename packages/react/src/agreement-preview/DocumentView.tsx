import type { DocBlock, DocInline, DocPart, PartnershipDocument } from '@partnership-kit/templates';
import { Fragment } from 'react';

const tag = (lang: DocPart['lang']) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

function Inline({ item }: { readonly item: DocInline }) {
  if (item.kind === 'text') return <>{item.text}</>;
  if (item.value === undefined) {
    return (
      <mark data-part="missing-field" data-field={item.fieldId}>
        [{item.label}]
      </mark>
    );
  }
  // React escapes the value; <bdi> keeps text in another script from reordering the sentence.
  return (
    <span data-field={item.fieldId}>
      <bdi>{item.value}</bdi>
    </span>
  );
}

const inlines = (items: readonly DocInline[]) =>
  items.map((item, index) => (
    // Inlines have no identity of their own: their place in the block is their key.
    // biome-ignore lint/suspicious/noArrayIndexKey: a block's inlines never reorder.
    <Inline key={index} item={item} />
  ));

function Block({
  block,
  headingOffset,
}: {
  readonly block: DocBlock;
  readonly headingOffset: number;
}) {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + headingOffset)}` as 'h3';
      return <Heading>{inlines(block.content)}</Heading>;
    }
    case 'paragraph':
      return <p data-guidance={block.guidance || undefined}>{inlines(block.content)}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of a built document never reorder.
            <li key={index}>{inlines(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table data-role={block.role}>
          <thead>
            <tr>
              {block.header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
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
                  <td key={c}>{inlines(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    default:
      return null;
  }
}

/**
 * A built document (`buildDocument`) as real, accessible text — headings, paragraphs, lists,
 * tables — never an image, with each language part marked with its `lang`. `headingLevel` is the
 * level of the document title; sections and organizations follow it.
 */
export function DocumentView({
  document,
  headingLevel = 2,
}: {
  readonly document: PartnershipDocument;
  readonly headingLevel?: 2 | 3;
}) {
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
              {part.blocks.map((block, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a built document never reorder.
                <Block key={index} block={block} headingOffset={offset} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
