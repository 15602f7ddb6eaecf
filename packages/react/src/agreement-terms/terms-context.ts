import type { ActionResult, AgreementTerms, Language, Partnership } from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';
import type { EditorFeedback } from '../editors/useEditorFeedback';
import type { AgreementTermsTranslate } from './agreement-terms.messages';

/** What every part of the agreement terms form works with. */
export interface TermsContext {
  readonly agreement: AgreementTerms;
  readonly partnership: Partnership;
  /** Actions with paths relative to the agreement; refusals are shown by `feedback`. */
  readonly dispatch: (action: PartnershipAction) => ActionResult<Partnership>;
  readonly feedback: EditorFeedback;
  readonly readOnly: boolean;
  readonly t: AgreementTermsTranslate;
  /** The interface's language. */
  readonly lang: Language;
  readonly announce: (text: string) => void;
  /** The level of the form's sub-headings. */
  readonly subHeading: 'h3' | 'h4' | 'h5';
}
