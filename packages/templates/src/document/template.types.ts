import type { BilingualText, ClauseId } from '@partnership-kit/core';
import type { FieldId } from './fields';

/** Template text: fixed wording in both languages, or a field of the partnership. */
export type TemplateInline = BilingualText | { readonly field: FieldId };

/**
 * One block of a document template. Templates are data, not a template language: there is
 * nothing in them that could run, so no text typed into a partnership can ever execute.
 */
export type TemplateBlock =
  | { readonly kind: 'paragraph'; readonly content: readonly TemplateInline[] }
  | { readonly kind: 'guidance'; readonly text: BilingualText }
  /**
   * A clause the partnership holds (AGR-5: it prints if and only if it is held). A clause the
   * document needs but the partnership does not hold shows as a placeholder and is listed as
   * missing; with guidance on, the guide's suggested wording follows as advice.
   */
  | { readonly kind: 'clause'; readonly clause: ClauseId }
  | { readonly kind: 'list'; readonly items: readonly (readonly TemplateInline[])[] }
  /** One list item per partner organization; fields inside refer to that organization. */
  | { readonly kind: 'organizationList'; readonly item: readonly TemplateInline[] }
  /** A sub-heading and blocks per partner organization. */
  | {
      readonly kind: 'eachOrganization';
      readonly heading: readonly TemplateInline[];
      readonly blocks: readonly TemplateBlock[];
    }
  /** A table built from the partnership's data. */
  | { readonly kind: 'table'; readonly source: 'raci' | 'resources' | 'financial' }
  | { readonly kind: 'signatures' }
  /** What happens at the end of the term, as the partnership decided (REV-4; automatic renewal). */
  | { readonly kind: 'renewal' };

/** A titled section of a template. */
export interface TemplateSection {
  readonly id: string;
  readonly title: BilingualText;
  readonly blocks: readonly TemplateBlock[];
}

/** A document template (the guide's MOU, Resource 5, or partnership agreement, Resource 6). */
export interface DocumentTemplate {
  readonly id: 'mou' | 'partnership-agreement';
  readonly version: number;
  readonly title: BilingualText;
  readonly sections: readonly TemplateSection[];
}
