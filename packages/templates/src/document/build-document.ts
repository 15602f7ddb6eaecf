import { isEmptyText, type Partnership, resolveLocale } from '@partnership-kit/core';
import { AGREEMENT_TEMPLATE } from './agreement.template';
import { buildSignatures } from './build-signatures';
import { ANNEX_NAMES, ANNEX_TITLE } from './document.labels';
import type {
  DocBlock,
  DocSection,
  DocumentLanguage,
  DocumentLocale,
  MissingField,
  PartnershipDocument,
} from './document.types';
import { MOU_TEMPLATE } from './mou.template';
import { type BuildSettings, PartBuilder } from './part-builder';
import type { AnnexId, DocumentTemplate, TemplateSection } from './template.types';

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

/** The languages of a document, in column order. */
function languagesOf(locale: string): DocumentLanguage[] {
  if (locale === 'fr-en') return ['fr', 'en'];
  if (locale === 'en-fr') return ['en', 'fr'];
  return [resolveLocale(locale) === 'fr-CA' ? 'fr' : 'en'];
}

/** Whether the partnership has what an annex prints. */
function hasAnnex(annex: AnnexId, p: Partnership): boolean {
  const agreement = p.agreement;
  switch (annex) {
    case 'raci':
      return p.raci.tasks.length > 0;
    case 'budget':
      return p.resources.some((r) => r.kind === 'financial');
    case 'workPlan':
      return !isEmptyText(agreement?.annexes?.workPlan);
    case 'evaluationPlan':
      return !isEmptyText(agreement?.annexes?.evaluationPlan);
    case 'termsOfReference':
      return !isEmptyText(agreement?.governance?.termsOfReference);
  }
}

/** The letter of each annex the document will have, A, B, C… in the template's order. */
function annexLetters(template: DocumentTemplate, p: Partnership): Map<AnnexId, string> {
  const present = template.sections.flatMap((s) =>
    s.annex && hasAnnex(s.annex, p) ? [s.annex] : [],
  );
  return new Map(present.map((annex, i) => [annex, String.fromCharCode(65 + i)]));
}

/** The heading of a section: « 3. But », « Annexe A — Matrice RACI », « Signatures ». */
function sectionTitle(
  builder: PartBuilder,
  section: TemplateSection,
  number: number,
  letters: ReadonlyMap<AnnexId, string>,
): DocBlock {
  const { lang } = builder;
  const text = section.annex
    ? builder.text(ANNEX_TITLE, {
        letter: letters.get(section.annex),
        name: ANNEX_NAMES[section.annex][lang],
      })
    : builder.text(section.role ? section.title : `${number}. ${section.title[lang]}`);
  return { kind: 'heading', level: 2, content: [text] };
}

/**
 * Builds one section in every language, or nothing when it has nothing to say (an optional
 * clause the partners do not hold, an annex they do not have).
 */
function buildSection(
  section: TemplateSection,
  languages: readonly DocumentLanguage[],
  settings: BuildSettings,
  number: () => number,
): DocSection | undefined {
  if (section.annex && !settings.annexes.has(section.annex)) return undefined;
  const builders = languages.map((lang) => new PartBuilder(settings, lang, section.id));
  const bodies = builders.map((builder) => builder.blocks(section.blocks));
  const signatures = section.blocks.find((block) => block.kind === 'signatures');
  if (!signatures && bodies.every((blocks) => blocks.length === 0)) return undefined;
  const n = section.role || section.annex ? 0 : number();
  return {
    id: section.id,
    ...(section.role ? { role: section.role } : section.annex ? { role: 'annex' as const } : {}),
    parts: builders.map((builder, i) => ({
      lang: builder.lang,
      blocks: [sectionTitle(builder, section, n, settings.annexes), ...(bodies[i] ?? [])],
    })),
    ...(signatures?.kind === 'signatures'
      ? { shared: [buildSignatures(builders, signatures.byline)] }
      : {}),
  };
}

/**
 * Builds an MOU or a partnership agreement from a partnership: a tree of sections, headings,
 * paragraphs, lists, tables and a signature block that every renderer (HTML, Markdown, text,
 * DOCX, the React preview) walks. The body sections are numbered; the annexes (RACI matrix, work
 * plan, budget, evaluation plan, terms of reference) follow the signatures, lettered, when the
 * partnership has them. Every text is typeset once, here (Canadian French spacing, legal
 * numbers « deux (2) ans », dates written out). Each text people wrote is taken in the part's
 * language; one written only in the other language is used, tagged with its real language
 * (`lang`), and listed in `missing` as a missing translation. A value still missing stays in the
 * tree as a field without value, which renderers show as a visible placeholder, and is listed in
 * `missing`. A clause prints only when the partnership holds it (AGR-5). With `fr-en` (or
 * `en-fr`), each section holds a part in each language, to show side by side, and the signature
 * block is written once, in both languages.
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
  const settings: BuildSettings = {
    partnership,
    includeGuidance: options.includeGuidance ?? false,
    missing,
    annexes: annexLetters(template, partnership),
  };
  const name = languages.map((lang) => ({
    lang,
    content: new PartBuilder(settings, lang, 'title').field('partnership.name'),
  }));
  let counter = 0;
  const next = () => {
    counter += 1;
    return counter;
  };
  const sections = template.sections.flatMap(
    (section) => buildSection(section, languages, settings, next) ?? [],
  );
  return {
    templateId: template.id,
    templateVersion: template.version,
    locale:
      languages.length === 2 ? (languages.join('-') as DocumentLocale) : (languages[0] ?? 'fr'),
    title: languages.map((lang) => ({ lang, text: template.title[lang] })),
    name,
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
