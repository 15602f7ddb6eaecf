import {
  APPROVER_KINDS,
  type Approval,
  type Language,
  type Organization,
  organizationLabel,
  type Partnership,
} from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { useEffect, useState } from 'react';
import { SelectField } from '../editors/EditorFields';
import { fieldId } from '../editors/field-ids';
import { optionalLocalized } from '../editors/optional-values';
import type { EditorChecks } from '../editors/useEditorChecks';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { approvalIdFor } from './approval-ids';
import type { PurposeScopeTranslate } from './purpose-scope.messages';

type Draft = Partial<Omit<Approval, 'id' | 'organizationId'>>;

interface ApprovalsProps {
  readonly partnership: Partnership;
  readonly languages: readonly Language[];
  readonly checks: EditorChecks;
  readonly readOnly: boolean;
  readonly announce: (text: string) => void;
  readonly t: PurposeScopeTranslate;
  readonly locale?: string | undefined;
}

/**
 * One row per organization (EST-1, WS-SELF 10): who approved the partnership and when, or "not
 * confirmed yet". An approval needs both: until both are given they are kept here, then recorded
 * at once. Approvals naming an organization that is not a partner are listed too, to remove.
 */
export function Approvals(props: ApprovalsProps) {
  const { partnership, t } = props;
  const [drafts, setDrafts] = useState<Readonly<Record<string, Draft>>>({});
  // After a removal, focus goes to the row's "Approved by", whose id is only known once the
  // row is a draft again (it takes the id the next approval will have).
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus === null) return;
    const id = approvalIdFor(partnership, focus);
    document.getElementById(fieldId(['approvals', { id }, 'approvedBy']))?.focus();
    setFocus(null);
  }, [focus, partnership]);
  const known = new Set(partnership.organizations.map((o) => o.id));
  const orphans = new Set(
    partnership.approvals.map((a) => a.organizationId).filter((id) => !known.has(id)),
  );
  const rows: { organizationId: string; organization?: Organization }[] = [
    ...partnership.organizations.map((o) => ({ organizationId: o.id, organization: o })),
    ...[...orphans].map((organizationId) => ({ organizationId })),
  ];
  return (
    <fieldset data-part="approvals" id={fieldId(['approvals'])} tabIndex={-1}>
      <legend>{t('purpose.approvals')}</legend>
      <p data-part="hint">{t('purpose.approvals.hint')}</p>
      {partnership.organizations.length === 0 ? (
        <p data-part="empty">{t('purpose.approvals.noOrganizations')}</p>
      ) : null}
      <ul data-part="items">
        {rows.map(({ organizationId, organization }) => (
          <li key={organizationId} data-organization-id={organizationId}>
            <ApprovalRow
              {...props}
              organizationId={organizationId}
              name={
                organization
                  ? organizationLabel(organization)
                  : t('editor.unknownOrganization', { id: organizationId })
              }
              draft={drafts[organizationId] ?? {}}
              setDraft={(draft) => setDrafts((all) => ({ ...all, [organizationId]: draft }))}
              onRemoved={setFocus}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const withoutBlanks = (draft: Draft): Draft =>
  Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Draft;

function ApprovalRow(
  props: ApprovalsProps & {
    readonly organizationId: string;
    readonly name: string;
    readonly draft: Draft;
    readonly setDraft: (draft: Draft) => void;
    readonly onRemoved: (organizationId: string) => void;
  },
) {
  const { partnership, checks, readOnly, t, organizationId, name, draft } = props;
  const recorded = partnership.approvals.find((a) => a.organizationId === organizationId);
  const id = approvalIdFor(partnership, organizationId);
  const at = (field: string): EditPath => ['approvals', { id }, field];
  const shownValue: Draft = recorded ?? draft;
  const change = (field: keyof Draft, value: unknown) => {
    if (recorded) {
      checks.commit(at(field), { type: 'set', path: at(field), value });
      return;
    }
    const next = withoutBlanks({ ...draft, [field]: value });
    props.setDraft(next);
    if (next.approvedBy === undefined || next.approvedOn === undefined) return;
    const result = checks.commit(at(field), {
      type: 'add',
      path: ['approvals'],
      item: { ...next, id, organizationId },
    });
    if (!result.rejection) {
      props.setDraft({});
      props.announce(t('purpose.approval.recorded', { organization: name }));
    }
  };
  const remove = () => {
    if (checks.dispatch({ type: 'remove', path: ['approvals'], id }).rejection) return;
    props.announce(t('purpose.approval.removed', { organization: name }));
    props.onRemoved(organizationId);
  };
  // The title is asked for "other", and kept in sight whenever one was written.
  const showTitle =
    shownValue.approvedBy === 'other' ||
    optionalLocalized(shownValue.approverTitle ?? {}) !== undefined;
  return (
    <fieldset id={fieldId(['approvals', { id }])} tabIndex={-1}>
      <legend>{name}</legend>
      <p data-part="tag" data-status={recorded ? 'done' : 'in-progress'}>
        {recorded
          ? t('purpose.approval.confirmed', { date: recorded.approvedOn })
          : t('purpose.approval.pending')}
      </p>
      <SelectField
        id={fieldId(at('approvedBy'))}
        label={t('purpose.approvedBy')}
        value={shownValue.approvedBy ?? ''}
        options={[
          // A recorded approval always names who approved: it is removed, not emptied.
          ...(recorded ? [] : [{ value: '', label: t('purpose.approver.none') }]),
          ...APPROVER_KINDS.map((kind) => ({ value: kind, label: t(`purpose.approver.${kind}`) })),
        ]}
        disabled={readOnly}
        error={checks.errorFor(fieldId(at('approvedBy')))}
        onValueChange={(kind) => change('approvedBy', kind === '' ? undefined : kind)}
      />
      {showTitle ? (
        <BilingualTextField
          id={fieldId(at('approverTitle'))}
          label={t('purpose.approverTitle')}
          value={shownValue.approverTitle ?? {}}
          onValueChange={(text) => change('approverTitle', optionalLocalized(text))}
          error={checks.errorFor(fieldId(at('approverTitle')))}
          languages={props.languages}
          readOnly={readOnly}
          maxLength={500}
        />
      ) : null}
      <DateField
        id={fieldId(at('approvedOn'))}
        label={t('purpose.approvedOn')}
        value={shownValue.approvedOn}
        onValueChange={(date) => change('approvedOn', date)}
        error={checks.errorFor(fieldId(at('approvedOn')))}
        disabled={readOnly}
        locale={props.locale}
      />
      <BilingualTextField
        id={fieldId(at('notes'))}
        label={t('purpose.approval.notes')}
        value={shownValue.notes ?? {}}
        onValueChange={(text) => change('notes', optionalLocalized(text))}
        error={checks.errorFor(fieldId(at('notes')))}
        languages={props.languages}
        readOnly={readOnly}
        multiline
        rows={2}
        maxLength={2000}
      />
      {recorded && !readOnly ? (
        <div data-part="item-actions">
          <button type="button" data-variant="danger" onClick={remove}>
            {t('purpose.approval.remove', { organization: name })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
