import type { BilingualText } from '@partnership-kit/core';

/** A language a document part is written in. */
export type DocumentLanguage = 'fr' | 'en';

/**
 * What `buildDocument` produces: French, English, or both side by side, section by section —
 * `fr-en` with French first, `en-fr` with English first.
 */
export type DocumentLocale = 'fr' | 'en' | 'fr-en' | 'en-fr';

/** A run of text inside a block: fixed template text, or a value taken from the partnership. */
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
      /** `signatures`: one row per signatory, with an empty column to sign in. */
      readonly role?: 'signatures';
    };

/** One section in one language. */
export interface DocPart {
  readonly lang: DocumentLanguage;
  readonly blocks: readonly DocBlock[];
}

/** A section: one part, or a French and an English part to show side by side. */
export interface DocSection {
  readonly id: string;
  readonly parts: readonly DocPart[];
}

/**
 * Something still to do before signing: a field that is empty (`kind: 'value'`), or a value
 * written only in the other language (`kind: 'translation'`, with the `language` it lacks).
 */
export interface MissingField {
  readonly fieldId: string;
  readonly sectionId: string;
  readonly label: BilingualText;
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
  readonly sections: readonly DocSection[];
  readonly missing: readonly MissingField[];
}
