import { deriveAgreementFacts, type Partnership, recommendAgreement } from '@partnership-kit/core';
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
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useControllableState } from '../hooks/useControllableState';
import type { MessageOverrides } from '../i18n/messages';
import { type Translate, useMessages } from '../i18n/useMessages';
import { downloadBlob } from '../utils/download';
import { DocumentView } from './DocumentView';

/**
 * What {@link AgreementPreview} needs to offer a Word download: the
 * `@partnership-kit/templates/docx` entry, which the portal passes (see `loadDocx`).
 */
export interface DocxRenderer {
  renderDocxBlob(document: PartnershipDocument): Promise<Blob>;
}

/** Props of {@link AgreementPreview}. */
export interface AgreementPreviewProps {
  readonly partnership: Partnership;
  /** Which document; by default the agreement's kind, else what `recommendAgreement` advises, else an MOU. */
  readonly kind?: DocumentTemplateId;
  /** Language of the document (not of the buttons): `fr`, `en` or `fr-en` side by side. */
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
  readonly locale?: string;
  readonly messages?: MessageOverrides;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function chooseKind(
  partnership: Partnership,
  kind: DocumentTemplateId | undefined,
): DocumentTemplateId {
  if (kind) return kind;
  if (partnership.agreement) return partnership.agreement.kind;
  const advice = recommendAgreement(deriveAgreementFacts(partnership).facts).kind;
  return advice === 'undecided' ? 'mou' : advice;
}

/**
 * The MOU or partnership agreement of a partnership, previewed as real text (screen readers read
 * it; it is never an image), in French, English or both side by side. Missing values are
 * highlighted and listed, each with a link to fill it. Exports: print, HTML, Markdown, Word (when
 * the portal passes `loadDocx`; the DOCX code is loaded only when asked for), and copy as text.
 * In a Radix Dialog by default (focus trapped, Escape closes), or inline.
 *
 * @example
 * ```tsx
 * <AgreementPreview
 *   partnership={partnership}
 *   documentLocale="fr-en"
 *   onFillField={(f) => goTo(f.fieldId)}
 *   loadDocx={() => import('@partnership-kit/templates/docx')}
 * />
 * ```
 */
export function AgreementPreview(props: AgreementPreviewProps) {
  const { partnership, mode = 'dialog', onFillField, loadDocx } = props;
  const { t, locale } = useMessages(props);
  const [documentLocale, setDocumentLocale] = useControllableState<DocumentLocale>({
    value: props.documentLocale,
    defaultValue: () => props.defaultDocumentLocale ?? (locale === 'fr-CA' ? 'fr' : 'en'),
    onChange: props.onDocumentLocaleChange,
    name: 'AgreementPreview',
  });
  const kind = chooseKind(partnership, props.kind);
  const document = useMemo(
    () => buildDocument(kind, partnership, { locale: documentLocale }),
    [kind, partnership, documentLocale],
  );
  const [status, setStatus] = useState('');
  const fileName = `${props.fileName ?? kind}.${documentLocale}`;
  const actions = {
    print: () => {
      const page = window.open('', '_blank');
      if (!page) return;
      page.document.write(renderHtml(document));
      page.document.close();
      page.focus();
      page.print();
    },
    html: () =>
      downloadBlob(
        new Blob([renderHtml(document)], { type: 'text/html;charset=utf-8' }),
        `${fileName}.html`,
      ),
    markdown: () =>
      downloadBlob(
        new Blob([renderMarkdown(document)], { type: 'text/markdown;charset=utf-8' }),
        `${fileName}.md`,
      ),
    docx: loadDocx
      ? async () => {
          // Loaded on demand, through the portal's own import(): its bundler puts docx in a
          // chunk of its own, and only portals that offer Word need the docx package at all.
          const { renderDocxBlob } = await loadDocx();
          const blob = await renderDocxBlob(document);
          downloadBlob(new Blob([blob], { type: DOCX_TYPE }), `${fileName}.docx`);
        }
      : undefined,
    copy: async () => {
      await navigator.clipboard?.writeText(renderText(document));
      setStatus(t('preview.copied'));
    },
  };
  const body = (
    <PreviewBody
      {...{ t, document, documentLocale, setDocumentLocale, actions, status, onFillField, locale }}
    />
  );
  if (mode === 'inline') {
    return (
      <section
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
      <Dialog.Trigger data-pk-agreement-preview-trigger="">{t('preview.open')}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay data-pk-overlay="" />
        <Dialog.Content
          data-pk-agreement-preview=""
          data-kind={kind}
          data-mode="dialog"
          aria-describedby={undefined}
        >
          <Dialog.Title>{t(`preview.title.${kind}`)}</Dialog.Title>
          {body}
          <Dialog.Close>{t('preview.close')}</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface PreviewBodyProps {
  readonly t: Translate;
  readonly document: ReturnType<typeof buildDocument>;
  readonly documentLocale: DocumentLocale;
  readonly setDocumentLocale: (locale: DocumentLocale) => void;
  readonly actions: Record<'print' | 'html' | 'markdown' | 'copy', () => void | Promise<void>> & {
    readonly docx: (() => Promise<void>) | undefined;
  };
  readonly status: string;
  readonly onFillField: ((field: MissingField) => void) | undefined;
  readonly locale: string;
}

function PreviewBody({
  t,
  document,
  documentLocale,
  setDocumentLocale,
  actions,
  status,
  onFillField,
  locale,
}: PreviewBodyProps) {
  const languageName = useId();
  const missingHeading = useId();
  const side = locale === 'fr-CA' ? 'fr' : 'en';
  const missing: ReactNode =
    document.missing.length === 0 ? (
      <p data-part="complete">{t('preview.complete')}</p>
    ) : (
      <section data-part="missing" aria-labelledby={missingHeading}>
        <p id={missingHeading}>{t('preview.missing', { count: document.missing.length })}</p>
        <ul>
          {document.missing.map((field) => (
            <li key={`${field.fieldId}-${field.organizationId ?? ''}`}>
              {onFillField ? (
                <button type="button" onClick={() => onFillField(field)}>
                  {field.label[side]}
                </button>
              ) : (
                field.label[side]
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <>
      <fieldset data-part="language">
        <legend>{t('preview.language')}</legend>
        {(['fr', 'en', 'fr-en'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={languageName}
              checked={documentLocale === option}
              onChange={() => setDocumentLocale(option)}
            />{' '}
            {t(`preview.language.${option}`)}
          </label>
        ))}
      </fieldset>
      <fieldset data-part="actions">
        <legend>{t('preview.actions')}</legend>
        <button type="button" onClick={actions.print}>
          {t('preview.print')}
        </button>
        <button type="button" onClick={actions.html}>
          {t('preview.html')}
        </button>
        <button type="button" onClick={actions.markdown}>
          {t('preview.markdown')}
        </button>
        {actions.docx ? (
          <button type="button" onClick={() => void actions.docx?.()}>
            {t('preview.docx')}
          </button>
        ) : null}
        <button type="button" onClick={() => void actions.copy()}>
          {t('preview.copy')}
        </button>
        <span role="status">{status}</span>
      </fieldset>
      {missing}
      <DocumentView document={document} headingLevel={3} />
    </>
  );
}
