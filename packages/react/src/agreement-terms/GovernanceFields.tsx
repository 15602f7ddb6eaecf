import { type CommitteeMember, type LocalizedText, organizationLabel } from '@partnership-kit/core';
import type { PartnershipAction } from '@partnership-kit/core/editing';
import { useId } from 'react';
import { FieldTexts } from '../editors/FieldTexts';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { describedBy } from '../editors/useEditorFeedback';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { TermsContext } from './terms-context';

const governancePath = (...rest: (string | { id: string })[]) =>
  fieldId(['agreement', 'governance', ...rest]);

/**
 * The agreement's governance (Resource 6): steering-committee members by title and the
 * organization they represent, the chair — one of them — and the terms of reference. How the
 * committee decides is the decision-making clause, which this part points to.
 */
export function GovernanceFields({ ctx }: { readonly ctx: TermsContext }) {
  const { agreement, partnership, feedback, readOnly, t, lang, subHeading: Heading } = ctx;
  const governance = agreement.governance;
  const members = governance?.members ?? [];
  const base = useId().replace(/:/g, '');
  // The committee is created with its first member: core refuses a path through a missing object.
  const dispatch = (action: PartnershipAction) =>
    governance
      ? ctx.dispatch(action)
      : ctx.dispatch({
          type: 'batch',
          actions: [{ type: 'set', path: ['governance'], value: { members: [] } }, action],
        });
  // Several partners send their "Executive Director": the organization tells them apart.
  const nameOf = (member: CommitteeMember) => {
    const who = member.name?.trim() || shown(member.title, lang, t('editor.untitled')).text;
    const organization = partnership.organizations.find((o) => o.id === member.organizationId);
    return organization ? `${who} (${organizationLabel(organization)})` : who;
  };
  const list = useListEditor({
    items: members,
    path: ['governance', 'members'],
    dispatch,
    partnership,
    newItem: () => ({ title: {} }),
    idPrefix: 'cm',
    nameOf,
    firstFieldOf: (id) =>
      `${governancePath('members', { id }, 'title')}-${partnership.languages[0] ?? 'fr'}`,
    addButtonId: `${base}-add`,
    referenceKind: 'committee-member',
    t,
    announce: ctx.announce,
    readOnly,
  });
  const chairId = governancePath('chairMemberId');
  const chairMessage = feedback.messageOf(chairId);
  const termsId = governancePath('termsOfReference');
  const decisionsId = `${fieldId(['agreement', 'clauses', 'decisionMaking'])}-${partnership.languages[0] ?? 'fr'}`;
  return (
    <section data-part="governance" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('terms.governance')}</Heading>
      <p data-part="hint">
        {t('terms.governance.intro')}{' '}
        <a
          href={`#${decisionsId}`}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(decisionsId)?.focus();
          }}
        >
          {t('terms.governance.decisions')}
        </a>
      </p>
      {members.length === 0 ? <p data-part="empty">{t('terms.governance.empty')}</p> : null}
      <ol data-part="items">
        {members.map((member, index) => (
          <li key={member.id} data-item-id={member.id}>
            <CommitteeMemberFields
              member={member}
              index={index}
              name={nameOf(member)}
              ctx={{ ...ctx, dispatch }}
            />
            {readOnly ? null : <ItemActions list={list} item={member} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('terms.governance.add')}</button>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      {members.length > 0 ? (
        <div data-part="field">
          <label htmlFor={chairId}>{t('terms.governance.chair')}</label>
          <FieldTexts id={chairId} hint={t('terms.governance.chair.hint')} message={chairMessage} />
          <select
            id={chairId}
            value={governance?.chairMemberId ?? ''}
            disabled={readOnly}
            aria-describedby={describedBy(chairId, { hint: true, message: chairMessage })}
            onChange={(event) =>
              dispatch({
                type: 'set',
                path: ['governance', 'chairMemberId'],
                value: event.target.value === '' ? undefined : event.target.value,
              })
            }
          >
            <option value="">{t('editor.none')}</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {nameOf(member)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {governance ? (
        <BilingualTextField
          id={termsId}
          label={t('terms.governance.termsOfReference')}
          value={governance.termsOfReference ?? {}}
          onValueChange={(text) =>
            dispatch({ type: 'set', path: ['governance', 'termsOfReference'], value: text })
          }
          languages={partnership.languages}
          multiline
          readOnly={readOnly}
          error={feedback.messageOf(termsId)}
        />
      ) : null}
    </section>
  );
}

function CommitteeMemberFields({
  member,
  index,
  name,
  ctx,
}: {
  readonly member: CommitteeMember;
  readonly index: number;
  readonly name: string;
  readonly ctx: TermsContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t } = ctx;
  const path = (field: string) => governancePath('members', { id: member.id }, field);
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'set', path: ['governance', 'members', { id: member.id }, field], value });
  return (
    <fieldset>
      <legend>{t('terms.governance.member', { n: index + 1, name })}</legend>
      <BilingualTextField
        id={path('title')}
        label={t('terms.governance.memberTitle')}
        value={member.title}
        onValueChange={(title: LocalizedText) => set('title', title)}
        languages={partnership.languages}
        readOnly={readOnly}
        maxLength={500}
        error={feedback.messageOf(path('title'))}
      />
      <div data-part="field">
        <label htmlFor={path('name')}>{t('terms.governance.name')}</label>
        <input
          id={path('name')}
          value={member.name ?? ''}
          maxLength={500}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(event) =>
            set('name', event.target.value.trim() === '' ? undefined : event.target.value)
          }
        />
      </div>
      <div data-part="field">
        <label htmlFor={path('organizationId')}>{t('terms.governance.organization')}</label>
        <select
          id={path('organizationId')}
          value={member.organizationId ?? ''}
          disabled={readOnly}
          onChange={(event) =>
            set('organizationId', event.target.value === '' ? undefined : event.target.value)
          }
        >
          <option value="">{t('editor.none')}</option>
          {partnership.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {organizationLabel(o)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The annexes the partners write for an agreement: the work plan and the evaluation plan. */
export function AnnexFields({ ctx }: { readonly ctx: TermsContext }) {
  const { agreement, partnership, dispatch, feedback, readOnly, t, subHeading: Heading } = ctx;
  const base = useId().replace(/:/g, '');
  const annexes = agreement.annexes ?? {};
  const field = (annex: 'workPlan' | 'evaluationPlan') => {
    const id = fieldId(['agreement', 'annexes', annex]);
    return (
      <BilingualTextField
        id={id}
        label={t(`terms.annexes.${annex}`)}
        value={annexes[annex] ?? {}}
        // The whole annexes object: it may not exist yet, and core sets no path through nothing.
        onValueChange={(text) =>
          dispatch({ type: 'set', path: ['annexes'], value: { ...annexes, [annex]: text } })
        }
        languages={partnership.languages}
        multiline
        readOnly={readOnly}
        error={feedback.messageOf(id)}
      />
    );
  };
  return (
    <section data-part="annexes" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('terms.annexes')}</Heading>
      {field('workPlan')}
      {field('evaluationPlan')}
    </section>
  );
}
