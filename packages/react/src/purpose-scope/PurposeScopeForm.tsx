import {
  type Issue,
  type Language,
  type LocalizedText,
  MAX_TEXT_LENGTH,
  type Partnership,
} from '@partnership-kit/core';
import type { EditPath } from '@partnership-kit/core/editing';
import { useId } from 'react';
import { fieldId } from '../editors/field-ids';
import { CheckButton, CheckSummary } from '../editors/SectionCheck';
import { TextItemList } from '../editors/TextItemList';
import { type EditorChecks, useEditorChecks } from '../editors/useEditorChecks';
import { type PartnershipFieldsProps, usePartnershipFields } from '../editors/usePartnershipFields';
import { useSectionCheck } from '../editors/useSectionCheck';
import { BilingualTextField } from '../fields/BilingualTextField';
import { DateField } from '../fields/DateField';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { Approvals } from './Approvals';
import { approvalIdFor, approvalLabel } from './approval-ids';
import { PURPOSE_SCOPE_KEYS, type PurposeScope } from './purpose-scope.keys';
import { PURPOSE_SCOPE_MESSAGES, type PurposeScopeTranslate } from './purpose-scope.messages';

/** Props of {@link PurposeScopeForm}. */
export interface PurposeScopeFormProps
  extends PartnershipFieldsProps<(typeof PURPOSE_SCOPE_KEYS)[number]>,
    MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
}

const EMPTY: PurposeScope = {
  name: {},
  purpose: {},
  scope: {},
  why: {},
  values: {},
  objectives: [],
  approvals: [],
};

const TEXTS = ['name', 'purpose', 'scope', 'why', 'values'] as const;
type TextKey = (typeof TEXTS)[number];
const HINTS: Partial<
  Record<TextKey, 'purpose.purpose.hint' | 'purpose.scope.hint' | 'purpose.why.hint'>
> = {
  purpose: 'purpose.purpose.hint',
  scope: 'purpose.scope.hint',
  why: 'purpose.why.hint',
};

/** What a control of the form is called in messages ("Date approved (Northtown CL)"). */
function labelOf(path: EditPath, p: Partnership, t: PurposeScopeTranslate): string | undefined {
  const [key, item, field] = path;
  if (typeof key !== 'string') return undefined;
  if ((TEXTS as readonly string[]).includes(key) || key === 'startedOn')
    return t(`purpose.${key as TextKey | 'startedOn'}`);
  if (key === 'objectives') {
    const n = typeof item === 'object' ? p.objectives.findIndex((o) => o.id === item.id) + 1 : 0;
    return n > 0 ? t('purpose.objective', { n }) : t('purpose.objectives');
  }
  if (key !== 'approvals' || typeof item !== 'object') return t('purpose.approvals');
  const labels: Record<string, Parameters<PurposeScopeTranslate>[0]> = {
    approvedBy: 'purpose.approvedBy',
    approverTitle: 'purpose.approverTitle',
    approvedOn: 'purpose.approvedOn',
    notes: 'purpose.approval.notes',
  };
  const label = typeof field === 'string' ? labels[field] : undefined;
  const organization = approvalLabel(p, item.id, t);
  return label ? t('editor.fieldOf', { field: t(label), item: organization }) : organization;
}

/** An organization without an approval is fixed at its row's "Approved by" (EST-1). */
function targetOf(issue: Issue, p: Partnership): EditPath | undefined {
  if (issue.code !== 'LEADERSHIP_NOT_CONFIRMED' || issue.organizationId === undefined)
    return undefined;
  return ['approvals', { id: approvalIdFor(p, issue.organizationId) }, 'approvedBy'];
}

/**
 * Step 1 of establishing a partnership (EST-1): its name; purpose, scope and background (why the
 * parties enter it, as the MOU prints it); values; outcomes and objectives, an ordered list; the
 * day it started working (schedules count from it, REV-2); and each organization's leadership
 * approval — who approved (the board, the executive director, a program manager or someone
 * else, by title) and when — with "not confirmed yet" until it is recorded (WS-SELF 10). Every
 * text is written in the partnership's languages. Issues show beside their fields and, on
 * "Check this section", in an error summary. Edits its fields (`value`, a {@link PurposeScope})
 * or the whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <PurposeScopeForm partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function PurposeScopeForm(props: PurposeScopeFormProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(PURPOSE_SCOPE_MESSAGES, props);
  const { fields, partnership, dispatch } = usePartnershipFields(
    PURPOSE_SCOPE_KEYS,
    props,
    () => EMPTY,
  );
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const checks = useEditorChecks({
    partnership,
    keys: PURPOSE_SCOPE_KEYS,
    dispatch,
    labelOf: (path) => labelOf(path, partnership, t),
    targetOf: (issue) => targetOf(issue, partnership),
    announce,
    locale: props.locale,
  });
  const check = useSectionCheck();
  // Without a partnership, texts are written in the provider's languages.
  const languages = useContentLanguages(props.partnership?.languages);
  const Heading = `h${headingLevel}` as const;
  return (
    <section data-pk="" data-pk-purpose-scope="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('purpose.title')}</Heading>
      <p data-part="intro">{t('purpose.intro')}</p>
      <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
      {TEXTS.map((key) => (
        <PartnershipText
          key={key}
          field={key}
          value={fields[key]}
          checks={checks}
          readOnly={readOnly}
          languages={languages}
          t={t}
        />
      ))}
      <TextItemList
        items={fields.objectives}
        path={['objectives']}
        at={['objectives']}
        legend={t('purpose.objectives')}
        hint={t('purpose.objectives.hint')}
        itemLabel={(n) => t('purpose.objective', { n })}
        addLabel={t('purpose.objectives.add')}
        empty={t('purpose.objectives.empty')}
        idPrefix="objective"
        partnership={partnership}
        languages={languages}
        lang={lang}
        checks={checks}
        t={t}
        announce={announce}
        readOnly={readOnly}
        multiline
      />
      <DateField
        id={fieldId(['startedOn'])}
        label={t('purpose.startedOn')}
        hint={t('purpose.startedOn.hint')}
        value={fields.startedOn}
        onValueChange={(date) =>
          checks.commit(['startedOn'], { type: 'set', path: ['startedOn'], value: date })
        }
        error={checks.errorFor(fieldId(['startedOn']))}
        disabled={readOnly}
        locale={props.locale}
      />
      <Approvals
        partnership={partnership}
        languages={languages}
        checks={checks}
        readOnly={readOnly}
        announce={announce}
        t={t}
        locale={props.locale}
      />
      <CheckButton check={check} messages={checks.messages} t={t} />
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}

function PartnershipText({
  field,
  value,
  checks,
  readOnly,
  languages,
  t,
}: {
  readonly field: TextKey;
  readonly value: LocalizedText;
  readonly checks: EditorChecks;
  readonly readOnly: boolean;
  readonly languages: readonly Language[];
  readonly t: PurposeScopeTranslate;
}) {
  const hint = HINTS[field];
  return (
    <BilingualTextField
      id={fieldId([field])}
      label={t(`purpose.${field}`)}
      hint={hint ? t(hint) : undefined}
      value={value}
      onValueChange={(text) => checks.commit([field], { type: 'set', path: [field], value: text })}
      error={checks.errorFor(fieldId([field]))}
      languages={languages}
      readOnly={readOnly}
      multiline={field !== 'name'}
      maxLength={field === 'name' ? 500 : MAX_TEXT_LENGTH}
    />
  );
}
