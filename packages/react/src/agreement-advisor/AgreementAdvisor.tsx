import {
  type AgreementRecommendationFacts,
  deriveAgreementFacts,
  formatIssue,
  type Knowable,
  type Partnership,
  recommendAgreement,
} from '@partnership-kit/core';
import { useId, useMemo } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageKey, MessageOverrides } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';

/** Props of {@link AgreementAdvisor}. */
export interface AgreementAdvisorProps {
  /** The facts, when the parent controls them (pair with `onFactsChange`). */
  readonly facts?: AgreementRecommendationFacts;
  /** Starting facts; taken from `partnership` when given, else all unknown. */
  readonly defaultFacts?: AgreementRecommendationFacts;
  readonly onFactsChange?: (facts: AgreementRecommendationFacts) => void;
  /** A partnership to read the starting facts from (organization count, `agreementFacts`). */
  readonly partnership?: Pick<Partnership, 'organizations' | 'agreementFacts'>;
  readonly headingLevel?: 2 | 3 | 4;
  readonly locale?: string;
  readonly messages?: MessageOverrides;
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
 * Helps the working group choose between an MOU and a partnership agreement (EST-5, AGR-1..4):
 * it asks the deciding facts — or starts from the partnership's — and shows the recommended
 * kind as it changes, each reason with its rule, the lawyer note (AGR-3), the warnings (AGR-4)
 * and the facts still unknown.
 *
 * @example
 * ```tsx
 * <AgreementAdvisor partnership={partnership} onFactsChange={(facts) => save(facts)} />
 * ```
 */
export function AgreementAdvisor(props: AgreementAdvisorProps) {
  const { headingLevel = 2, partnership } = props;
  const { t, locale, issueMessages } = useMessages(props);
  const [facts, setFacts] = useControllableState<AgreementRecommendationFacts>({
    value: props.facts,
    defaultValue: () =>
      props.defaultFacts ?? (partnership ? deriveAgreementFacts(partnership).facts : UNKNOWN),
    onChange: props.onFactsChange,
    name: 'AgreementAdvisor',
  });
  const advice = useMemo(() => recommendAgreement(facts), [facts]);
  const ids = { heading: useId(), count: useId(), result: useId() };
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const format = (issue: Parameters<typeof formatIssue>[0]) =>
    formatIssue(issue, locale, issueMessages ? { messages: issueMessages } : {});
  const set = <K extends keyof AgreementRecommendationFacts>(
    key: K,
    value: AgreementRecommendationFacts[K],
  ) => setFacts({ ...facts, [key]: value });

  return (
    <section data-pk-agreement-advisor="" data-kind={advice.kind} aria-labelledby={ids.heading}>
      <Heading id={ids.heading}>{t('advisor.title')}</Heading>
      <fieldset>
        <legend>{t('advisor.facts')}</legend>
        <p>
          <label htmlFor={ids.count}>{t('advisor.organizationCount')}</label>{' '}
          <input
            id={ids.count}
            type="number"
            min={1}
            inputMode="numeric"
            value={facts.organizationCount === 'unknown' ? '' : facts.organizationCount}
            onChange={(event) => {
              const n = Number.parseInt(event.target.value, 10);
              set('organizationCount', Number.isFinite(n) && n > 0 ? n : 'unknown');
            }}
          />
        </p>
        {QUESTIONS.map((question) => (
          <FactQuestion
            key={question}
            label={t(`advisor.${question}` as MessageKey)}
            value={facts[question] ?? 'unknown'}
            onChange={(value) => set(question, value)}
            t={t}
          />
        ))}
      </fieldset>
      <section data-part="result" aria-labelledby={ids.result}>
        <SubHeading id={ids.result}>{t('advisor.result')}</SubHeading>
        {/* Only the verdict is a live region: announcing every reason on each change would drown it. */}
        <p data-part="kind" role="status">
          {t(`advisor.kind.${advice.kind}`)}
        </p>
        {advice.errors.map((issue) => (
          <p key={issue.code} data-severity="error">
            {format(issue)}
          </p>
        ))}
        {advice.lawyerReviewRecommended ? <p data-part="lawyer">{t('advisor.lawyer')}</p> : null}
        {advice.warnings.map((issue) => (
          <p key={issue.code} data-severity="warning">
            {format(issue)} ({issue.ruleId})
          </p>
        ))}
        {advice.missingFacts.length > 0 ? (
          <p data-part="missing">
            {t('advisor.missing', {
              facts: advice.missingFacts
                .map((fact) =>
                  fact === 'organizationCount'
                    ? t('advisor.organizationCount')
                    : t(`advisor.${fact}` as MessageKey),
                )
                .join(' ; '),
            })}
          </p>
        ) : null}
        {advice.reasons.length > 0 ? (
          <>
            <p>{t('advisor.reasons')}</p>
            <ul>
              {advice.reasons.map((reason) => (
                <li key={reason.code} data-supports={reason.supports}>
                  {format(reason)} ({reason.ruleId})
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
  readonly label: string;
  readonly value: Knowable<boolean>;
  readonly onChange: (value: Knowable<boolean>) => void;
  readonly t: (key: MessageKey) => string;
}) {
  const name = useId();
  const options: [Knowable<boolean>, MessageKey][] = [
    [true, 'advisor.yes'],
    [false, 'advisor.no'],
    ['unknown', 'advisor.unknown'],
  ];
  return (
    <fieldset data-part="fact">
      <legend>{label}</legend>
      {options.map(([option, key]) => (
        <label key={String(option)}>
          <input
            type="radio"
            name={name}
            checked={value === option}
            onChange={() => onChange(option)}
          />{' '}
          {t(key)}
        </label>
      ))}
    </fieldset>
  );
}
