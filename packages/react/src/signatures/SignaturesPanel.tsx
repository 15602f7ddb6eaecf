import { organizationLabel } from '@partnership-kit/core';
import { formatIssue } from '@partnership-kit/core/issues';
import { useId, useMemo } from 'react';
import { IssueCheckButton, IssueCheckSummary } from '../editors/IssueCheck';
import { useEditorFeedback } from '../editors/useEditorFeedback';
import { useIssueCheck } from '../editors/useIssueCheck';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { type SliceIssue, useSliceIssues } from '../editors/useSliceIssues';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useFormatIssue, useMessages } from '../i18n/useMessages';
import { localToday } from '../utils/format-date';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { AgreementDatesList } from './AgreementDatesList';
import { signatureState } from './agreement-signed';
import { OrganizationSignatories, type SignatoryContext } from './OrganizationSignatories';
import { SignedNote } from './SignedNote';
import { addSignatoryId } from './signatory-ids';
import { SIGNATURES_MESSAGES } from './signatures.messages';
import { useSignedLock } from './useSignedLock';

/** Props of {@link SignaturesPanel}. */
export interface SignaturesPanelProps extends PartnershipSliceProps<'agreement'>, MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
  /** The day dates and issues are judged on, `YYYY-MM-DD`; today by default. */
  readonly today?: string;
}

/** The issues this panel fixes: the signatories', and the agreement's as a whole (its dates). */
const isSignatureIssue = (path: readonly (string | number)[]) =>
  path.length === 1 || path[1] === 'signatories';

/**
 * The signatures of the MOU or agreement (EST-5): for each partner organization, its authorized
 * signatories — several if need be — with their name, title (in the partnership's languages)
 * and the date they signed; and the dates that follow from them — when it takes effect (the date
 * set, or the last signature), expires, and when the parties meet about renewal (REV-4) —
 * written in words in the reader's language. Once every party has signed, the panel is a
 * read-only record: changes go through amendments. Edits the `agreement` slice (`value`) or the
 * whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <SignaturesPanel partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function SignaturesPanel(props: SignaturesPanelProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang, locale } = useMessages(SIGNATURES_MESSAGES, props);
  const format = useFormatIssue(formatIssue, props.locale);
  const today = props.today ?? localToday();
  const {
    slice: agreement,
    partnership,
    dispatch,
  } = usePartnershipSlice('agreement', props, () => undefined);
  const sliceIssues = useSliceIssues(partnership, 'agreement', today);
  const issues = useMemo(
    () => sliceIssues.filter((entry) => isSignatureIssue(entry.issue.path)),
    [sliceIssues],
  );
  const feedback = useEditorFeedback('agreement', dispatch, issues, format);
  const lock = useSignedLock(partnership, readOnly);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const datesId = `${base}-dates`;
  // An organization without a signatory is fixed by adding one; the dates, on the dates.
  const targetOf = ({ issue }: SliceIssue) =>
    issue.path.length === 1
      ? datesId
      : issue.organizationId && issue.path.length === 2
        ? addSignatoryId(base, issue.organizationId)
        : undefined;
  const check = useIssueCheck({
    issues,
    partnership,
    fallbackId: `${base}-h`,
    targetOf,
    format,
  });
  const Heading = `h${headingLevel}` as const;
  const subHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const signed = signatureState(partnership).signedOrganizationIds;
  const ctx: SignatoryContext | undefined = agreement && {
    partnership,
    signatories: agreement.signatories,
    dispatch: feedback.dispatch,
    feedback,
    readOnly: lock.readOnly,
    t,
    lang,
    announce,
    format,
  };
  const partners = new Set(partnership.organizations.map((o) => o.id));
  const strays = agreement?.signatories.some((s) => !partners.has(s.organizationId)) ?? false;
  const groupIssues = (organizationId: string) =>
    issues
      .map((entry) => entry.issue)
      .filter((issue) => issue.organizationId === organizationId && issue.path.length === 2);
  return (
    <section data-pk="" data-pk-signatures="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`} tabIndex={-1}>
        {t('signatures.title')}
      </Heading>
      <p data-part="intro">{t('signatures.intro')}</p>
      <IssueCheckSummary check={check} t={t} />
      {feedback.listRefusal ? (
        <p role="alert" data-part="field-error">
          {feedback.listRefusal}
        </p>
      ) : null}
      {agreement && ctx ? (
        <>
          <SignedNote lock={lock} appReadOnly={readOnly} t={t} />
          <AgreementDatesList
            id={datesId}
            agreement={agreement}
            today={today}
            locale={locale}
            issues={issues.filter((entry) => entry.issue.path.length === 1).map((e) => e.issue)}
            format={format}
            t={t}
            heading={subHeading}
          />
          {partnership.organizations.length === 0 ? (
            <p data-part="empty">{t('signatures.noOrganizations')}</p>
          ) : null}
          {partnership.organizations.map((organization) => (
            <OrganizationSignatories
              key={organization.id}
              ctx={ctx}
              organizationId={organization.id}
              label={organizationLabel(organization)}
              signed={signed.has(organization.id)}
              base={base}
              issues={groupIssues(organization.id)}
              heading={subHeading}
            />
          ))}
          {strays ? (
            <OrganizationSignatories
              ctx={ctx}
              organizationId={undefined}
              label={t('signatures.strays')}
              signed={false}
              base={base}
              issues={[]}
              heading={subHeading}
            />
          ) : null}
        </>
      ) : (
        <p data-part="empty">{t('signatures.noAgreement')}</p>
      )}
      <IssueCheckButton check={check} t={t} />
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}
