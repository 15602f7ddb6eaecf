import type {
  DocBlock,
  DocContent,
  DocInline,
  DocSection,
  DocSignatureGroup,
  DocSignatureLine,
  DocumentLanguage,
  DocVariants,
  PartnershipDocument,
} from '@partnership-kit/templates';
import { cleanText, contentText, sectionAttributes } from '@partnership-kit/templates';
import { Fragment } from 'react';

// The preview renders the markup `renderHtml` writes — the same elements and data-* attributes
// (DocumentView.test.tsx compares the two) — so one stylesheet, `styles/document.css`, lays out
// the preview and the export alike. Built documents never reorder: positions are keys.

const tag = (lang: DocumentLanguage) => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** Props of {@link DocumentView}. */
export interface DocumentViewProps {
  readonly document: PartnershipDocument;
  /** Level of the document title; sections and organizations follow it. Default 2. */
  readonly headingLevel?: 1 | 2 | 3;
  /** Shown (by the stylesheet, not as text) beside a value in the other language: "translation missing". */
  readonly fallbackLabel?: string;
}

/** Text with its line breaks, cleaned like every export (cleanText). */
function Lines({ text }: { readonly text: string }) {
  const lines = cleanText(text).split('\n');
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a value never reorder.
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </>
  );
}

function Inline({
  item,
  fallbackLabel,
}: {
  readonly item: DocInline;
  readonly fallbackLabel?: string;
}) {
  if (item.kind === 'text') return <Lines text={item.text} />;
  if (item.value === undefined) {
    return (
      <mark data-part="missing-field" data-field={item.fieldId}>
        {`[${cleanText(item.label)}]`}
      </mark>
    );
  }
  // React escapes the value; <bdi> keeps text in another script from reordering the sentence. A
  // value in the other language carries its real language and a mark, drawn by CSS so the text
  // stays the document's text.
  return (
    <span
      data-field={item.fieldId}
      lang={item.lang ? tag(item.lang) : undefined}
      data-fallback={item.lang ? (fallbackLabel ?? '') : undefined}
    >
      <bdi>
        <Lines text={item.value} />
      </bdi>
    </span>
  );
}

function Content({
  content,
  fallbackLabel,
}: {
  readonly content: DocContent;
  readonly fallbackLabel?: string;
}) {
  return (
    <>
      {content.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a block's inlines never reorder.
        <Inline key={i} item={item} {...(fallbackLabel === undefined ? {} : { fallbackLabel })} />
      ))}
    </>
  );
}

function Variants({
  variants,
  fallbackLabel,
}: {
  readonly variants: DocVariants;
  readonly fallbackLabel?: string;
}) {
  return (
    <>
      {variants.map((variant, i) => (
        <Fragment key={variant.lang}>
          {i > 0 ? ' / ' : null}
          <span lang={tag(variant.lang)}>
            <Content
              content={variant.content}
              {...(fallbackLabel === undefined ? {} : { fallbackLabel })}
            />
          </span>
        </Fragment>
      ))}
    </>
  );
}

function SignatureLine({ line }: { readonly line: DocSignatureLine }) {
  return (
    <p data-part="signature-line">
      {line.segments.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of a line never reorder.
        <Variants key={i} variants={segment} />
      ))}
      {line.rule ? <span data-part="rule" /> : null}
    </p>
  );
}

function SignatureGroup({ group }: { readonly group: DocSignatureGroup }) {
  return (
    <div data-part="signature-group">
      <p data-part="signature-organization">
        <Content content={group.organization} />
      </p>
      {group.byline ? (
        <p data-part="signature-byline">
          <Variants variants={group.byline} />
        </p>
      ) : null}
      <div data-part="signatories">
        {group.signatories.map((signatory, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: signatories of a built document never reorder.
          <div key={i} data-part="signatory">
            {signatory.lines.map((line, l) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of a signatory never reorder.
              <SignatureLine key={l} line={line} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function Table({
  block,
  fallbackLabel,
}: {
  readonly block: Extract<DocBlock, { kind: 'table' }>;
  readonly fallbackLabel?: string;
}) {
  const labels = block.header.map(contentText);
  const align = (i: number) => block.align?.[i];
  const optional = fallbackLabel === undefined ? {} : { fallbackLabel };
  return (
    <div data-part="table-wrapper">
      <table data-table={block.role}>
        <thead>
          <tr>
            {block.header.map((cell, c) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <th key={c} scope="col" data-align={align(c)}>
                <Content content={cell} {...optional} />
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
                <td key={c} data-label={labels[c] ?? ''} data-align={align(c)}>
                  <Content content={cell} {...optional} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({
  block,
  headingOffset,
  fallbackLabel,
}: {
  readonly block: DocBlock;
  readonly headingOffset: number;
  readonly fallbackLabel?: string;
}) {
  const optional = fallbackLabel === undefined ? {} : { fallbackLabel };
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + headingOffset)}` as 'h3';
      return (
        <Heading>
          <Content content={block.content} {...optional} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p data-guidance={block.guidance ? '' : undefined}>
          <Content content={block.content} {...optional} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items of a built document never reorder.
            <li key={i}>
              <Content content={item} {...optional} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <Table block={block} {...optional} />;
    case 'signatures':
      return (
        <>
          {block.groups.map((group, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: organizations of a built document never reorder.
            <SignatureGroup key={i} group={group} />
          ))}
        </>
      );
    default:
      return null;
  }
}

function Section({
  section,
  headingOffset,
  fallbackLabel,
}: {
  readonly section: DocSection;
  readonly headingOffset: number;
  readonly fallbackLabel?: string;
}) {
  const optional = fallbackLabel === undefined ? {} : { fallbackLabel };
  const blocks = (items: readonly DocBlock[]) =>
    items.map((block, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: blocks of a built document never reorder.
      <Block key={i} block={block} headingOffset={headingOffset} {...optional} />
    ));
  return (
    <section {...sectionAttributes(section)}>
      {section.parts.map((part) => (
        <div key={part.lang} data-part="language" lang={tag(part.lang)}>
          {blocks(part.blocks)}
        </div>
      ))}
      {section.shared?.length ? <div data-part="shared">{blocks(section.shared)}</div> : null}
    </section>
  );
}

/**
 * A built document (`buildDocument`) as real, accessible text — the title and the partnership's
 * name, numbered sections, lists, tables, the signature block — never an image, in the markup
 * `renderHtml` writes (style it with `@partnership-kit/react/styles/document.css`, or the
 * export's `DOCUMENT_CSS`). Each language part is marked with its `lang`, and each value standing
 * in for a missing translation with its own. Side-by-side documents show their parts as aligned
 * columns, section by section, that stack on narrow screens. Typed text is cleaned of control and
 * bidirectional characters exactly as in the exports.
 *
 * @example
 * ```tsx
 * <DocumentView document={buildDocument('mou', partnership, { locale: 'fr-en' })} />
 * ```
 */
export function DocumentView({ document, headingLevel = 2, fallbackLabel }: DocumentViewProps) {
  const Title = `h${headingLevel}` as 'h2';
  const optional = fallbackLabel === undefined ? {} : { fallbackLabel };
  return (
    <article data-pk-document="" data-locale={document.locale}>
      <header data-part="title-block">
        <Title>
          {document.title.map((title, index) => (
            <Fragment key={title.lang}>
              {index > 0 ? ' / ' : null}
              <span lang={tag(title.lang)}>{cleanText(title.text)}</span>
            </Fragment>
          ))}
        </Title>
        <p data-part="partnership-name">
          <Variants variants={document.name} />
        </p>
      </header>
      {document.sections.map((section) => (
        <Section
          key={section.id}
          section={section}
          headingOffset={headingLevel - 1}
          {...optional}
        />
      ))}
    </article>
  );
}
