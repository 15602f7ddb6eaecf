import type { Partnership } from '@partnership-kit/core';
import { formatIssue } from '@partnership-kit/core/issues';
import {
  type AgreementRecommendationFacts,
  deriveAgreementFacts,
  type Knowable,
  recommendAgreement,
} from '@partnership-kit/core/rules';
import { useId, useMemo } from 'react';
import { GUIDE_MESSAGES, type GuideTranslate } from '../guide/guide.messages';
import { useControllableState } from '../hooks/useControllableState';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';

/** Props of {@link AgreementAdvisor}. */
export interface AgreementAdvisorProps extends MessageOptions {
  /** The facts, when the parent controls them (pair with `onFactsChange`). */
  readonly facts?: AgreementRecommendationFacts;
  /** Starting facts; taken from `partnership` when given, else all unknown. */
  readonly defaultFacts?: AgreementRecommendationFacts;
  readonly onFactsChange?: (facts: AgreementRecommendationFacts) => void;
  /** A partnership to read the starting facts from (organization count, `agreementFacts`). */
  readonly partnership?: Pick<Partnership, 'organizations' | 'agreementFacts'>;
  readonly headingLevel?: 2 | 3 | 4;
}

const QUESTIONS = [
  'sharesFunding',
  'coCreatesServices',
  'servicesEstablished',
  'paysForServices',
] as const;
const UNKNOWN: AgreementRecommendationFacts = {
  organizationCount: 'unknown',
  sharesFunding: 'unknown',
  coCreatesServices: 'unknown',
  servicesEstablished: 'unknown',
  paysForServices: 'unknown',
};

/**
 * Helps the working group choose between an MOU, a partnership agreement or a contract (EST-5,
 * AGR-1..4): it asks the deciding facts — or starts from the partnership's — and shows the
 * advice as it changes, whether it is provisional, each reason in plain words, the lawyer note,
 * the warnings and the facts still unknown.
 *
 * @example
 * ```tsx
 * <AgreementAdvisor partnership={partnership} onFactsChange={(facts) => save(facts)} />
 * ```
 */
export function AgreementAdvisor(props: AgreementAdvisorProps) {
  const { headingLevel = 2, partnership } = props;
  const { t } = useMessages(GUIDE_MESSAGES, props);
  const format = useFormatIssue(formatIssue, props.locale);
  const [facts, setFacts] = useControllableState<AgreementRecommendationFacts>({
    value: props.facts,
    defaultValue: () =>
      props.defaultFacts ?? (partnership ? deriveAgreementFacts(partnership).facts : UNKNOWN),
    onChange: props.onFactsChange,
    name: 'AgreementAdvisor',
  });
  const advice = useMemo(() => recommendAgreement(facts), [facts]);
  const base = useId().replace(/:/g, '');
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const set = <K extends keyof AgreementRecommendationFacts>(
    key: K,
    value: AgreementRecommendationFacts[K],
  ) => setFacts({ ...facts, [key]: value });
  const reasons = advice.reasons.filter((reason) => reason.code !== 'AGR_FACT_UNKNOWN');
  return (
    <section
      data-pk=""
      data-pk-agreement-advisor=""
      data-kind={advice.kind}
      data-provisional={advice.provisional || undefined}
      aria-labelledby={`${base}-h`}
    >
      <Heading id={`${base}-h`}>{t('advisor.title')}</Heading>
      <fieldset>
        <legend>{t('advisor.facts')}</legend>
        <div data-part="field">
          <label htmlFor={`${base}-count`}>{t('advisor.organizationCount')}</label>
          <input
            id={`${base}-count`}
            type="number"
            min={1}
            max={99}
            inputMode="numeric"
            value={facts.organizationCount === 'unknown' ? '' : facts.organizationCount}
            onChange={(event) => {
              const n = Number.parseInt(event.target.value, 10);
              set('organizationCount', Number.isSafeInteger(n) && n > 0 ? n : 'unknown');
            }}
          />
        </div>
        {QUESTIONS.map((question) => (
          <FactQuestion
            key={question}
            label={t(`advisor.${question}`)}
            value={facts[question] ?? 'unknown'}
            onChange={(value) => set(question, value)}
            t={t}
          />
        ))}
      </fieldset>
      <section data-part="result" aria-labelledby={`${base}-result`}>
        <SubHeading id={`${base}-result`}>{t('advisor.result')}</SubHeading>
        {/* Only the verdict is a live region: announcing every reason on each change would drown it. */}
        <p data-part="kind" role="status">
          {t(`advisor.kind.${advice.kind}`)}
          {advice.provisional ? ` ${t('advisor.provisional')}` : ''}
        </p>
        {advice.errors.map((issue) => (
          <p key={issue.code} data-severity="error">
            {format(issue)}
          </p>
        ))}
        {advice.lawyerReviewRecommended ? <p data-part="lawyer">{t('advisor.lawyer')}</p> : null}
        {advice.warnings.map((issue) => (
          <p key={issue.code} data-severity="warning">
            {format(issue)}
          </p>
        ))}
        {advice.missingFacts.length > 0 ? (
          <div data-part="missing">
            <p>{t('advisor.missing')}</p>
            <ul>
              {advice.missingFacts.map((fact) => (
                <li key={fact}>{t(`advisor.${fact}`)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {reasons.length > 0 ? (
          <>
            <p>{t('advisor.reasons')}</p>
            <ul>
              {reasons.map((reason) => (
                <li key={reason.code} data-supports={reason.supports}>
                  {format(reason)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </section>
  );
}

function FactQuestion({
  label,
  value,
  onChange,
  t,
}: {
  label: string;
  value: Knowable<boolean>;
  onChange: (value: Knowable<boolean>) => void;
  t: GuideTranslate;
}) {
  const name = useId();
  const options: [Knowable<boolean>, 'advisor.yes' | 'advisor.no' | 'advisor.unknown'][] = [
    [true, 'advisor.yes'],
    [false, 'advisor.no'],
    ['unknown', 'advisor.unknown'],
  ];
  return (
    <fieldset data-part="fact">
      <legend>{label}</legend>
      <div data-part="radios">
        {options.map(([option, key]) => (
          <label key={String(option)} data-part="radio">
            <input
              type="radio"
              name={name}
              checked={value === option}
              onChange={() => onChange(option)}
            />{' '}
            {t(key)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
