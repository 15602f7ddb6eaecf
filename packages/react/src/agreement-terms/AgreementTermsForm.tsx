import type { AgreementKind, AgreementTerms, Issue } from '@partnership-kit/core';
import { formatIssue } from '@partnership-kit/core/issues';
import {
  type AgreementRecommendation,
  deriveAgreementFacts,
  recommendAgreement,
} from '@partnership-kit/core/rules';
import { useEffect, useId, useMemo, useState } from 'react';
import { fieldId } from '../editors/field-ids';
import { IssueCheckButton, IssueCheckSummary } from '../editors/IssueCheck';
import { useEditorFeedback } from '../editors/useEditorFeedback';
import { useIssueCheck } from '../editors/useIssueCheck';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { useSliceIssues } from '../editors/useSliceIssues';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { SignedNote } from '../signatures/SignedNote';
import { useSignedLock } from '../signatures/useSignedLock';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { AGREEMENT_TERMS_MESSAGES, type AgreementTermsTranslate } from './agreement-terms.messages';
import { ClauseFields } from './ClauseFields';
import { AnnexFields, GovernanceFields } from './GovernanceFields';
import { ProvisionsFields } from './ProvisionsFields';
import { AdvicePanel, KindField, PeriodFields } from './TermsFields';
import type { TermsContext } from './terms-context';

/** Props of {@link AgreementTermsForm}. */
export interface AgreementTermsFormProps
  extends PartnershipSliceProps<'agreement'>,
    MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
  /** The day issues are judged on, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
}

/** The issues this form fixes: the agreement's, except its signatures and dates (`SignaturesPanel`). */
const isTermsIssue = (path: readonly (string | number)[]) =>
  path.length > 1 && path[1] !== 'signatories';

/**
 * The terms of the MOU or partnership agreement (EST-5, AGR): its kind with the guide's
 * recommendation beside it (AGR-1, AGR-2, AGR-4, in plain words), term, notice, renewal and
 * effective date, every clause the partners may hold — required ones first (AGR-5: termination
 * and conflict resolution from the start), each with the guide's wording offered as a starting
 * point they accept and then rewrite, never saved on its own — and, by kind, the steering
 * committee and annexes of an agreement or each party's responsibilities in an MOU. Without an
 * agreement yet, it offers to start one of the recommended kind. Once every party has signed it
 * is read-only: changes go through amendments. Issues from core are shown beside their fields
 * and, on "Check this section", in an error summary. Edits its slice (`value`) or the whole
 * document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <AgreementTermsForm partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function AgreementTermsForm(props: AgreementTermsFormProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(AGREEMENT_TERMS_MESSAGES, props);
  const format = useFormatIssue(formatIssue, props.locale);
  const {
    slice: agreement,
    partnership,
    dispatch,
  } = usePartnershipSlice('agreement', props, () => undefined);
  const sliceIssues = useSliceIssues(partnership, 'agreement', props.today);
  const issues = useMemo(
    () => sliceIssues.filter((entry) => isTermsIssue(entry.issue.path)),
    [sliceIssues],
  );
  const feedback = useEditorFeedback('agreement', dispatch, issues, format);
  const lock = useSignedLock(partnership, readOnly);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const check = useIssueCheck({ issues, partnership, fallbackId: `${base}-h`, format });
  const advice = useMemo(
    () => recommendAgreement(deriveAgreementFacts(partnership).facts),
    [partnership],
  );
  const [focusKind, setFocusKind] = useState(false);
  useEffect(() => {
    if (!focusKind) return;
    document.getElementById(fieldId(['agreement', 'kind']))?.focus();
    setFocusKind(false);
  }, [focusKind]);
  const Heading = `h${headingLevel}` as const;
  const subHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const start = (kind: AgreementKind) => {
    // The fields the schema requires; everything else is the partners' to decide.
    const terms: AgreementTerms = { kind, signatories: [], clauses: {}, provisions: [] };
    if (feedback.dispatch({ type: 'set', path: [], value: terms }).rejection) return;
    announce(t('terms.started', { kind }));
    setFocusKind(true);
  };
  const ctx: TermsContext | undefined = agreement && {
    agreement,
    partnership,
    dispatch: feedback.dispatch,
    feedback,
    readOnly: lock.readOnly,
    t,
    lang,
    announce,
    subHeading,
  };
  return (
    <section data-pk="" data-pk-agreement-terms="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`} tabIndex={-1}>
        {t('terms.title')}
      </Heading>
      <p data-part="intro">{t('terms.intro')}</p>
      <IssueCheckSummary check={check} t={t} />
      {feedback.listRefusal ? (
        <p role="alert" data-part="field-error">
          {feedback.listRefusal}
        </p>
      ) : null}
      {ctx ? (
        <>
          <SignedNote lock={lock} appReadOnly={readOnly} t={t} />
          <KindField ctx={ctx} advice={advice} format={format} />
          <PeriodFields ctx={ctx} />
          <ClauseFields ctx={ctx} />
          {ctx.agreement.kind === 'partnership-agreement' || ctx.agreement.governance ? (
            <GovernanceFields ctx={ctx} />
          ) : null}
          {ctx.agreement.kind === 'partnership-agreement' || ctx.agreement.annexes ? (
            <AnnexFields ctx={ctx} />
          ) : null}
          {ctx.agreement.kind === 'mou' || ctx.agreement.provisions.length > 0 ? (
            <ProvisionsFields ctx={ctx} />
          ) : null}
        </>
      ) : (
        <StartAgreement
          advice={advice}
          onStart={start}
          readOnly={readOnly}
          t={t}
          format={format}
          subHeading={subHeading}
        />
      )}
      <IssueCheckButton check={check} t={t} />
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

/** No agreement yet: the advice, and a button to start one — the recommended kind first. */
function StartAgreement({
  advice,
  onStart,
  readOnly,
  t,
  format,
  subHeading,
}: {
  readonly advice: AgreementRecommendation;
  readonly onStart: (kind: AgreementKind) => void;
  readonly readOnly: boolean;
  readonly t: AgreementTermsTranslate;
  readonly format: (issue: Issue) => string;
  readonly subHeading: 'h3' | 'h4' | 'h5';
}) {
  const kinds: AgreementKind[] =
    advice.kind === 'mou' ? ['mou', 'partnership-agreement'] : ['partnership-agreement', 'mou'];
  // An MOU cannot do what a contract does (AGR-4): it is not offered then.
  const offered = advice.kind === 'contract' ? ['partnership-agreement' as const] : kinds;
  const recommended = advice.kind === 'mou' || advice.kind === 'partnership-agreement';
  return (
    <div data-part="start">
      <p data-part="empty">{t('terms.none')}</p>
      <AdvicePanel advice={advice} t={t} format={format} heading={subHeading} />
      {readOnly ? null : (
        <div data-part="actions">
          {offered.map((kind, index) => (
            <button
              key={kind}
              type="button"
              data-variant={index === 0 && recommended ? 'primary' : 'secondary'}
              onClick={() => onStart(kind)}
            >
              {t(`terms.start.${kind}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
