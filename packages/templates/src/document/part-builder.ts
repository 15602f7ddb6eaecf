import type { BilingualText, ClauseId, Organization, Partnership } from '@partnership-kit/core';
import { formatMessage, type MessageValues, typeset } from '@partnership-kit/core/format';
import {
  CLAUSE_NAMES,
  clauseContextOf,
  clauseRequirement,
  clauseSuggestion,
} from '@partnership-kit/core/rules';
import { buildGovernance, buildProvisions, buildResources } from './build-lists';
import { buildBudget, buildRaciAnnex } from './build-tables';
import { LABELS } from './document.labels';
import type {
  DocBlock,
  DocContent,
  DocInline,
  DocumentLanguage,
  MissingField,
} from './document.types';
import { FIELDS, type FieldId, type FieldValue, localized } from './fields';
import type { AnnexId, TemplateBlock, TemplateInline } from './template.types';

/** What the part builders share: the missing list, the guidance switch, the annexes' letters. */
export interface BuildSettings {
  readonly partnership: Partnership;
  readonly includeGuidance: boolean;
  readonly missing: Map<string, MissingField>;
  /** The letter of each annex the document has (`raci` → `A`…). */
  readonly annexes: ReadonlyMap<AnnexId, string>;
}

/**
 * Builds the blocks of one section in one language, collecting what is still missing on the
 * way. Every text goes through `typeset` once, here: template text as built-in text, values as
 * typed text (only their spacing changes), so every renderer prints the same typography.
 */
export class PartBuilder {
  constructor(
    readonly settings: BuildSettings,
    readonly lang: DocumentLanguage,
    readonly sectionId: string,
  ) {}

  get partnership(): Partnership {
    return this.settings.partnership;
  }

  /** Built-in text in this part's language, typeset, with `{values}` filled in. */
  text(label: BilingualText | string, values: MessageValues = {}): DocInline {
    const template = typeof label === 'string' ? label : label[this.lang];
    // A piece of a line: a colon at its start (" : " after a label) keeps its no-break space.
    return { kind: 'text', text: formatMessage(template, values, this.lang, { fragment: true }) };
  }

  /** A proper name people typed (an organization, a person): only its spacing is typeset. */
  typed(value: string): DocInline {
    return { kind: 'text', text: typeset(value, this.lang, { userText: true, fragment: true }) };
  }

  /** The inlines of a field: its value (several, separated, for a list) or a placeholder. */
  field(id: FieldId, organization?: Organization): DocInline[] {
    const values = this.fieldValues(id, organization);
    if (values === undefined) {
      this.record(id, 'value', organization);
      return [this.placeholder(id)];
    }
    return values.flatMap((value, i) => {
      const inline = this.valueInline(id, value, organization);
      return i === 0 ? [inline] : [this.text('; '), inline];
    });
  }

  /** The values of a field, or undefined when it has none. */
  fieldValues(id: FieldId, organization?: Organization): readonly FieldValue[] | undefined {
    const raw = FIELDS[id].value({
      partnership: this.partnership,
      lang: this.lang,
      ...(organization ? { organization } : {}),
    });
    if (raw === undefined) return undefined;
    return Array.isArray(raw) ? raw : [raw as FieldValue];
  }

  /** A visible placeholder for a field still to fill in: `[label]`. */
  placeholder(id: FieldId): DocInline {
    return { kind: 'field', fieldId: id, label: FIELDS[id].label[this.lang] };
  }

  /** A value people wrote, typeset (spacing only), marked when it stands in for a translation. */
  valueInline(id: FieldId, value: FieldValue, organization?: Organization): DocInline {
    if (value.lang !== this.lang) this.record(id, 'translation', organization);
    return {
      kind: 'field',
      fieldId: id,
      label: FIELDS[id].label[this.lang],
      value: typeset(value.text, this.lang, { userText: true, fragment: true }),
      ...(value.lang === this.lang ? {} : { lang: value.lang }),
    };
  }

  /** A value inside a table or list: the text people wrote, or the given text when there is none. */
  value(id: FieldId, value: FieldValue | undefined, fallbackText: string): DocContent {
    if (value) return [this.valueInline(id, value)];
    return fallbackText ? [this.typed(fallbackText)] : [];
  }

  record(id: FieldId, kind: MissingField['kind'], organization?: Organization): void {
    const translation = kind === 'translation';
    const key = [id, organization?.id ?? '', kind, translation ? this.lang : ''].join('\u0000');
    if (this.settings.missing.has(key)) return;
    this.settings.missing.set(key, {
      fieldId: id,
      sectionId: this.sectionId,
      label: FIELDS[id].label,
      kind,
      ...(translation ? { language: this.lang } : {}),
      ...(organization ? { organizationId: organization.id } : {}),
    });
  }

  /** Each partner, or one empty stand-in so the template still shows what to fill in. */
  organizations(): (Organization | undefined)[] {
    return this.partnership.organizations.length > 0
      ? [...this.partnership.organizations]
      : [undefined];
  }

  /**
   * The inlines of template content, or undefined when an optional field in it is empty (the
   * paragraph or item is then left out).
   */
  inlines(
    content: readonly TemplateInline[],
    organization?: Organization,
  ): DocInline[] | undefined {
    const out: DocInline[] = [];
    for (const item of content) {
      if (!('field' in item)) {
        out.push(this.text(item));
      } else if (item.optional && this.fieldValues(item.field, organization) === undefined) {
        return undefined;
      } else {
        if (item.before) out.push(this.text(item.before));
        out.push(...this.field(item.field, organization));
      }
    }
    return out;
  }

  /** Content left out (an empty optional field) as no item at all. */
  private optional(content: DocContent | undefined): DocContent[] {
    return content ? [content] : [];
  }

  blocks(template: readonly TemplateBlock[], organization?: Organization): DocBlock[] {
    return template.flatMap((block) => this.block(block, organization));
  }

  private block(block: TemplateBlock, organization?: Organization): DocBlock[] {
    const paragraph = (content: DocContent | undefined): DocBlock[] =>
      content ? [{ kind: 'paragraph', content }] : [];
    switch (block.kind) {
      case 'paragraph':
        return paragraph(this.inlines(block.content, organization));
      case 'heading': {
        const content = this.inlines(block.content, organization);
        return content ? [{ kind: 'heading', level: 3, content }] : [];
      }
      case 'guidance':
        return this.settings.includeGuidance ? [this.guidance(block.text[this.lang])] : [];
      case 'clause':
        return this.clause(block.clause, block.heading ?? false);
      case 'list': {
        const items = block.items.flatMap((item) =>
          this.optional(this.inlines(item, organization)),
        );
        return items.length > 0 ? [{ kind: 'list', items }] : [];
      }
      case 'fieldList': {
        const values = this.fieldValues(block.field);
        if (!values) return [];
        return [
          { kind: 'paragraph', content: [this.text(block.intro)] },
          { kind: 'list', items: values.map((value) => [this.valueInline(block.field, value)]) },
        ];
      }
      case 'organizationList': {
        const items = this.organizations().flatMap((o) =>
          this.optional(this.inlines(block.item, o)),
        );
        return [{ kind: 'list', items }];
      }
      case 'eachOrganization':
        return this.organizations().flatMap((o) => [
          { kind: 'heading', level: 3, content: this.inlines(block.heading, o) ?? [] } as DocBlock,
          ...this.blocks(block.blocks, o),
        ]);
      case 'provisions':
        return buildProvisions(this, organization);
      case 'resources':
        return buildResources(this, block.source);
      case 'governance':
        return buildGovernance(this);
      case 'table':
        return block.source === 'raci' ? buildRaciAnnex(this) : buildBudget(this);
      case 'annexReference': {
        const letter = this.settings.annexes.get(block.annex);
        return letter ? paragraph([this.text(block.text, { annex: letter })]) : [];
      }
      case 'term':
        return paragraph(
          this.inlines(
            this.partnership.agreement?.effectiveOn ? block.fromDate : block.fromLastSignature,
          ),
        );
      case 'renewal':
        return paragraph([
          this.text(block.texts[this.partnership.agreement?.renewal ?? 'meet-to-decide']),
        ]);
      default:
        // The signature block is written once for all languages (build-signatures.ts).
        return [];
    }
  }

  /** Advice to whoever fills the document in, labelled as such in every format. */
  guidance(advice: string): DocBlock {
    return {
      kind: 'paragraph',
      guidance: true,
      content: [this.text(`${LABELS.guidance[this.lang]}${advice}`)],
    };
  }

  /**
   * A clause prints if and only if the partnership holds it (AGR-5). One the document needs but
   * the partnership does not hold is a placeholder, listed as missing; the guide's wording is
   * only ever advice.
   */
  private clause(clause: ClauseId, heading: boolean): DocBlock[] {
    const p = this.partnership;
    const held = localized(p.agreement?.clauses[clause], this.lang);
    const context = clauseContextOf(p);
    if (!held && clauseRequirement(clause, context) !== 'required') return [];
    const suggestion = clauseSuggestion(clause, context.kind);
    return [
      ...(heading
        ? [{ kind: 'heading', level: 3, content: [this.text(CLAUSE_NAMES[clause])] } as DocBlock]
        : []),
      { kind: 'paragraph', content: this.field(`clause.${clause}`) },
      ...(!held && this.settings.includeGuidance && suggestion
        ? [this.guidance(`${LABELS.suggestion[this.lang]}${suggestion[this.lang]}`)]
        : []),
    ];
  }
}
