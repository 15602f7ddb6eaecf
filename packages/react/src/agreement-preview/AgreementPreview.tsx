import type { Partnership } from '@partnership-kit/core';
import { deriveAgreementFacts, recommendAgreement } from '@partnership-kit/core/rules';
import {
  buildDocument,
  type DocumentLocale,
  type DocumentTemplateId,
  type MissingField,
  type PartnershipDocument,
  renderHtml,
  renderMarkdown,
  renderText,
} from '@partnership-kit/templates';
import * as Dialog from '@radix-ui/react-dialog';
import { useId, useMemo, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import { type MessageOptions, useMessages } from '../i18n/useMessages';
import { downloadBlob } from '../utils/download';
import { DocumentView } from './DocumentView';
import { PREVIEW_MESSAGES, type PreviewTranslate } from './preview.messages';

/**
 * What {@link AgreementPreview} needs to offer a Word download: the
 * `@partnership-kit/templates/docx` entry, which the portal passes (see `loadDocx`).
 */
export interface DocxRenderer {
  renderDocxBlob(document: PartnershipDocument): Promise<Blob>;
}

/**
 * What {@link AgreementPreview} needs to offer a PDF download: the
 * `@partnership-kit/templates/pdf` entry, which the portal passes (see `loadPdf`).
 */
export interface PdfRenderer {
  renderPdfBlob(document: PartnershipDocument): Promise<Blob>;
}

/** Props of {@link AgreementPreview}. */
export interface AgreementPreviewProps extends MessageOptions {
  readonly partnership: Partnership;
  /** Which document; by default the agreement's kind, else what `recommendAgreement` advises, else an MOU. */
  readonly kind?: DocumentTemplateId;
  /** Language of the document (not of the buttons): `fr`, `en`, or both side by side (`fr-en`, `en-fr`). */
  readonly documentLocale?: DocumentLocale;
  readonly defaultDocumentLocale?: DocumentLocale;
  readonly onDocumentLocaleChange?: (locale: DocumentLocale) => void;
  /** In a dialog opened by a button (default), or inline in the page. */
  readonly mode?: 'dialog' | 'inline';
  /** Called when the user picks a missing field, to take them where to fill it. */
  readonly onFillField?: (field: MissingField) => void;
  /** File name without extension for downloads. Default: the document kind. */
  readonly fileName?: string;
  /**
   * Offers a Word (.docx) download when given: `() => import('@partnership-kit/templates/docx')`.
   * That entry needs the `docx` package, an optional peer dependency the portal installs
   * (`npm install docx`); it is loaded when someone asks for Word, in a chunk of its own. Without
   * it, there is no Word button, and nothing in the portal's bundle refers to docx.
   */
  readonly loadDocx?: () => Promise<DocxRenderer>;
  /**
   * Offers an accessible PDF download (tagged, PDF/UA) when given:
   * `() => import('@partnership-kit/templates/pdf')`. That entry needs the `pdfkit` package, an
   * optional peer dependency the portal installs (`npm install pdfkit`); it is loaded when
   * someone asks for a PDF, in a chunk of its own. Without it, there is no PDF button.
   */
  readonly loadPdf?: () => Promise<PdfRenderer>;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LOCALES: readonly DocumentLocale[] = ['fr', 'en', 'fr-en', 'en-fr'];

function chooseKind(
  partnership: Partnership,
  kind: DocumentTemplateId | undefined,
): DocumentTemplateId {
  if (kind) return kind;
  if (partnership.agreement) return partnership.agreement.kind;
  const advice = recommendAgreement(deriveAgreementFacts(partnership).facts).kind;
  return advice === 'mou' ? 'mou' : advice === 'undecided' ? 'mou' : 'partnership-agreement';
}

/** The exports, each reporting its progress through `say`. */
function useExports(
  document: PartnershipDocument,
  fileName: string,
  t: PreviewTranslate,
  say: (text: string) => void,
  loaders: Pick<AgreementPreviewProps, 'loadDocx' | 'loadPdf'>,
) {
  const { loadDocx, loadPdf } = loaders;
  const save = async (name: string, make: () => Promise<Blob> | Blob) => {
    say(t('preview.downloading'));
    try {
      downloadBlob(await make(), name);
      say(t('preview.downloaded', { name }));
    } catch {
      say(t('preview.failed'));
    }
  };
  return {
    print: () => {
      const page = window.open('', '_blank');
      if (!page) return;
      page.document.write(renderHtml(document));
      page.document.close();
      page.focus();
      page.print();
    },
    html: () =>
      save(
        `${fileName}.html`,
        () => new Blob([renderHtml(document)], { type: 'text/html;charset=utf-8' }),
      ),
    markdown: () =>
      save(
        `${fileName}.md`,
        () => new Blob([renderMarkdown(document)], { type: 'text/markdown;charset=utf-8' }),
      ),
    // Loaded on demand, through the portal: docx is an optional peer the portal installs.
    docx: loadDocx
      ? () =>
          save(`${fileName}.docx`, async () => {
            const { renderDocxBlob } = await loadDocx();
            return new Blob([await renderDocxBlob(document)], { type: DOCX_TYPE });
          })
      : undefined,
    // Loaded on demand too: pdfkit and the fonts it embeds are an optional peer's weight.
    pdf: loadPdf
      ? () =>
          save(`${fileName}.pdf`, async () => {
            const { renderPdfBlob } = await loadPdf();
            return new Blob([await renderPdfBlob(document)], { type: 'application/pdf' });
          })
      : undefined,
    copy: async () => {
      await navigator.clipboard?.writeText(renderText(document));
      say(t('preview.copied'));
    },
  };
}

/**
 * The MOU or partnership agreement of a partnership, previewed as real text (screen readers read
 * it; it is never an image), in French, English or both side by side in either order. Missing
 * values and missing translations are listed, each with a link to fill it, and marked in the
 * text. Exports: print, HTML, Markdown, Word and accessible PDF (each loaded only when asked for),
 * and copy as text. In a Radix Dialog by default — a scrollable surface above the page, its title
 * and close button at the top, focus trapped, Escape closes — or inline.
 *
 * @example
 * ```tsx
 * <AgreementPreview partnership={partnership} documentLocale="fr-en" onFillField={(f) => goTo(f.fieldId)} />
 * ```
 */
export function AgreementPreview(props: AgreementPreviewProps) {
  const { partnership, mode = 'dialog', onFillField } = props;
  const { t, lang } = useMessages(PREVIEW_MESSAGES, props);
  const [documentLocale, setDocumentLocale] = useControllableState<DocumentLocale>({
    value: props.documentLocale,
    defaultValue: () => props.defaultDocumentLocale ?? lang,
    onChange: props.onDocumentLocaleChange,
    name: 'AgreementPreview',
  });
  const kind = chooseKind(partnership, props.kind);
  const document = useMemo(
    () => buildDocument(kind, partnership, { locale: documentLocale }),
    [kind, partnership, documentLocale],
  );
  const [status, setStatus] = useState('');
  const actions = useExports(
    document,
    `${props.fileName ?? kind}.${documentLocale}`,
    t,
    setStatus,
    { loadDocx: props.loadDocx, loadPdf: props.loadPdf },
  );
  const body = (
    <PreviewBody
      {...{ t, lang, document, documentLocale, setDocumentLocale, actions, status, onFillField }}
    />
  );
  if (mode === 'inline') {
    return (
      <section
        data-pk=""
        data-pk-agreement-preview=""
        data-kind={kind}
        aria-label={t(`preview.title.${kind}`)}
      >
        {body}
      </section>
    );
  }
  return (
    <Dialog.Root>
      <Dialog.Trigger data-pk-agreement-preview-trigger="" data-variant="primary">
        {t('preview.open')}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          data-pk=""
          data-pk-dialog=""
          data-pk-agreement-preview=""
          data-kind={kind}
          data-mode="dialog"
          data-size="large"
          aria-describedby={undefined}
        >
          <div data-part="dialog-header">
            <Dialog.Title>{t(`preview.title.${kind}`)}</Dialog.Title>
            <Dialog.Close data-part="dialog-close" aria-label={t('dialog.close')}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          <div data-part="dialog-body">{body}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface PreviewBodyProps {
  readonly t: PreviewTranslate;
  readonly lang: 'fr' | 'en';
  readonly document: PartnershipDocument;
  readonly documentLocale: DocumentLocale;
  readonly setDocumentLocale: (locale: DocumentLocale) => void;
  readonly actions: ReturnType<typeof useExports>;
  readonly status: string;
  readonly onFillField: ((field: MissingField) => void) | undefined;
}

function MissingList({
  t,
  lang,
  fields,
  title,
  onFillField,
}: {
  t: PreviewTranslate;
  lang: 'fr' | 'en';
  fields: readonly MissingField[];
  title: string;
  onFillField: PreviewBodyProps['onFillField'];
}) {
  const headingId = `pk-missing-${useId().replace(/:/g, '')}`;
  if (fields.length === 0) return null;
  const label = (field: MissingField) =>
    field.kind === 'translation'
      ? t('preview.translation', { field: field.label[lang], language: field.language ?? 'fr' })
      : field.label[lang];
  return (
    <section data-part="missing" aria-labelledby={headingId}>
      <p id={headingId}>{title}</p>
      <ul>
        {fields.map((field) => (
          <li
            key={`${field.fieldId}-${field.organizationId ?? ''}-${field.kind}-${field.language ?? ''}`}
          >
            {onFillField ? (
              <button type="button" data-variant="link" onClick={() => onFillField(field)}>
                {label(field)}
              </button>
            ) : (
              label(field)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PreviewBody({
  t,
  lang,
  document,
  documentLocale,
  setDocumentLocale,
  actions,
  status,
  onFillField,
}: PreviewBodyProps) {
  const languageName = useId();
  const values = document.missing.filter((field) => field.kind === 'value');
  const translations = document.missing.filter((field) => field.kind === 'translation');
  return (
    <>
      <fieldset data-part="language">
        <legend>{t('preview.language')}</legend>
        <div data-part="radios">
          {LOCALES.map((option) => (
            <label key={option} data-part="radio">
              <input
                type="radio"
                name={languageName}
                checked={documentLocale === option}
                onChange={() => setDocumentLocale(option)}
              />{' '}
              {t(`preview.language.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset data-part="actions">
        <legend>{t('preview.actions')}</legend>
        <button type="button" data-variant="secondary" onClick={actions.print}>
          {t('preview.print')}
        </button>
        <button type="button" data-variant="secondary" onClick={() => void actions.html()}>
          {t('preview.html')}
        </button>
        <button type="button" data-variant="secondary" onClick={() => void actions.markdown()}>
          {t('preview.markdown')}
        </button>
        {actions.docx ? (
          <button type="button" data-variant="secondary" onClick={() => void actions.docx?.()}>
            {t('preview.docx')}
          </button>
        ) : null}
        {actions.pdf ? (
          <button type="button" data-variant="secondary" onClick={() => void actions.pdf?.()}>
            {t('preview.pdf')}
          </button>
        ) : null}
        <button type="button" data-variant="secondary" onClick={() => void actions.copy()}>
          {t('preview.copy')}
        </button>
        <output data-part="status">{status}</output>
      </fieldset>
      {document.missing.length === 0 ? <p data-part="complete">{t('preview.complete')}</p> : null}
      <MissingList
        t={t}
        lang={lang}
        fields={values}
        title={t('preview.missing', { count: values.length })}
        onFillField={onFillField}
      />
      <MissingList
        t={t}
        lang={lang}
        fields={translations}
        title={t('preview.translations', { count: translations.length })}
        onFillField={onFillField}
      />
      <DocumentView document={document} headingLevel={3} fallbackLabel={t('preview.fallback')} />
    </>
  );
}
