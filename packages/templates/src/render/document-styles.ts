// The layout of a built document, for the markup `renderHtml` writes and the React preview
// (`DocumentView`) renders alike. Everything is scoped under [data-pk-document] and themed
// through CSS variables with fallbacks. `@partnership-kit/react` ships the same rules as
// `src/styles/document.css` (a test keeps the two identical).
//
// Side by side: the two language parts of a section sit in two columns that can shrink below
// their content's width (minmax(0, 1fr)), so nothing ever pushes past the page; a section that
// holds a table (the annexes) stacks its parts, so the table gets the full width. Under 40rem
// (a phone, 390 px) every section stacks, and the RACI matrix turns each task into a card whose
// cells carry their role's name. Print: Letter pages, headings kept with what follows, rows and
// signature groups never split.

/** The document stylesheet shared by the HTML export and the React preview. */
export const DOCUMENT_CSS = `/* The layout of a partnership document: @partnership-kit/templates DOCUMENT_CSS, shared by renderHtml and DocumentView. */
[data-pk-document] {
  container: pk-document / inline-size;
  color: var(--pk-color-text, #1b1b1b);
  font-family: var(--pk-document-font, Arial, "Liberation Sans", "Helvetica Neue", sans-serif);
  font-size: var(--pk-document-font-size, 1rem);
  line-height: 1.5;
  hyphens: manual;
}
[data-pk-document] :is(h1, h2, h3, h4, h5, h6) {
  line-height: 1.25;
  font-weight: 700;
  break-after: avoid;
}
[data-pk-document] [data-part="title-block"] {
  text-align: center;
  margin-block-end: 2rem;
}
[data-pk-document] [data-part="title-block"] > :first-child {
  font-size: 1.6em;
  margin: 0 0 0.35em;
}
[data-pk-document] [data-part="partnership-name"] {
  font-size: 1.15em;
  font-weight: 600;
  margin: 0;
}
[data-pk-document] section {
  margin-block: 1.25rem;
}
[data-pk-document] section > [data-part="language"] > :is(h2, h3, h4, h5, h6):first-child {
  font-size: 1.2em;
  margin-block: 0 0.5rem;
  padding-block-end: 0.15rem;
  border-block-end: 1px solid var(--pk-color-border, #8a8a8a);
}
[data-pk-document] :is(p, ul) {
  margin-block: 0 0.6rem;
}
[data-pk-document] li + li {
  margin-block-start: 0.35rem;
}
[data-pk-document] [data-field] {
  overflow-wrap: anywhere;
}
[data-pk-document] [data-bilingual][data-layout="columns"] {
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  column-gap: 2rem;
}
[data-pk-document] [data-bilingual] > [data-part="shared"] {
  grid-column: 1 / -1;
}
[data-pk-document]
  [data-bilingual][data-layout="stacked"]
  > [data-part="language"]
  + [data-part="language"] {
  margin-block-start: 1.5rem;
}
[data-pk-document] [data-guidance] {
  font-style: italic;
  color: var(--pk-color-muted, #4a4a4a);
  border-inline-start: 3px solid var(--pk-color-border, #8a8a8a);
  padding-inline-start: 0.75rem;
}
[data-pk-document] mark[data-part="missing-field"] {
  background: var(--pk-color-missing-bg, #fff3c4);
  color: var(--pk-color-missing, #5c4300);
  outline: 1px dashed var(--pk-color-missing-border, #8a6d00);
  padding-inline: 0.15em;
}
[data-pk-document] [data-fallback] {
  border-block-end: 2px dotted var(--pk-color-missing-border, #8a6d00);
}
[data-pk-document] [data-fallback]:not([data-fallback=""])::after {
  content: " (" attr(data-fallback) ")";
  font-size: 0.85em;
  color: var(--pk-color-missing, #5c4300);
}
[data-pk-document] [data-part="table-wrapper"] {
  max-inline-size: 100%;
  margin-block: 0.5rem 1rem;
}
[data-pk-document] table {
  border-collapse: collapse;
  inline-size: 100%;
  font-size: 0.9em;
}
[data-pk-document] :is(th, td) {
  border: 1px solid var(--pk-color-border, #8a8a8a);
  padding: 0.25rem 0.4rem;
  text-align: start;
  vertical-align: top;
}
[data-pk-document] th {
  background: var(--pk-color-header-bg, #f0f0f0);
}
[data-pk-document] thead {
  display: table-header-group;
}
[data-pk-document] tr {
  break-inside: avoid;
}
[data-pk-document] [data-align="center"] {
  text-align: center;
}
[data-pk-document] [data-align="end"] {
  text-align: end;
  white-space: nowrap;
}
[data-pk-document] table[data-table="raci"] th[data-align="center"] {
  writing-mode: sideways-lr;
  text-align: start;
  vertical-align: bottom;
  max-block-size: 14em;
}
@supports not (writing-mode: sideways-lr) {
  [data-pk-document] table[data-table="raci"] th[data-align="center"] {
    writing-mode: vertical-rl;
  }
}
[data-pk-document] [data-part="signature-group"] {
  break-inside: avoid;
  margin-block: 1.5rem;
}
[data-pk-document] [data-part="signature-organization"] {
  font-weight: 700;
  margin: 0;
}
[data-pk-document] [data-part="signature-byline"] {
  margin: 0;
}
[data-pk-document] [data-part="signatories"] {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  gap: 0.5rem 2rem;
}
[data-pk-document] [data-part="signatory"] {
  break-inside: avoid;
}
[data-pk-document] [data-part="signature-line"] {
  margin: 0.3rem 0 0;
}
[data-pk-document] [data-part="rule"] {
  display: inline-block;
  inline-size: min(14rem, 60%);
  block-size: 2.5em;
  border-block-end: 1px solid currentColor;
  vertical-align: bottom;
}
@container pk-document (max-width: 40rem) {
  [data-pk-document] [data-bilingual][data-layout="columns"] {
    grid-template-columns: minmax(0, 1fr);
  }
  [data-pk-document] [data-bilingual] > [data-part="language"] + [data-part="language"] {
    margin-block-start: 1.5rem;
  }
  /* Each card names its roles (td::before): the header row would only repeat them. */
  [data-pk-document] table[data-table="raci"] thead {
    display: none;
  }
  [data-pk-document] table[data-table="raci"] :is(tbody, tr, td) {
    display: block;
  }
  [data-pk-document] table[data-table="raci"] tr {
    border: 1px solid var(--pk-color-border, #8a8a8a);
    margin-block-end: 0.5rem;
    padding: 0.25rem 0.4rem;
  }
  [data-pk-document] table[data-table="raci"] td {
    border: 0;
    padding: 0.1rem 0;
    text-align: start;
  }
  [data-pk-document] table[data-table="raci"] td:first-child {
    font-weight: 700;
  }
  [data-pk-document] table[data-table="raci"] td:empty {
    display: none;
  }
  [data-pk-document] table[data-table="raci"] td:not(:first-child)::before {
    content: attr(data-label) ": ";
    font-weight: 600;
  }
  [data-pk-document] :lang(fr) table[data-table="raci"] td:not(:first-child)::before {
    content: attr(data-label) "\\a0: ";
  }
}
@media print {
  [data-pk-document] {
    font-size: 11pt;
  }
  [data-pk-document] [data-guidance] {
    border-inline-start-style: dotted;
  }
  [data-pk-document] mark[data-part="missing-field"] {
    outline-style: solid;
  }
  [data-pk-document] section[data-role="annex"] {
    break-before: page;
  }
}
`;
