import type { AgreementTerms, Issue } from '@partnership-kit/core';
import { type AgreementDates, agreementDates } from '@partnership-kit/core/rules';
import type { ReactNode } from 'react';
import { formatDate } from '../utils/format-date';
import type { SignaturesTranslate } from './signatures.messages';

/**
 * When the agreement takes effect, expires and is discussed for renewal, as they follow from its
 * terms and signatures (core `agreementDates`, REV-4), dates written in words in the reader's
 * language; what cannot be known yet says what it waits for.
 */
export function AgreementDatesList({
  id,
  agreement,
  today,
  locale,
  issues,
  format,
  t,
  heading: Heading,
}: {
  /** The list's id: issues about the dates (an expired agreement) link here. */
  readonly id: string;
  readonly agreement: AgreementTerms;
  readonly today: string;
  readonly locale: string;
  /** Issues about the agreement as a whole (expired, renewal meeting due). */
  readonly issues: readonly Issue[];
  readonly format: (issue: Issue) => string;
  readonly t: SignaturesTranslate;
  readonly heading: 'h3' | 'h4' | 'h5';
}) {
  // A `today` the app got wrong must not take the page down: the dates are then left unknown.
  const dates = safeDates(agreement, today);
  const day = (date: string) => <time dateTime={date}>{formatDate(date, locale)}</time>;
  const rows: [string, string, ReactNode][] = [
    [
      'effective',
      t('signatures.effectiveFrom'),
      dates.effectiveFrom ? (
        <>
          {day(dates.effectiveFrom)} (
          {agreement.effectiveOn
            ? t('signatures.effectiveFrom.set')
            : t('signatures.effectiveFrom.lastSignature')}
          )
        </>
      ) : (
        t('signatures.effectiveFrom.pending')
      ),
    ],
    [
      'expires',
      t('signatures.expiresOn'),
      dates.expiresOn ? (
        <>
          {day(dates.expiresOn)}
          {dates.term !== undefined
            ? ` (${t('signatures.expiresOn.term', { term: dates.term })})`
            : ''}
        </>
      ) : (
        t('signatures.expiresOn.pending')
      ),
    ],
    [
      'renewal',
      t('signatures.renewalMeetingOn'),
      dates.renewalMeetingOn ? (
        <time key="renewal" dateTime={dates.renewalMeetingOn}>
          {t('signatures.renewalMeetingOn.about', { date: dates.renewalMeetingOn })}
        </time>
      ) : (
        t('signatures.renewalMeetingOn.none', { renewal: agreement.renewal ?? 'meet-to-decide' })
      ),
    ],
  ];
  return (
    <div data-part="agreement-dates">
      <Heading>{t('signatures.dates')}</Heading>
      <dl id={id} tabIndex={-1} data-part="summary-list">
        {rows.map(([key, label, value]) => (
          <div key={key} data-date={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {issues.map((issue) => (
        <p key={issue.code} data-severity={issue.severity}>
          {format(issue)}
        </p>
      ))}
    </div>
  );
}

function safeDates(agreement: AgreementTerms, today: string): AgreementDates {
  try {
    return agreementDates(agreement, { today });
  } catch {
    return {};
  }
}
