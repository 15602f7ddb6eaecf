import {
  type BilingualText,
  clauseContextOf,
  clauseRequirement,
  clauseSuggestion,
  formatRaciLetters,
  type Organization,
  type Partnership,
  type RenewalMode,
  resolveLocale,
  taskCell,
} from '@partnership-kit/core';
import { AGREEMENT_TEMPLATE } from './agreement.template';
import type {
  DocBlock,
  DocContent,
  DocInline,
  DocSection,
  DocumentLanguage,
  DocumentLocale,
  MissingField,
  PartnershipDocument,
} from './document.types';
import { FIELDS, type FieldId, type FieldValue, localized, organizationName } from './fields';
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
  /**
   * `fr`, `en`, or both side by side: `fr-en` (French first) or `en-fr` (English first). A full
   * tag such as `fr-CA` also works.
   */
  readonly locale: DocumentLocale | string;
  /** Keep the guide's advice to whoever fills the document in. Default false (the signed text). */
  readonly includeGuidance?: boolean;
}

const LABELS = {
  task: { fr: 'Tâche', en: 'Task' },
  lead: { fr: 'Organisme chef de file', en: 'Lead organization' },
  organization: { fr: 'Organisme', en: 'Organization' },
  kind: { fr: 'Type', en: 'Kind' },
  description: { fr: 'Description', en: 'Description' },
  status: { fr: 'État', en: 'Status' },
  signatory: { fr: 'Nom et titre', en: 'Name and title' },
  signature: { fr: 'Signature', en: 'Signature' },
  date: { fr: 'Date', en: 'Date' },
  suggestion: { fr: 'Libellé proposé par le guide : ', en: 'Wording the guide suggests: ' },
  'in-place': { fr: 'en place', en: 'in place' },
  needed: { fr: 'à trouver', en: 'needed' },
  financial: { fr: 'financières', en: 'financial' },
  human: { fr: 'humaines', en: 'human' },
  material: { fr: 'matérielles', en: 'material' },
  information: { fr: 'information', en: 'information' },
  other: { fr: 'autres', en: 'other' },
} as const satisfies Record<string, BilingualText>;

const text = (value: string): DocInline => ({ kind: 'text', text: value });

/** The end of the term, by renewal mode (REV-4: the parties meet to decide, unless they agreed otherwise). */
const RENEWAL: Readonly<Record<RenewalMode, BilingualText>> = {
  'meet-to-decide': {
    fr: 'Environ six mois avant l’expiration, les parties se rencontrent pour décider du renouvellement à partir d’une évaluation des résultats et des réalisations du partenariat.',
    en: 'About six months before it expires, the parties meet to decide on renewal, based on an evaluation of the partnership’s results and achievements.',
  },
  automatic: {
    fr: 'À son expiration, le présent document est renouvelé automatiquement pour la même durée, à moins qu’une partie n’y mette fin de la manière prévue à la section Résiliation.',
    en: 'At the end of its term, this document renews automatically for the same term, unless a party ends it as set out under Termination.',
  },
  none: {
    fr: 'Le présent document prend fin à l’expiration de sa durée; les parties peuvent en conclure un nouveau.',
    en: 'This document ends at the end of its term; the parties may enter into a new one.',
  },
};

/** Builds one language of one document, collecting what is still missing on the way. */
class PartBuilder {
  constructor(
    private readonly partnership: Partnership,
    private readonly lang: DocumentLanguage,
    private readonly includeGuidance: boolean,
    private readonly missing: Map<string, MissingField>,
    private readonly sectionId: string,
  ) {}

  private l(label: BilingualText): string {
    return label[this.lang];
  }

  /** The inlines of a field: its value (several, separated, for a list) or a placeholder. */
  private field(id: FieldId, organization?: Organization): DocInline[] {
    const definition = FIELDS[id];
    const raw = definition.value({
      partnership: this.partnership,
      lang: this.lang,
      ...(organization ? { organization } : {}),
    });
    const label = definition.label[this.lang];
    if (raw === undefined) {
      this.record(id, 'value', organization);
      return [{ kind: 'field', fieldId: id, label }];
    }
    const values: readonly FieldValue[] = Array.isArray(raw) ? raw : [raw as FieldValue];
    return values.flatMap((value, i) => {
      if (value.lang !== this.lang) this.record(id, 'translation', organization);
      const inline: DocInline = {
        kind: 'field',
        fieldId: id,
        label,
        value: value.text,
        ...(value.lang === this.lang ? {} : { lang: value.lang }),
      };
      return i === 0 ? [inline] : [text('; '), inline];
    });
  }

  private record(id: FieldId, kind: MissingField['kind'], organization?: Organization) {
    const key = `${id}\u0000${organization?.id ?? ''}\u0000${kind}\u0000${kind === 'translation' ? this.lang : ''}`;
    if (this.missing.has(key)) return;
    this.missing.set(key, {
      fieldId: id,
      sectionId: this.sectionId,
      label: FIELDS[id].label,
      kind,
      ...(kind === 'translation' ? { language: this.lang } : {}),
      ...(organization ? { organizationId: organization.id } : {}),
    });
  }

  private inlines(content: readonly TemplateInline[], organization?: Organization): DocInline[] {
    return content.flatMap((item) =>
      'field' in item ? this.field(item.field, organization) : [text(item[this.lang])],
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
            ? [{ kind: 'paragraph', guidance: true, content: [text(this.l(block.text))] }]
            : [];
        case 'clause':
          return this.clause(block.clause);
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
        case 'renewal':
          return [
            {
              kind: 'paragraph',
              content: [
                text(this.l(RENEWAL[this.partnership.agreement?.renewal ?? 'meet-to-decide'])),
              ],
            },
          ];
        default:
          return [];
      }
    });
  }

  /**
   * A clause prints if and only if the partnership holds it (AGR-5). One the document needs but
   * the partnership does not hold is a placeholder, listed as missing; the guide's wording is
   * only ever advice.
   */
  private clause(clause: Parameters<typeof clauseSuggestion>[0]): DocBlock[] {
    const p = this.partnership;
    const held = localized(p.agreement?.clauses[clause], this.lang);
    const context = clauseContextOf(p);
    if (!held && clauseRequirement(clause, context) !== 'required') return [];
    const content = this.field(`clause.${clause}`);
    const suggestion = clauseSuggestion(clause, context.kind);
    const advice: DocBlock[] =
      !held && this.includeGuidance && suggestion
        ? [
            {
              kind: 'paragraph',
              guidance: true,
              content: [text(`${this.l(LABELS.suggestion)}${suggestion[this.lang]}`)],
            },
          ]
        : [];
    return [{ kind: 'paragraph', content }, ...advice];
  }

  private table(source: 'raci' | 'resources' | 'financial'): DocBlock[] {
    const p = this.partnership;
    if (source === 'raci') {
      if (p.raci.tasks.length === 0)
        return [{ kind: 'paragraph', content: this.field('raci.matrix') }];
      return [
        {
          kind: 'table',
          header: [
            [text(this.l(LABELS.task))],
            [text(this.l(LABELS.lead))],
            ...p.raci.roles.map((role) =>
              this.value('raci.matrix', localized(role.title, this.lang), role.id),
            ),
          ],
          rows: p.raci.tasks.map((task) => [
            this.value('raci.matrix', localized(task.label, this.lang), task.id),
            [text(organizationName(p, task.leadOrganizationId) ?? '')],
            ...p.raci.roles.map((role) => [text(formatRaciLetters(taskCell(task, role.id)))]),
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
          content: this.field(source === 'financial' ? 'resources.financial' : 'resources.inKind'),
        },
      ];
    }
    return [
      {
        kind: 'table',
        header: [LABELS.organization, LABELS.kind, LABELS.description, LABELS.status].map(
          (label) => [text(this.l(label))],
        ),
        rows: resources.map((r) => [
          [text(organizationName(p, r.organizationId) ?? '')],
          [text(this.l(LABELS[r.kind]))],
          this.value(
            source === 'financial' ? 'resources.financial' : 'resources.inKind',
            localized(r.description, this.lang),
            r.id,
          ),
          [text(this.l(LABELS[r.availability]))],
        ]),
      },
    ];
  }

  /** A value inside a table: the text people wrote (marked when it stands in for a translation), or nothing. */
  private value(id: FieldId, value: FieldValue | undefined, fallbackText: string): DocContent {
    if (!value) return [text(fallbackText)];
    if (value.lang !== this.lang) this.record(id, 'translation');
    return [
      {
        kind: 'field',
        fieldId: id,
        label: FIELDS[id].label[this.lang],
        value: value.text,
        ...(value.lang === this.lang ? {} : { lang: value.lang }),
      },
    ];
  }

  /**
   * One row per authorized signatory, grouped by organization in the partners' order; an
   * organization without one gets an empty row to fill in; a signatory of an organization that
   * is not a partner is never dropped: it is shown, marked, at the end.
   */
  private signatures(): DocBlock {
    const p = this.partnership;
    const signatories = p.agreement?.signatories ?? [];
    const known = new Set(p.organizations.map((o) => o.id));
    const row = (
      organization: DocContent,
      signatory: (typeof signatories)[number] | undefined,
      owner?: Organization,
    ): DocContent[] => {
      const title = localized(signatory?.title, this.lang);
      const name = signatory?.name?.trim() ? signatory.name : undefined;
      const who: DocContent =
        name || title
          ? [
              ...(name ? [text(name)] : []),
              ...(name && title ? [text(', ')] : []),
              ...(title ? this.value('signature.signatory', title, '') : []),
            ]
          : this.field('signature.signatory', owner);
      return [
        organization,
        who,
        [],
        signatory?.signedOn ? [text(signatory.signedOn)] : this.field('signature.date', owner),
      ];
    };
    const rows = this.organizations().flatMap((organization) => {
      const own = signatories.filter((s) => s.organizationId === organization?.id);
      const name = this.field('organization.legalName', organization);
      return own.length > 0
        ? own.map((s) => row(name, s, organization))
        : [row(name, undefined, organization)];
    });
    for (const stray of signatories.filter((s) => !known.has(s.organizationId))) {
      this.record('signature.organization', 'value');
      const label = `${FIELDS['signature.organization'].label[this.lang]}${this.lang === 'fr' ? '\u00a0:' : ':'} ${stray.organizationId}`;
      rows.push(row([{ kind: 'field', fieldId: 'signature.organization', label }], stray));
    }
    return {
      kind: 'table',
      role: 'signatures',
      header: [LABELS.organization, LABELS.signatory, LABELS.signature, LABELS.date].map(
        (label) => [text(this.l(label))],
      ),
      rows,
    };
  }
}

/** The languages of a document, in column order. */
function languagesOf(locale: string): DocumentLanguage[] {
  if (locale === 'fr-en') return ['fr', 'en'];
  if (locale === 'en-fr') return ['en', 'fr'];
  return [resolveLocale(locale) === 'fr-CA' ? 'fr' : 'en'];
}

/**
 * Builds an MOU or a partnership agreement from a partnership: a tree of sections, headings,
 * paragraphs, lists, tables and signature rows that every renderer (HTML, Markdown, text,
 * DOCX) walks. Each text people wrote is taken in the part's language; one written only in the
 * other language is used, tagged with its real language (`lang`), and listed in `missing` as a
 * missing translation. A value still missing stays in the tree as a field without value, which
 * renderers show as a visible placeholder, and is listed in `missing`. A clause prints only when
 * the partnership holds it (AGR-5). With `fr-en` (or `en-fr`), each section holds a part in each
 * language, to show side by side.
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
    locale:
      languages.length === 2 ? (languages.join('-') as DocumentLocale) : (languages[0] ?? 'fr'),
    title: languages.map((lang) => ({ lang, text: template.title[lang] })),
    sections,
    missing: [...missing.values()],
  };
}

/**
 * What is still to do in a partnership for a given template: each empty field once (per
 * organization for fields that repeat) and each text missing a translation, with its label in
 * both languages and its section. By default it checks the languages the partnership declares;
 * pass a `locale` to ask what a document in that language still lacks.
 *
 * @example
 * ```ts
 * missingFields('mou', partnership).map((f) => `${f.kind}: ${f.label.en}`);
 * // ['value: mission of the organization', 'translation: purpose of the partnership', …]
 * missingFields('mou', englishOnlyPartnership, 'fr').length; // every text still to translate
 * ```
 */
export function missingFields(
  templateId: DocumentTemplateId,
  partnership: Partnership,
  locale?: DocumentLocale | string,
): readonly MissingField[] {
  const declared = partnership.languages.length > 1 ? 'fr-en' : (partnership.languages[0] ?? 'fr');
  return buildDocument(templateId, partnership, { locale: locale ?? declared }).missing;
}
