import type { BilingualText, Organization, Signatory } from '@partnership-kit/core';
import { formatLongDate } from '@partnership-kit/core/format';
import { SIGNATURE_LABELS } from './document.labels';
import type {
  DocBlock,
  DocContent,
  DocSignatory,
  DocSignatureGroup,
  DocSignatureLine,
  DocVariants,
} from './document.types';
import { FIELDS, localized } from './fields';
import type { PartBuilder } from './part-builder';

// The signature block is written once, in every language of the document: in a two-language
// document each signatory signs one line, under labels in both languages ("Nom et titre / Name
// and title"), never once per column. Builders are given first language first.

/** The same label in each language, once when the languages spell it alike ("Date"). */
function labelVariants(builders: readonly PartBuilder[], label: BilingualText): DocVariants {
  const variants = builders.map((b) => ({ lang: b.lang, content: [b.text(label)] }));
  const texts = new Set(
    variants.map((v) => (v.content[0]?.kind === 'text' ? v.content[0].text : '')),
  );
  return texts.size === 1 ? variants.slice(0, 1) : variants;
}

/** ": " after a label, in the first language's typography. */
const separator = (first: PartBuilder): DocVariants => [
  { lang: first.lang, content: [first.text(': ')] },
];

function nameAndTitle(
  builders: readonly PartBuilder[],
  signatory: Signatory | undefined,
  owner: Organization | undefined,
): DocVariants[] {
  const [first] = builders as [PartBuilder];
  const name = signatory?.name?.trim() ? signatory.name : undefined;
  const titles = builders.flatMap((b) => {
    const title = localized(signatory?.title, b.lang);
    return title ? [{ lang: b.lang, content: [b.valueInline('signature.signatory', title)] }] : [];
  });
  if (!name && titles.length === 0) {
    return [[{ lang: first.lang, content: first.field('signature.signatory', owner) }]];
  }
  const named: DocVariants[] = name ? [[{ lang: first.lang, content: [first.typed(name)] }]] : [];
  const comma: DocVariants[] =
    name && titles.length > 0 ? [[{ lang: first.lang, content: [first.text(', ')] }]] : [];
  return [...named, ...comma, ...(titles.length > 0 ? [titles] : [])];
}

function signatoryLines(
  builders: readonly PartBuilder[],
  signatory: Signatory | undefined,
  owner: Organization | undefined,
): DocSignatory {
  const [first] = builders as [PartBuilder];
  const date = signatory?.signedOn;
  const lines: DocSignatureLine[] = [
    {
      segments: [labelVariants(builders, SIGNATURE_LABELS.signature), separator(first)],
      rule: true,
    },
    {
      segments: [
        labelVariants(builders, SIGNATURE_LABELS.nameAndTitle),
        separator(first),
        ...nameAndTitle(builders, signatory, owner),
      ],
    },
    date
      ? {
          segments: [
            labelVariants(builders, SIGNATURE_LABELS.date),
            separator(first),
            builders.map((b) => ({
              lang: b.lang,
              content: [b.text(formatLongDate(date, b.lang))],
            })),
          ],
        }
      : // Unsigned: the date is written by hand at signing, on a line — nothing is missing.
        {
          segments: [labelVariants(builders, SIGNATURE_LABELS.date), separator(first)],
          rule: true,
        },
  ];
  return { lines };
}

/**
 * The signature block (Resource 5: agency, typed name and title, signature, date; Resource 6:
 * "by its authorized signatories"): one group per partner in the partners' order, one line per
 * authorized signatory, an empty one to fill in for an organization that has none yet. A
 * signatory of an organization that is not a partner is never dropped: it is shown, marked, at
 * the end.
 */
export function buildSignatures(
  builders: readonly PartBuilder[],
  byline: BilingualText | undefined,
): DocBlock {
  const [first] = builders as [PartBuilder];
  const p = first.partnership;
  const signatories = p.agreement?.signatories ?? [];
  const known = new Set(p.organizations.map((o) => o.id));
  const group = (
    organization: DocContent,
    own: readonly (Signatory | undefined)[],
    owner?: Organization,
  ): DocSignatureGroup => ({
    organization,
    ...(byline ? { byline: labelVariants(builders, byline) } : {}),
    signatories: own.map((s) => signatoryLines(builders, s, owner)),
  });
  const groups = first.organizations().map((organization) => {
    const own = signatories.filter((s) => s.organizationId === organization?.id);
    const name = first.field('organization.legalName', organization);
    return group(name, own.length > 0 ? own : [undefined], organization);
  });
  for (const stray of signatories.filter((s) => !known.has(s.organizationId))) {
    first.record('signature.organization', 'value');
    const label = FIELDS['signature.organization'].label[first.lang];
    groups.push(
      group(
        [
          { kind: 'field', fieldId: 'signature.organization', label },
          first.text(': '),
          first.typed(stray.organizationId),
        ],
        [stray],
      ),
    );
  }
  return { kind: 'signatures', groups };
}
