import type { ClientPathway, PathwayPhase } from '@partnership-kit/core';
import type { EditPath, PartnershipAction } from '@partnership-kit/core/editing';
import { useId, useState } from 'react';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { CheckButton, CheckSummary } from '../editors/SectionCheck';
import { useEditorChecks } from '../editors/useEditorChecks';
import { useListEditor } from '../editors/useListEditor';
import { type PartnershipSliceProps, usePartnershipSlice } from '../editors/usePartnershipSlice';
import { useSectionCheck } from '../editors/useSectionCheck';
import { ConfirmDialog } from '../fields/ConfirmDialog';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { type MessageOptions, useContentLanguages, useMessages } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import { VISUALLY_HIDDEN } from '../utils/visually-hidden';
import { PhaseFields } from './PhaseFields';
import { PrimaryContactPanel } from './PrimaryContactPanel';
import { PATHWAY_MESSAGES, type PathwayTranslate } from './pathway.messages';
import { usePrimaryContacts } from './primary-contacts';

/** Props of {@link PathwayEditor}. */
export interface PathwayEditorProps extends PartnershipSliceProps<'pathway'>, MessageOptions {
  readonly headingLevel?: 2 | 3 | 4;
  readonly readOnly?: boolean;
}

const EMPTY: ClientPathway = { phases: [] };

const FIELD_LABELS: Record<string, Parameters<PathwayTranslate>[0]> = {
  name: 'pathway.name',
  leadOrganizationId: 'pathway.lead',
  supportingOrganizationIds: 'pathway.supporting',
  services: 'pathway.services',
  durationWeeks: 'pathway.duration',
  description: 'pathway.description',
};

/** "Lead organization (Phase 2)", "Service 1 (Phase 2)": a control's name in messages. */
function labelOf(path: EditPath, phases: readonly PathwayPhase[], t: PathwayTranslate) {
  const [, , item, field, inner] = path;
  if (typeof item !== 'object') return undefined;
  const index = phases.findIndex((phase) => phase.id === item.id);
  const phase = t('pathway.phaseShort', { n: index + 1 });
  const service =
    field === 'services' && typeof inner === 'object'
      ? (phases[index]?.services.findIndex((s) => s.id === inner.id) ?? -1) + 1
      : 0;
  const key = typeof field === 'string' ? FIELD_LABELS[field] : undefined;
  if (service > 0)
    return t('editor.fieldOf', { field: t('pathway.service', { n: service }), item: phase });
  return key ? t('editor.fieldOf', { field: t(key), item: phase }) : phase;
}

/**
 * The client pathway (EST-1, PATH): the ordered phases a job seeker goes through from one agency
 * to the other, each with a lead organization (« organisme chef de file »), the partners that
 * support it, the services given, a duration in weeks and a description. Beside it, who the
 * primary contact is and why, from core's `primaryContact`: the organization contacted first
 * does intake and assessment (PATH-1); at each new phase the choice is reviewed (PATH-2) and
 * moves to the organization giving the most supports — each phase's lead here (PATH-3).
 * Phases and their services are added, reordered and removed with the keyboard. Issues show
 * beside their fields and, on "Check this section", in an error summary. Edits its slice
 * (`value`, a `ClientPathway`) or the whole document (`partnership` + `onPartnershipChange`).
 *
 * @example
 * ```tsx
 * <PathwayEditor partnership={partnership} onPartnershipChange={save} />
 * ```
 */
export function PathwayEditor(props: PathwayEditorProps) {
  const { headingLevel = 2, readOnly = false } = props;
  const { t, lang } = useMessages(PATHWAY_MESSAGES, props);
  const { slice, partnership, dispatch } = usePartnershipSlice('pathway', props, () => EMPTY);
  const pathway = slice ?? EMPTY;
  // A document without a pathway yet gets one with its first change.
  const ensured = (action: PartnershipAction) =>
    slice
      ? dispatch(action)
      : dispatch({ type: 'batch', actions: [{ type: 'set', path: [], value: EMPTY }, action] });
  const languages = useContentLanguages(props.partnership?.languages);
  const [announcement, announce] = useAnnouncer();
  const base = useId().replace(/:/g, '');
  const checks = useEditorChecks({
    partnership,
    keys: 'pathway',
    dispatch: ensured,
    labelOf: (path) => labelOf(path, pathway.phases, t),
    announce,
    locale: props.locale,
  });
  const check = useSectionCheck();
  const [first, setFirst] = useState<string | undefined>(undefined);
  const contacts = usePrimaryContacts(partnership, pathway, first);
  const nameOf = (phase: PathwayPhase) => shown(phase.name, lang, t('editor.untitled')).text;
  const list = useListEditor({
    items: pathway.phases,
    path: ['phases'],
    dispatch: checks.dispatch,
    partnership,
    newItem: () => ({ name: {}, supportingOrganizationIds: [], services: [] }),
    idPrefix: 'phase',
    nameOf,
    firstFieldOf: (id) =>
      `${fieldId(['pathway', 'phases', { id }, 'name'])}-${languages[0] ?? 'fr'}`,
    addButtonId: `${base}-add`,
    t,
    announce,
    readOnly,
  });
  const Heading = `h${headingLevel}` as const;
  return (
    <section data-pk="" data-pk-pathway="" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('pathway.title')}</Heading>
      <p data-part="intro">{t('pathway.intro')}</p>
      <CheckSummary check={check} messages={checks.messages} languages={languages} t={t} />
      <PrimaryContactPanel
        partnership={partnership}
        pathway={pathway}
        contacts={contacts}
        onFirstChange={setFirst}
        headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        t={t}
        lang={lang}
        locale={props.locale}
      />
      {pathway.phases.length === 0 ? <p data-part="empty">{t('pathway.empty')}</p> : null}
      <ol data-part="items" id={fieldId(['pathway', 'phases'])} tabIndex={-1}>
        {pathway.phases.map((phase, index) => (
          <li key={phase.id} data-item-id={phase.id}>
            <PhaseFields
              phase={phase}
              index={index}
              name={nameOf(phase)}
              contact={contacts.byPhase.get(phase.id)}
              partnership={partnership}
              languages={languages}
              checks={checks}
              announce={announce}
              readOnly={readOnly}
              t={t}
              lang={lang}
            />
            {readOnly ? null : <ItemActions list={list} item={phase} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <div data-part="actions">
        <button {...list.getAddProps()}>{t('pathway.add')}</button>
        <CheckButton check={check} messages={checks.messages} t={t} />
      </div>
      {list.confirm ? <ConfirmDialog {...list.confirm} /> : null}
      <div aria-live="polite" role="status" data-part="announcer" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
    </section>
  );
}
