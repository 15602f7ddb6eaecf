import type { ClientPathway, Issue, Language, Partnership } from '@partnership-kit/core';
import { formatIssue as formatAnyIssue } from '@partnership-kit/core/issues';
import { primaryContact } from '@partnership-kit/core/rules';
import { useId, useState } from 'react';
import { SelectField } from '../editors/EditorFields';
import { useFormatIssue } from '../i18n/useMessages';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { PathwayTranslate } from './pathway.messages';
import { organizationName, type usePrimaryContacts } from './primary-contacts';

/**
 * The primary contact and why (PATH-1..3): for the organization a job seeker contacted first and
 * the phase they are in, the organization core's `primaryContact` names, with the rules it
 * applied in order. Changes are announced politely.
 */
export function PrimaryContactPanel(props: {
  readonly partnership: Partnership;
  readonly pathway: ClientPathway;
  readonly contacts: ReturnType<typeof usePrimaryContacts>;
  readonly onFirstChange: (organizationId: string) => void;
  readonly headingLevel: 3 | 4 | 5;
  readonly t: PathwayTranslate;
  readonly lang: Language;
  readonly locale?: string | undefined;
}) {
  const { partnership: p, pathway, contacts, t } = props;
  const formatIssue = useFormatIssue(formatAnyIssue, props.locale);
  const base = useId().replace(/:/g, '');
  const [phaseId, setPhaseId] = useState('');
  const Heading = `h${props.headingLevel}` as const;
  const first = contacts.first;
  const currentPhaseId = pathway.phases.some((phase) => phase.id === phaseId) ? phaseId : '';
  const result =
    first === undefined
      ? undefined
      : primaryContact(pathway, {
          firstContactOrganizationId: first,
          ...(currentPhaseId ? { currentPhaseId } : {}),
        });
  // Core's reasons name organizations by id: the reader gets their names.
  const word = (issue: Issue) => {
    const id = issue.params.organization;
    return formatIssue(
      typeof id === 'string'
        ? { ...issue, params: { ...issue.params, organization: organizationName(p, id, t) } }
        : issue,
    );
  };
  return (
    <section data-part="primary-contact" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('pathway.contact.title')}</Heading>
      <p data-part="hint">{t('pathway.contact.intro')}</p>
      {first === undefined || result === undefined ? (
        <p data-part="empty">{t('pathway.contact.noOrganizations')}</p>
      ) : (
        <>
          <div data-part="contact-inputs">
            <SelectField
              id={`${base}-first`}
              label={t('pathway.contact.first')}
              value={first}
              options={p.organizations.map((o) => ({
                value: o.id,
                label: organizationName(p, o.id, t),
              }))}
              onValueChange={props.onFirstChange}
            />
            <SelectField
              id={`${base}-phase`}
              label={t('pathway.contact.phase')}
              value={currentPhaseId}
              options={[
                { value: '', label: t('pathway.contact.intake') },
                ...pathway.phases.map((phase, index) => ({
                  value: phase.id,
                  label: t('pathway.phase', {
                    n: index + 1,
                    name: shown(phase.name, props.lang, t('editor.untitled')).text,
                  }),
                })),
              ]}
              onValueChange={setPhaseId}
            />
          </div>
          <div data-part="contact-result" aria-live="polite">
            <p data-part="contact-name">
              {t('pathway.contact.result', {
                organization: organizationName(p, result.organizationId, t),
              })}
            </p>
            <p data-part="contact-why" id={`${base}-why`}>
              {t('pathway.contact.why')}
            </p>
            <ol data-part="reasons" aria-labelledby={`${base}-why`}>
              {[...result.reasons, ...result.issues].map((reason) => (
                <li key={`${reason.code}-${reason.ruleId ?? ''}`} data-severity={reason.severity}>
                  {/* Rule ids are for developers (docs/rules.md); people read the reason. */}
                  {word(reason)}
                </li>
              ))}
            </ol>
          </div>
        </>
      )}
    </section>
  );
}
