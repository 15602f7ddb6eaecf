import type { ActionResult, Issue, Language, Partnership, Signatory } from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';
import { fieldId } from '../editors/field-ids';
import { withinSublist } from '../editors/sublist';
import type { EditorFeedback } from '../editors/useEditorFeedback';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { addSignatoryId, signatoryName } from './signatory-ids';
import type { SignaturesTranslate } from './signatures.messages';

/** What every group of signatories works with. */
export interface SignatoryContext {
  readonly partnership: Partnership;
  readonly signatories: readonly Signatory[];
  readonly dispatch: (action: PartnershipAction) => ActionResult<Partnership>;
  readonly feedback: EditorFeedback;
  readonly readOnly: boolean;
  readonly t: SignaturesTranslate;
  readonly lang: Language;
  readonly announce: (text: string) => void;
  readonly format: (issue: Issue) => string;
}

const signatoryPath = (id: string, field: string) =>
  fieldId(['agreement', 'signatories', { id }, field]);

/**
 * One organization's authorized signatories (Resource 6 signs "by its authorized
 * signatories", so there may be several), as fields to edit or, once the agreement is fully
 * signed, as the record of who signed and when.
 */
export function OrganizationSignatories({
  ctx,
  organizationId,
  label,
  signed,
  base,
  issues,
  heading: Heading,
}: {
  readonly ctx: SignatoryContext;
  /** The organization, or undefined for the signatories of organizations no longer partners. */
  readonly organizationId: string | undefined;
  readonly label: string;
  readonly signed: boolean;
  readonly base: string;
  readonly issues: readonly Issue[];
  readonly heading: 'h3' | 'h4' | 'h5';
}) {
  const { partnership, signatories, readOnly, t, lang } = ctx;
  const partners = new Set(partnership.organizations.map((o) => o.id));
  const own = signatories.filter((s) =>
    organizationId === undefined
      ? !partners.has(s.organizationId)
      : s.organizationId === organizationId,
  );
  const nameOf = (s: Signatory) => signatoryName(s, lang, t('editor.untitled'));
  const addId = addSignatoryId(base, organizationId ?? 'strays');
  const list = useListEditor({
    items: own,
    path: ['signatories'],
    dispatch: withinSublist(signatories, own, ctx.dispatch),
    partnership,
    newItem: () => ({ organizationId }),
    idPrefix: `sig-${organizationId ?? 'other'}`,
    nameOf,
    firstFieldOf: (id) => signatoryPath(id, 'name'),
    addButtonId: addId,
    t,
    announce: ctx.announce,
    readOnly: readOnly || organizationId === undefined,
  });
  const headingId = `${addId}-h`;
  return (
    <section
      data-part="party"
      data-organization-id={organizationId}
      data-signed={signed || undefined}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>
        {label}{' '}
        {organizationId === undefined ? null : (
          <span data-part="tag" data-status={signed ? 'done' : 'in-progress'}>
            {signed ? t('signatures.signed') : t('signatures.unsigned')}
          </span>
        )}
      </Heading>
      {organizationId === undefined ? <p data-part="hint">{t('signatures.strays.hint')}</p> : null}
      {issues.map((issue) => (
        <p key={issue.code} data-severity={issue.severity}>
          {ctx.format(issue)}
        </p>
      ))}
      {own.length === 0 ? <p data-part="empty">{t('signatures.empty')}</p> : null}
      {readOnly ? (
        <SignedList signatories={own} ctx={ctx} />
      ) : (
        <ol data-part="items">
          {own.map((signatory, index) => (
            <li key={signatory.id} data-item-id={signatory.id}>
              <SignatoryFields
                signatory={signatory}
                index={index}
                name={nameOf(signatory)}
                ctx={ctx}
              />
              <div data-part="item-actions">
                {organizationId === undefined ? null : (
                  <>
                    <button {...list.getMoveUpProps(signatory, index)}>{t('editor.up')}</button>
                    <button {...list.getMoveDownProps(signatory, index)}>{t('editor.down')}</button>
                  </>
                )}
                <button {...list.getRemoveProps(signatory)}>{t('editor.removeShort')}</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {organizationId === undefined ? null : (
        <button {...list.getAddProps()}>{t('signatures.add', { organization: label })}</button>
      )}
    </section>
  );
}

/** Who signed and when, as the signed document shows it. */
function SignedList({
  signatories,
  ctx,
}: {
  readonly signatories: readonly Signatory[];
  readonly ctx: SignatoryContext;
}) {
  const { t, lang } = ctx;
  if (signatories.length === 0) return null;
  return (
    <ul data-part="signed-list">
      {signatories.map((s) => {
        const title = shown(s.title ?? {}, lang, '');
        return (
          <li key={s.id}>
            <strong>{s.name?.trim() || t('editor.untitled')}</strong>
            {title.text ? (
              <>
                , <span lang={title.lang}>{title.text}</span>
              </>
            ) : null}
            {' — '}
            {s.signedOn ? (
              <time dateTime={s.signedOn}>
                {t('signatures.signedOnDate', { date: s.signedOn })}
              </time>
            ) : (
              t('signatures.unsigned')
            )}
          </li>
        );
      })}
    </ul>
  );
}

function SignatoryFields({
  signatory,
  index,
  name,
  ctx,
}: {
  readonly signatory: Signatory;
  readonly index: number;
  readonly name: string;
  readonly ctx: SignatoryContext;
}) {
  const { partnership, dispatch, feedback, t } = ctx;
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'set', path: ['signatories', { id: signatory.id }, field], value });
  const nameId = signatoryPath(signatory.id, 'name');
  const titleId = signatoryPath(signatory.id, 'title');
  const dateId = signatoryPath(signatory.id, 'signedOn');
  const nameMessage = feedback.messageOf(nameId, t('signatures.name'));
  return (
    <fieldset>
      <legend>{t('signatures.signatory', { n: index + 1, name })}</legend>
      <div data-part="field">
        <label htmlFor={nameId}>{t('signatures.name')}</label>
        {nameMessage ? (
          <p id={`${nameId}-error`} data-part="field-error">
            {nameMessage}
          </p>
        ) : null}
        <input
          id={nameId}
          value={signatory.name ?? ''}
          maxLength={500}
          autoComplete="off"
          aria-describedby={nameMessage ? `${nameId}-error` : undefined}
          onChange={(event) =>
            set('name', event.target.value.trim() === '' ? undefined : event.target.value)
          }
        />
      </div>
      <BilingualTextField
        id={titleId}
        label={t('signatures.signatoryTitle')}
        value={signatory.title ?? {}}
        onValueChange={(title) => set('title', title)}
        languages={partnership.languages}
        maxLength={500}
        error={feedback.messageOf(titleId)}
      />
      <DateField
        id={dateId}
        label={t('signatures.signedOn')}
        hint={t('signatures.signedOn.hint')}
        value={signatory.signedOn}
        onValueChange={(date) => set('signedOn', date)}
        error={feedback.messageOf(dateId, t('signatures.signedOn'))}
      />
    </fieldset>
  );
}
