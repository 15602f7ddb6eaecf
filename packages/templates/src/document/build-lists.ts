import type { Organization } from '@partnership-kit/core';
import {
  AVAILABILITY_LABELS,
  LABELS,
  PROVISION_KIND_LABELS,
  PROVISION_LABELS,
  RESOURCE_KIND_LABELS,
} from './document.labels';
import type { DocBlock, DocInline } from './document.types';
import { localized, organizationName } from './fields';
import type { PartBuilder } from './part-builder';

// Lists the builder writes from the partnership's records: what each party provides, the
// resources committed, the steering committee. Each line starts with what it is, then the value
// the partners wrote, so a reader never has to guess which column they are in.

/**
 * What an organization provides under the document (Resource 5): one item per provision — its
 * kind and what it is, then by whom, for whom and when on their own lines — and its points of
 * contact by title. No provision yet: a placeholder, listed as missing.
 */
export function buildProvisions(
  b: PartBuilder,
  organization: Organization | undefined,
): DocBlock[] {
  const provisions = (b.partnership.agreement?.provisions ?? []).filter(
    (p) => organization !== undefined && p.organizationId === organization.id,
  );
  // Built after the provisions, so what is missing is listed in reading order.
  const contacts = (): DocBlock => ({
    kind: 'paragraph',
    content: [
      b.text(LABELS.pointsOfContact),
      ...b.field('organization.pointsOfContact', organization),
    ],
  });
  if (provisions.length === 0) {
    const placeholder: DocBlock = {
      kind: 'paragraph',
      content: b.field('organization.provisions', organization),
    };
    return [placeholder, contacts()];
  }
  const items = provisions.map((provision) => {
    const line = (label: keyof typeof PROVISION_LABELS, text: typeof provision.byWhom) => {
      const value = localized(text, b.lang);
      return value
        ? [
            b.text('\n'),
            b.text(PROVISION_LABELS[label]),
            b.valueInline('organization.provisions', value, organization),
          ]
        : [];
    };
    const what = localized(provision.what, b.lang);
    return [
      b.text(`${PROVISION_KIND_LABELS[provision.kind][b.lang]}: `),
      ...(what ? [b.valueInline('organization.provisions', what, organization)] : []),
      ...line('byWhom', provision.byWhom),
      ...line('toWhom', provision.toWhom),
      ...line('when', provision.when),
    ] satisfies DocInline[];
  });
  const list: DocBlock = { kind: 'list', items };
  return [list, contacts()];
}

/**
 * The resources the partners commit (EST-2; Resource 6: staff, facilities, in kind), one item
 * each: who brings it, what it is, its kind and whether it is in place. For the financial
 * commitments the budget annex holds the amounts: here only the placeholder while there are none.
 */
export function buildResources(b: PartBuilder, source: 'inKind' | 'financial'): DocBlock[] {
  const id = source === 'financial' ? 'resources.financial' : 'resources.inKind';
  const resources = b.partnership.resources.filter(
    (r) => (source === 'financial') === (r.kind === 'financial'),
  );
  if (resources.length === 0) return [{ kind: 'paragraph', content: b.field(id) }];
  if (source === 'financial') return [];
  const items = resources.map((r) => {
    const who = r.organizationId ? organizationName(b.partnership, r.organizationId) : undefined;
    const kind = RESOURCE_KIND_LABELS[r.kind][b.lang];
    const status = AVAILABILITY_LABELS[r.availability][b.lang];
    return [
      ...(who ? [b.typed(who), b.text(': ')] : [b.text(`${LABELS.toFind[b.lang]}: `)]),
      ...b.value(id, localized(r.description, b.lang), ''),
      b.text(who ? ` (${kind}, ${status})` : ` (${kind})`),
    ];
  });
  return [{ kind: 'list', items }];
}

// Members are named by position (Resource 5's advice for contacts): the document stays true
// when people change jobs.
const GOVERNANCE_INTRO = {
  fr: 'Un comité directeur gouverne le partenariat. Il réunit les titulaires des postes suivants :',
  en: 'A steering committee governs the partnership. Its members hold the following positions:',
};

/**
 * The steering committee (Resource 6 governance): its members by title, each with the
 * organization they represent, the chair marked. None yet: a placeholder, listed as missing.
 */
export function buildGovernance(b: PartBuilder): DocBlock[] {
  const governance = b.partnership.agreement?.governance;
  const members = governance?.members ?? [];
  if (members.length === 0) {
    return [{ kind: 'paragraph', content: b.field('agreement.governance') }];
  }
  const items = members.map((member) => {
    const organization = organizationName(b.partnership, member.organizationId);
    return [
      ...(member.name?.trim() ? [b.typed(member.name), b.text(', ')] : []),
      ...b.value('agreement.governance', localized(member.title, b.lang), ''),
      ...(organization ? [b.text(' — '), b.typed(organization)] : []),
      ...(governance?.chairMemberId === member.id ? [b.text(LABELS.chair)] : []),
    ];
  });
  return [
    { kind: 'paragraph', content: [b.text(GOVERNANCE_INTRO)] },
    { kind: 'list', items },
  ];
}
