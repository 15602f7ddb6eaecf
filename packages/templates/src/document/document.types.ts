/** A language a document part is written in. */
export type DocumentLanguage = 'fr' | 'en';

/** What `buildDocument` produces: French, English, or both side by side, section by section. */
export type DocumentLocale = 'fr' | 'en' | 'fr-en';

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
    };

/** One block of a document part. */
export type DocBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly content: readonly DocInline[] }
  | {
      readonly kind: 'paragraph';
      readonly content: readonly DocInline[];
      /** Advice for whoever fills the document in, not part of the signed text. */
      readonly guidance?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly (readonly DocInline[])[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly DocInline[])[])[];
      /** `signatures`: one row per party, with an empty column to sign in. */
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

/** A field that is still empty, for a checklist of what to fill in before signing. */
export interface MissingField {
  readonly fieldId: string;
  readonly sectionId: string;
  readonly label: { readonly fr: string; readonly en: string };
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
