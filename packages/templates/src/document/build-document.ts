import {
  formatRaciLetters,
  type LocalizedText,
  type Organization,
  type Partnership,
  raciCell,
  resolveLocale,
} from '@partnership-kit/core';
import { AGREEMENT_TEMPLATE } from './agreement.template';
import type {
  DocBlock,
  DocInline,
  DocSection,
  DocumentLanguage,
  DocumentLocale,
  MissingField,
  PartnershipDocument,
} from './document.types';
import { FIELDS, type FieldId, organizationName } from './fields';
import { MOU_TEMPLATE } from './mou.template';
import type { DocumentTemplate, TemplateBlock, TemplateInline } from './template.types';

/** The templates {@link buildDocument} knows, by id. */
export const DOCUMENT_TEMPLATES = {
  mou: MOU_TEMPLATE,
  'partnership-agreement': AGREEMENT_TEMPLATE,
} as const satisfies Record<string, DocumentTemplate>;

/** The id of a document template: `'mou'` or `'partnership-agreement'`. */
export type DocumentTemplateId = keyof typeof DOCUMENT_TEMPLATES;

/** Options of {@link buildDocument}. */
export interface BuildDocumentOptions {
  /** `fr`, `en`, or `fr-en` for both side by side; a full tag such as `fr-CA` also works. */
  readonly locale: DocumentLocale | string;
  /** Keep the guide's advice to whoever fills the document in. Default false (the signed text). */
  readonly includeGuidance?: boolean;
}

const LABELS = {
  task: { fr: 'Tâche', en: 'Task' },
  lead: { fr: 'Organisation responsable', en: 'Lead organization' },
  organization: { fr: 'Organisation', en: 'Organization' },
  kind: { fr: 'Type', en: 'Kind' },
  description: { fr: 'Description', en: 'Description' },
  status: { fr: 'État', en: 'Status' },
  signatory: { fr: 'Nom et titre', en: 'Name and title' },
  signature: { fr: 'Signature', en: 'Signature' },
  date: { fr: 'Date', en: 'Date' },
  'in-place': { fr: 'en place', en: 'in place' },
  needed: { fr: 'à trouver', en: 'needed' },
  financial: { fr: 'financière', en: 'financial' },
  human: { fr: 'humaine', en: 'human' },
  material: { fr: 'matérielle', en: 'material' },
  information: { fr: 'information', en: 'information' },
  other: { fr: 'autre', en: 'other' },
} as const satisfies Record<string, LocalizedText>;

const text = (value: string): DocInline => ({ kind: 'text', text: value });

/** Builds one language of one document, collecting the fields left empty on the way. */
class PartBuilder {
  constructor(
    private readonly partnership: Partnership,
    private readonly lang: DocumentLanguage,
    private readonly includeGuidance: boolean,
    private readonly missing: Map<string, MissingField>,
    private readonly sectionId: string,
  ) {}

  private field(id: FieldId, organization?: Organization): DocInline {
    const definition = FIELDS[id];
    const value = definition.value({
      partnership: this.partnership,
      lang: this.lang,
      ...(organization ? { organization } : {}),
    });
    if (value === undefined) this.recordMissing(id, organization);
    return {
      kind: 'field',
      fieldId: id,
      label: definition.label[this.lang],
      ...(value === undefined ? {} : { value }),
    };
  }

  private recordMissing(id: FieldId, organization?: Organization) {
    const key = `${id}\u0000${organization?.id ?? ''}`;
    if (this.missing.has(key)) return;
    this.missing.set(key, {
      fieldId: id,
      sectionId: this.sectionId,
      label: FIELDS[id].label,
      ...(organization ? { organizationId: organization.id } : {}),
    });
  }

  private inlines(content: readonly TemplateInline[], organization?: Organization): DocInline[] {
    return content.map((item) =>
      'field' in item ? this.field(item.field, organization) : text(item[this.lang]),
    );
  }

  /** Each partner, or one empty stand-in so the template still shows what to fill in. */
  private organizations(): (Organization | undefined)[] {
    return this.partnership.organizations.length > 0
      ? [...this.partnership.organizations]
      : [undefined];
  }

  blocks(template: readonly TemplateBlock[], organization?: Organization): DocBlock[] {
    return template.flatMap((block): DocBlock[] => {
      switch (block.kind) {
        case 'paragraph':
          return [{ kind: 'paragraph', content: this.inlines(block.content, organization) }];
        case 'guidance':
          return this.includeGuidance
            ? [{ kind: 'paragraph', guidance: true, content: [text(block.text[this.lang])] }]
            : [];
        case 'clause': {
          const value = FIELDS[block.field].value({
            partnership: this.partnership,
            lang: this.lang,
          });
          return [
            {
              kind: 'paragraph',
              content: [
                value === undefined ? text(block.example[this.lang]) : this.field(block.field),
              ],
            },
          ];
        }
        case 'list':
          return [
            { kind: 'list', items: block.items.map((item) => this.inlines(item, organization)) },
          ];
        case 'organizationList':
          return [
            { kind: 'list', items: this.organizations().map((o) => this.inlines(block.item, o)) },
          ];
        case 'eachOrganization':
          return this.organizations().flatMap((o) => [
            { kind: 'heading', level: 3, content: this.inlines(block.heading, o) } as DocBlock,
            ...this.blocks(block.blocks, o),
          ]);
        case 'table':
          return this.table(block.source);
        case 'signatures':
          return [this.signatures()];
        default:
          return [];
      }
    });
  }

  private table(source: 'raci' | 'resources' | 'financial'): DocBlock[] {
    const p = this.partnership;
    const l = (label: LocalizedText) => label[this.lang];
    if (source === 'raci') {
      if (p.raci.tasks.length === 0)
        return [{ kind: 'paragraph', content: [this.field('raci.matrix')] }];
      return [
        {
          kind: 'table',
          header: [l(LABELS.task), l(LABELS.lead), ...p.raci.roles.map((role) => role.title)],
          rows: p.raci.tasks.map((task) => [
            [text(task.label)],
            [text(organizationName(p, task.leadOrganizationId) ?? '')],
            ...p.raci.roles.map((role) => [
              text(formatRaciLetters(raciCell(p.raci, task.id, role.id))),
            ]),
          ]),
        },
      ];
    }
    const resources = p.resources.filter(
      (r) => (source === 'financial') === (r.kind === 'financial'),
    );
    if (resources.length === 0) {
      return [
        {
          kind: 'paragraph',
          content: [
            this.field(source === 'financial' ? 'resources.financial' : 'resources.inKind'),
          ],
        },
      ];
    }
    return [
      {
        kind: 'table',
        header: [l(LABELS.organization), l(LABELS.kind), l(LABELS.description), l(LABELS.status)],
        rows: resources.map((r) => [
          [text(organizationName(p, r.organizationId) ?? '')],
          [text(l(LABELS[r.kind]))],
          [text(r.description)],
          [text(l(LABELS[r.availability]))],
        ]),
      },
    ];
  }

  private signatures(): DocBlock {
    const l = (label: LocalizedText) => label[this.lang];
    const signatures = this.partnership.agreement?.signatures ?? [];
    return {
      kind: 'table',
      role: 'signatures',
      header: [l(LABELS.organization), l(LABELS.signatory), l(LABELS.signature), l(LABELS.date)],
      rows: this.organizations().map((organization) => {
        const signature = signatures.find((s) => s.organizationId === organization?.id);
        const signatory = [signature?.signatoryName, signature?.signatoryTitle]
          .filter((v) => v?.trim())
          .join(', ');
        return [
          [this.field('organization.legalName', organization)],
          [signatory ? text(signatory) : this.field('signature.signatory', organization)],
          [],
          [
            signature?.signedOn
              ? text(signature.signedOn)
              : this.field('signature.date', organization),
          ],
        ];
      }),
    };
  }
}

function languagesOf(locale: string): DocumentLanguage[] {
  if (locale === 'fr-en') return ['fr', 'en'];
  return [resolveLocale(locale) === 'fr-CA' ? 'fr' : 'en'];
}

/**
 * Builds an MOU or a partnership agreement from a partnership: a tree of sections, headings,
 * paragraphs, lists, tables and signature rows that every renderer (HTML, Markdown, text,
 * DOCX) walks. Values come from the document; a value still missing stays in the tree as a
 * field without value, which renderers show as a visible placeholder, and is listed in
 * `missing`. With `fr-en`, each section holds a French and an English part, side by side.
 *
 * @example
 * ```ts
 * const doc = buildDocument('mou', partnership, { locale: 'fr-en' });
 * const html = renderHtml(doc);
 * doc.missing.map((field) => field.label.fr); // what to fill in before signing
 * ```
 */
export function buildDocument(
  templateId: DocumentTemplateId,
  partnership: Partnership,
  options: BuildDocumentOptions,
): PartnershipDocument {
  const template = DOCUMENT_TEMPLATES[templateId];
  const languages = languagesOf(options.locale);
  const missing = new Map<string, MissingField>();
  const sections: DocSection[] = template.sections.map((section) => ({
    id: section.id,
    parts: languages.map((lang) => ({
      lang,
      blocks: [
        { kind: 'heading', level: 2, content: [text(section.title[lang])] } as DocBlock,
        ...new PartBuilder(
          partnership,
          lang,
          options.includeGuidance ?? false,
          missing,
          section.id,
        ).blocks(section.blocks),
      ],
    })),
  }));
  return {
    templateId: template.id,
    templateVersion: template.version,
    locale: languages.length === 2 ? 'fr-en' : (languages[0] ?? 'fr'),
    title: languages.map((lang) => ({ lang, text: template.title[lang] })),
    sections,
    missing: [...missing.values()],
  };
}

/**
 * What is still empty in a partnership for a given template: each field once (per
 * organization for fields that repeat), with its label in both languages and its section.
 *
 * @example
 * ```ts
 * missingFields('mou', partnership).map((f) => f.label.en);
 * // ['mission of the organization', 'notice period in days', …]
 * ```
 */
export function missingFields(
  templateId: DocumentTemplateId,
  partnership: Partnership,
): readonly MissingField[] {
  return buildDocument(templateId, partnership, { locale: 'fr' }).missing;
}
