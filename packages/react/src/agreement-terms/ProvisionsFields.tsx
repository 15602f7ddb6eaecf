import {
  type Organization,
  organizationLabel,
  PROVISION_KINDS,
  type Provision,
} from '@partnership-kit/core';
import { useId } from 'react';
import { fieldId } from '../editors/field-ids';
import { ItemActions } from '../editors/ItemActions';
import { withinSublist } from '../editors/sublist';
import { useListEditor } from '../editors/useListEditor';
import { BilingualTextField } from '../fields/BilingualTextField';
import { shown } from '../raci-matrix/raci-matrix.labels';
import type { TermsContext } from './terms-context';

const provisionPath = (id: string, field: string) =>
  fieldId(['agreement', 'provisions', { id }, field]);

/**
 * An MOU's responsibilities of each party (Resource 5): for every organization, what it
 * provides, by whom (a title), to whom and when.
 */
export function ProvisionsFields({ ctx }: { readonly ctx: TermsContext }) {
  const { partnership, t, subHeading: Heading } = ctx;
  const base = useId().replace(/:/g, '');
  return (
    <section data-part="provisions" aria-labelledby={`${base}-h`}>
      <Heading id={`${base}-h`}>{t('terms.provisions')}</Heading>
      <p data-part="hint">{t('terms.provisions.intro')}</p>
      {partnership.organizations.map((organization) => (
        <OrganizationProvisions
          key={organization.id}
          organization={organization}
          heading={`h${Number(Heading.slice(1)) + 1}` as 'h4' | 'h5' | 'h6'}
          ctx={ctx}
        />
      ))}
    </section>
  );
}

function OrganizationProvisions({
  organization,
  heading: PartyHeading,
  ctx,
}: {
  readonly organization: Organization;
  readonly heading: 'h4' | 'h5' | 'h6';
  readonly ctx: TermsContext;
}) {
  const { agreement, partnership, readOnly, t, lang } = ctx;
  const base = useId().replace(/:/g, '');
  const all = agreement.provisions;
  const own = all.filter((provision) => provision.organizationId === organization.id);
  const label = organizationLabel(organization);
  // The list holds every party's items; this one moves among its own.
  const dispatch = withinSublist(all, own, ctx.dispatch);
  const nameOf = (provision: Provision) =>
    shown(provision.what, lang, t(`terms.provision.kind.${provision.kind}`)).text;
  const list = useListEditor({
    items: own,
    path: ['provisions'],
    dispatch,
    partnership,
    newItem: () => ({ organizationId: organization.id, kind: 'service', what: {} }),
    // Per organization, so new ids never meet another party's.
    idPrefix: `prov-${organization.id}`,
    nameOf,
    firstFieldOf: (id) => provisionPath(id, 'kind'),
    addButtonId: `${base}-add`,
    t,
    announce: ctx.announce,
    readOnly,
  });
  return (
    <div data-part="party" data-organization-id={organization.id}>
      <PartyHeading data-part="party-name">{label}</PartyHeading>
      {own.length === 0 ? <p data-part="empty">{t('terms.provisions.empty')}</p> : null}
      <ol data-part="items">
        {own.map((provision, index) => (
          <li key={provision.id} data-item-id={provision.id}>
            <ProvisionFields
              provision={provision}
              index={index}
              name={nameOf(provision)}
              ctx={ctx}
            />
            {readOnly ? null : <ItemActions list={list} item={provision} index={index} t={t} />}
          </li>
        ))}
      </ol>
      <button {...list.getAddProps()}>{t('terms.provision.add', { organization: label })}</button>
    </div>
  );
}

function ProvisionFields({
  provision,
  index,
  name,
  ctx,
}: {
  readonly provision: Provision;
  readonly index: number;
  readonly name: string;
  readonly ctx: TermsContext;
}) {
  const { partnership, dispatch, feedback, readOnly, t } = ctx;
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'set', path: ['provisions', { id: provision.id }, field], value });
  const text = (field: 'what' | 'byWhom' | 'toWhom' | 'when') => {
    const id = provisionPath(provision.id, field);
    return (
      <BilingualTextField
        id={id}
        label={t(`terms.provision.${field}`)}
        value={provision[field] ?? {}}
        onValueChange={(value) => set(field, value)}
        languages={partnership.languages}
        multiline={field === 'what'}
        rows={2}
        readOnly={readOnly}
        required={field === 'what'}
        error={feedback.messageOf(id)}
      />
    );
  };
  const kindId = provisionPath(provision.id, 'kind');
  return (
    <fieldset>
      <legend>{t('terms.provision', { n: index + 1, name })}</legend>
      <div data-part="field">
        <label htmlFor={kindId}>{t('terms.provision.kind')}</label>
        <select
          id={kindId}
          value={provision.kind}
          disabled={readOnly}
          onChange={(event) => set('kind', event.target.value)}
        >
          {PROVISION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`terms.provision.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {text('what')}
      {text('byWhom')}
      {text('toWhom')}
      {text('when')}
    </fieldset>
  );
}
