/** A language a document part is written in. */
export type DocumentLanguage = 'fr' | 'en';

/**
 * What `buildDocument` produces: French, English, or both side by side, section by section —
 * `fr-en` with French first, `en-fr` with English first.
 */
export type DocumentLocale = 'fr' | 'en' | 'fr-en' | 'en-fr';

/**
 * A run of text inside a block: fixed template text, or a value taken from the partnership.
 * Both are already typeset for their language (Canadian French spacing, typographic
 * apostrophes in template text): renderers only escape them.
 */
export type DocInline =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'field';
      readonly fieldId: string;
      /** What the field is, in the part's language: shown as the placeholder while it is empty. */
      readonly label: string;
      /** The value, as typed by people: renderers escape it. Absent while missing. */
      readonly value?: string;
      /**
       * The language the value is really written in, when it is not the part's: the other
       * language standing in for a missing translation. Renderers tag it (`lang`, `w:lang`) and
       * the preview marks it.
       */
      readonly lang?: DocumentLanguage;
    };

/** A table cell, a list item or a paragraph's content: inlines in a row. */
export type DocContent = readonly DocInline[];

/** Content in one language of something written once for every language of the document. */
export interface DocVariant {
  readonly lang: DocumentLanguage;
  readonly content: DocContent;
}

/**
 * The same thing in each language of the document, in column order: renderers print the
 * variants one after the other, separated by " / ", each tagged with its language.
 */
export type DocVariants = readonly DocVariant[];

/** A line of a signature block: segments (label, value…) each in one or more languages. */
export interface DocSignatureLine {
  readonly segments: readonly DocVariants[];
  /** A line to write on follows (the signature; the date of an unsigned document). */
  readonly rule?: boolean;
}

/** One authorized signatory: where to sign, their typed name and title, the date. */
export interface DocSignatory {
  readonly lines: readonly DocSignatureLine[];
}

/** The signatories of one organization, kept together on one page. */
export interface DocSignatureGroup {
  /** The organization's legal name (or its placeholder). */
  readonly organization: DocContent;
  /** "Par ses signataires autorisés" (Resource 6), when the template says so. */
  readonly byline?: DocVariants;
  readonly signatories: readonly DocSignatory[];
}

/** How a table column aligns its cells. */
export type DocColumnAlign = 'start' | 'center' | 'end';

/** One block of a document part. */
export type DocBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly content: DocContent }
  | {
      readonly kind: 'paragraph';
      readonly content: DocContent;
      /** Advice for whoever fills the document in, not part of the signed text. */
      readonly guidance?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly DocContent[] }
  | {
      readonly kind: 'table';
      /** One cell per column; a role title may be a value in the other language. */
      readonly header: readonly DocContent[];
      readonly rows: readonly (readonly DocContent[])[];
      /** What the table holds, for layout: `raci` has many narrow letter columns. */
      readonly role?: 'raci' | 'budget';
      /** Alignment per column (default start). */
      readonly align?: readonly DocColumnAlign[];
    }
  | {
      /**
       * The signature block, one group per organization, one signature line per authorized
       * signatory. In a two-language document it is written once, in both languages: nobody
       * signs twice.
       */
      readonly kind: 'signatures';
      readonly groups: readonly DocSignatureGroup[];
    };

/** One section in one language. */
export interface DocPart {
  readonly lang: DocumentLanguage;
  readonly blocks: readonly DocBlock[];
}

/**
 * A section: one part, or a French and an English part to show side by side, then the blocks
 * written once for every language (the signature block), across the full width.
 */
export interface DocSection {
  readonly id: string;
  /** `annex` sections follow the signatures; `signatures` holds the signature block. */
  readonly role?: 'annex' | 'signatures';
  readonly parts: readonly DocPart[];
  /** Blocks common to every language of the document, after its parts. */
  readonly shared?: readonly DocBlock[];
}

/**
 * Something still to do before signing: a field that is empty (`kind: 'value'`), or a value
 * written only in the other language (`kind: 'translation'`, with the `language` it lacks).
 */
export interface MissingField {
  readonly fieldId: string;
  readonly sectionId: string;
  readonly label: { readonly fr: string; readonly en: string };
  readonly kind: 'value' | 'translation';
  /** For a missing translation: the language it is missing in. */
  readonly language?: DocumentLanguage;
  readonly organizationId?: string;
}

/** A document built from a template and a partnership, ready for any renderer. */
export interface PartnershipDocument {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly locale: DocumentLocale;
  /** The document title in each language it is written in. */
  readonly title: readonly { readonly lang: DocumentLanguage; readonly text: string }[];
  /** The partnership's name under the title, in each language (a placeholder while missing). */
  readonly name: DocVariants;
  readonly sections: readonly DocSection[];
  readonly missing: readonly MissingField[];
}
