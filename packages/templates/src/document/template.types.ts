import type { BilingualText, ClauseId, RenewalMode } from '@partnership-kit/core';
import type { FieldId } from './fields';

/**
 * Template text: fixed wording in both languages, or a field of the partnership. An `optional`
 * field prints nothing while empty and is not listed as missing; a paragraph that holds an empty
 * optional field is left out.
 */
export type TemplateInline =
  | BilingualText
  | { readonly field: FieldId; readonly optional?: boolean; readonly before?: BilingualText };

/** The annexes a document can have, in the order they are lettered. */
export type AnnexId = 'raci' | 'workPlan' | 'budget' | 'evaluationPlan' | 'termsOfReference';

/**
 * One block of a document template. Templates are data, not a template language: there is
 * nothing in them that could run, so no text typed into a partnership can ever execute.
 */
export type TemplateBlock =
  | { readonly kind: 'paragraph'; readonly content: readonly TemplateInline[] }
  /** A sub-heading inside a section. */
  | { readonly kind: 'heading'; readonly content: readonly TemplateInline[] }
  | { readonly kind: 'guidance'; readonly text: BilingualText }
  /**
   * A clause the partnership holds (AGR-5: it prints if and only if it is held). A clause the
   * document needs but the partnership does not hold shows as a placeholder and is listed as
   * missing; with guidance on, the guide's suggested wording follows as advice. `heading` puts
   * the clause's name above it, as a sub-heading.
   */
  | { readonly kind: 'clause'; readonly clause: ClauseId; readonly heading?: boolean }
  | { readonly kind: 'list'; readonly items: readonly (readonly TemplateInline[])[] }
  /** One list item per value of a list field (the objectives), or nothing when it is empty. */
  | { readonly kind: 'fieldList'; readonly field: FieldId; readonly intro: BilingualText }
  /** One list item per partner organization; fields inside refer to that organization. */
  | { readonly kind: 'organizationList'; readonly item: readonly TemplateInline[] }
  /** A sub-heading and blocks per partner organization. */
  | {
      readonly kind: 'eachOrganization';
      readonly heading: readonly TemplateInline[];
      readonly blocks: readonly TemplateBlock[];
    }
  /** What the current organization provides: what, by whom, to whom, when (Resource 5). */
  | { readonly kind: 'provisions' }
  /** The resource commitments (staff, facilities, in kind) or the financial ones, as a list. */
  | { readonly kind: 'resources'; readonly source: 'inKind' | 'financial' }
  /** The steering committee: its members by title, its chair. */
  | { readonly kind: 'governance' }
  /** A table built from the partnership's data. */
  | { readonly kind: 'table'; readonly source: 'raci' | 'budget' }
  /** A sentence that points to an annex, printed only when the annex is there (`{annex}`: its letter). */
  | { readonly kind: 'annexReference'; readonly annex: AnnexId; readonly text: BilingualText }
  /** The term: from a set effective date when the partners chose one, else from the last signature. */
  | {
      readonly kind: 'term';
      readonly fromDate: readonly TemplateInline[];
      readonly fromLastSignature: readonly TemplateInline[];
    }
  /** What happens at the end of the term, as the partnership decided (REV-4; automatic renewal). */
  | { readonly kind: 'renewal'; readonly texts: Readonly<Record<RenewalMode, BilingualText>> }
  /** The signature block: one group per organization, a line per authorized signatory. */
  | { readonly kind: 'signatures'; readonly byline?: BilingualText };

/** A titled section of a template. */
export interface TemplateSection {
  readonly id: string;
  readonly title: BilingualText;
  readonly blocks: readonly TemplateBlock[];
  /** `signatures`: the signing section, not numbered. */
  readonly role?: 'signatures';
  /** An annex: printed after the signatures, lettered, only when the partnership has it. */
  readonly annex?: AnnexId;
}

/** A document template (the guide's MOU, Resource 5, or partnership agreement, Resource 6). */
export interface DocumentTemplate {
  readonly id: 'mou' | 'partnership-agreement';
  readonly version: number;
  readonly title: BilingualText;
  readonly sections: readonly TemplateSection[];
}
