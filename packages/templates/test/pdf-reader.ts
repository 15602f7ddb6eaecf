// Reads PDF files back the way an assistive technology or an archive would, with readers that
// owe nothing to PDFKit: poppler's command-line tools (`pdfinfo -struct-text` for the whole
// structure tree in reading order, `pdffonts` for embedding) and Mozilla's pdf.js (each page's
// structure tree with every element's language, metadata, outline). Poppler comes from Debian's
// poppler-utils, which `npm test` installs when missing (scripts/newcomer.mjs, as for
// `pnpm check:documents`); without it these tests fail with a message that says so — they are
// never skipped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The message the PDF tests fail with when poppler's tools are not installed. */
export const POPPLER_MISSING =
  'poppler-utils is not installed (pdfinfo, pdffonts): the PDF tests read files back with it. ' +
  'Install it (Debian: apt-get install -y poppler-utils); `npm test` does so by itself as root.';

/** Runs a poppler tool on the bytes of a PDF and returns what it printed. */
function poppler(tool: 'pdfinfo' | 'pdffonts' | 'pdftotext', args: string[], bytes: Uint8Array) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pk-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    const result = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new Error(POPPLER_MISSING);
    }
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
    return { stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A structure element as `pdfinfo -struct-text` prints it: role, attributes, text, children. */
export interface StructNode {
  readonly role: string;
  readonly attributes: Record<string, string>;
  readonly children: (StructNode | string)[];
}

/**
 * The whole structure tree, in reading order (poppler's `pdfinfo -struct`), with each element's
 * text when `withText` (`-struct-text`: seconds for a long document, as poppler reads the page
 * again for each piece of marked content). Lines are `Role`, `Role (block)`, `Role:` followed by
 * `/Key /Value` attribute lines, or `"text"`, each indented two spaces a level.
 */
export function structTree(bytes: Uint8Array, withText = false): StructNode {
  const { stdout, stderr } = poppler('pdfinfo', [withText ? '-struct-text' : '-struct'], bytes);
  if (stderr.trim() !== '') throw new Error(`pdfinfo complained about the structure: ${stderr}`);
  const root: StructNode = { role: 'StructTreeRoot', attributes: {}, children: [] };
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }];
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const content = line.trim();
    while ((stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.node ?? root;
    if (content.startsWith('"') && content.endsWith('"')) {
      parent.children.push(content.slice(1, -1));
      continue;
    }
    const attribute = /^\/(\w+) (.*)$/.exec(content);
    if (attribute) {
      parent.attributes[attribute[1] as string] = (attribute[2] as string).replace(/^\//, '');
      continue;
    }
    const role = /^([A-Za-z0-9]+)/.exec(content)?.[1] ?? content;
    const node: StructNode = { role, attributes: {}, children: [] };
    parent.children.push(node);
    stack.push({ depth, node });
  }
  return root;
}

/** Every element of a tree, depth first (reading order). */
export function elements(node: StructNode): StructNode[] {
  return [
    node,
    ...node.children.flatMap((child) => (typeof child === 'string' ? [] : elements(child))),
  ];
}

/** The text of an element and its descendants, in reading order. */
export function textOf(
  node: StructNode,
  skip: (node: StructNode) => boolean = () => false,
): string {
  if (skip(node)) return '';
  return node.children
    .map((child) => (typeof child === 'string' ? child : textOf(child, skip)))
    .join(' ');
}

/** `pdffonts`: one row per font the pages use. */
export function fontsOf(bytes: Uint8Array) {
  const { stdout } = poppler('pdffonts', [], bytes);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      const flags = rest.slice(-5, -2); // emb sub uni, before the object number and generation
      return {
        name,
        embedded: flags[0] === 'yes',
        subset: flags[1] === 'yes',
        unicode: flags[2] === 'yes',
      };
    });
}

/** `pdfinfo`, as key → value (`Pages`, `Tagged`, `Page size`…); `-f 1 -l N` for every page's size. */
export function infoOf(bytes: Uint8Array, args: string[] = []): Record<string, string> {
  const { stdout } = poppler('pdfinfo', args, bytes);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** The page text as laid out (`pdftotext`), artifacts included: page numbers, headers. */
export const pageText = (bytes: Uint8Array) => poppler('pdftotext', ['-layout'], bytes).stdout;

/** A node of a page's structure tree as pdf.js gives it, with the text of its marked content. */
export interface PageNode {
  readonly role: string;
  readonly lang?: string;
  readonly children: (PageNode | string)[];
}

interface PdfjsNode {
  readonly role?: string;
  readonly lang?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: PdfjsNode[];
}

/**
 * pdf.js's view of a PDF: its metadata, viewer preferences, outline, and each page's structure
 * tree (roles, languages) with the text of every marked-content reference.
 */
export async function readWithPdfjs(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: PageNode[] = [];
    /** Every run of text as printed, artifacts included: a run never spans two lines. */
    const runs: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const texts = new Map<string, string>();
      let current: string | undefined;
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps') current = item.id ?? undefined;
          if (item.type === 'endMarkedContent') current = undefined;
          continue;
        }
        runs.push(item.str);
        const text = item.str + (item.hasEOL ? ' ' : '');
        if (current) texts.set(current, (texts.get(current) ?? '') + text);
      }
      const convert = (node: PdfjsNode): PageNode | string =>
        node.type === 'content'
          ? (texts.get(node.id ?? '') ?? '')
          : {
              role: node.role ?? '',
              ...(node.lang ? { lang: node.lang } : {}),
              children: (node.children ?? []).map(convert),
            };
      const tree = (await page.getStructTree()) as PdfjsNode | null;
      pages.push(convert(tree ?? { role: 'Root' }) as PageNode);
    }
    const metadata = await pdf.getMetadata();
    return {
      pages,
      runs,
      info: metadata.info as Record<string, unknown>,
      xmp: (metadata.metadata?.getAll() ?? {}) as Record<string, string>,
      viewerPreferences: (await pdf.getViewerPreferences()) as Record<string, unknown> | null,
      outline: ((await pdf.getOutline()) ?? []).map((item) => item.title),
    };
  } finally {
    await pdf.destroy();
  }
}

/** Every element of pdf.js page trees, depth first. */
export function pageElements(node: PageNode): PageNode[] {
  return [
    node,
    ...node.children.flatMap((child) => (typeof child === 'string' ? [] : pageElements(child))),
  ];
}

/** The text of a pdf.js page tree, in order, leaving out the subtrees `skip` picks. */
export function pageTextOf(
  node: PageNode,
  skip: (node: PageNode) => boolean = () => false,
): string {
  if (skip(node)) return '';
  return node.children
    .map((child) => (typeof child === 'string' ? child : pageTextOf(child, skip)))
    .join(' ');
}
