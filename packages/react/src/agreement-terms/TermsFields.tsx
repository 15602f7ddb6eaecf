import {
  AGREEMENT_KINDS,
  type AgreementKind,
  type Issue,
  RENEWAL_MODES,
  type RenewalMode,
} from '@partnership-kit/core';
import type { AgreementRecommendation } from '@partnership-kit/core/rules';
import { useId } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { fieldId } from '../editors/field-ids';
import { describedBy } from '../editors/useEditorFeedback';
import { DateField } from '../fields/DateField';
import { WholeNumberField } from '../fields/WholeNumberField';
import type { AgreementTermsTranslate } from './agreement-terms.messages';
import type { TermsContext } from './terms-context';

const at = (field: string) => fieldId(['agreement', field]);

/**
 * The kind of document (AGR-1, AGR-2), as radio buttons each with what it fits, and beside it
 * the guide's recommendation in plain words.
 */
export function KindField({
  ctx,
  advice,
  format,
}: {
  readonly ctx: TermsContext;
  readonly advice: AgreementRecommendation;
  readonly format: (issue: Issue) => string;
}) {
  const { agreement, dispatch, feedback, readOnly, t } = ctx;
  const id = at('kind');
  const name = useId();
  const message = feedback.messageOf(id, t('terms.kind'));
  return (
    <div data-part="kind-row">
      <fieldset
        data-part="kind"
        aria-describedby={describedBy(id, { message })}
        data-invalid={message ? true : undefined}
      >
        <legend>{t('terms.kind')}</legend>
        <FieldTexts id={id} message={message} />
        {AGREEMENT_KINDS.map((kind) => {
          // The chosen kind carries the field's id: an error summary's link lands on it.
          const radioId = kind === agreement.kind ? id : `${id}-${kind}`;
          return (
            <div key={kind} data-part="choice">
              <input
                type="radio"
                id={radioId}
                name={name}
                value={kind}
                checked={agreement.kind === kind}
                disabled={readOnly}
                aria-describedby={`${id}-${kind}-hint`}
                onChange={() => dispatch({ type: 'set', path: ['kind'], value: kind })}
              />
              <label htmlFor={radioId}>{t(`terms.kind.${kind}`)}</label>
              <p id={`${id}-${kind}-hint`} data-part="hint">
                {t(`terms.kind.${kind}.hint`)}
              </p>
            </div>
          );
        })}
      </fieldset>
      <AdvicePanel
        advice={advice}
        chosen={agreement.kind}
        t={t}
        format={format}
        heading={ctx.subHeading}
      />
    </div>
  );
}

/**
 * The guide's advice (`recommendAgreement` on the partnership's facts): the kind that fits, in
 * plain words, whether it may still change, and why — each reason a sentence, no rule codes.
 */
export function AdvicePanel({
  advice,
  chosen,
  t,
  format,
  heading: Heading,
}: {
  readonly advice: AgreementRecommendation;
  readonly chosen?: AgreementKind | undefined;
  readonly t: AgreementTermsTranslate;
  readonly format: (issue: Issue) => string;
  readonly heading: 'h3' | 'h4' | 'h5';
}) {
  const titleId = useId();
  // The unknown facts are summed up by "provisional"; one sentence each would repeat it.
  const reasons = advice.reasons.filter((reason) => reason.code !== 'AGR_FACT_UNKNOWN');
  return (
    <aside data-part="advice" data-advice={advice.kind} aria-labelledby={titleId}>
      <Heading id={titleId}>{t('terms.advice.title')}</Heading>
      <p data-part="advice-kind">{t(`terms.advice.${advice.kind}`)}</p>
      {advice.provisional ? <p>{t('terms.advice.provisional')}</p> : null}
      {chosen !== undefined && chosen === advice.kind ? (
        <p data-part="advice-follows">{t('terms.advice.follows')}</p>
      ) : null}
      {reasons.length > 0 ? (
        <>
          <p>{t('terms.advice.why')}</p>
          <ul>
            {reasons.map((reason) => (
              <li key={`${reason.code}-${reason.supports}`}>{format(reason)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}

/** Term, notice, renewal, effective date and — for an agreement — the lawyer's review (AGR-3). */
export function PeriodFields({ ctx }: { readonly ctx: TermsContext }) {
  const { agreement, dispatch, feedback, readOnly, t } = ctx;
  const set = (field: string, value: unknown) => dispatch({ type: 'set', path: [field], value });
  const renewalId = at('renewal');
  const lawyerId = at('lawyerReviewed');
  const lawyerNote = feedback.notesOf(lawyerId);
  return (
    <fieldset data-part="period">
      <legend>{t('terms.period')}</legend>
      <WholeNumberField
        id={at('termYears')}
        label={t('terms.termYears')}
        hint={t('terms.termYears.hint')}
        message={feedback.messageOf(at('termYears'), t('terms.termYears'))}
        note={feedback.notesOf(at('termYears'))}
        value={agreement.termYears}
        onValueChange={(value) => set('termYears', value)}
        readOnly={readOnly}
        maxLength={2}
      />
      <WholeNumberField
        id={at('noticeDays')}
        label={t('terms.noticeDays')}
        hint={t('terms.noticeDays.hint')}
        message={feedback.messageOf(at('noticeDays'), t('terms.noticeDays'))}
        value={agreement.noticeDays}
        onValueChange={(value) => set('noticeDays', value)}
        readOnly={readOnly}
      />
      <div data-part="field">
        <label htmlFor={renewalId}>{t('terms.renewal')}</label>
        <FieldTexts id={renewalId} message={feedback.messageOf(renewalId)} />
        <select
          id={renewalId}
          value={agreement.renewal ?? ''}
          disabled={readOnly}
          aria-describedby={describedBy(renewalId, { message: feedback.messageOf(renewalId) })}
          onChange={(event) =>
            set(
              'renewal',
              event.target.value === '' ? undefined : (event.target.value as RenewalMode),
            )
          }
        >
          <option value="">{t('terms.renewal.unset')}</option>
          {RENEWAL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`terms.renewal.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <DateField
        id={at('effectiveOn')}
        label={t('terms.effectiveOn')}
        hint={t('terms.effectiveOn.hint')}
        error={feedback.messageOf(at('effectiveOn'), t('terms.effectiveOn'))}
        value={agreement.effectiveOn}
        onValueChange={(value) => set('effectiveOn', value)}
        disabled={readOnly}
      />
      {agreement.kind === 'partnership-agreement' || agreement.lawyerReviewed !== undefined ? (
        <div data-part="field">
          <FieldTexts id={lawyerId} note={lawyerNote} />
          <label data-part="checkbox" htmlFor={lawyerId}>
            <input
              type="checkbox"
              id={lawyerId}
              checked={agreement.lawyerReviewed === true}
              disabled={readOnly}
              aria-describedby={describedBy(lawyerId, { note: lawyerNote })}
              onChange={(event) => set('lawyerReviewed', event.target.checked)}
            />{' '}
            {t('terms.lawyerReviewed')}
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}
