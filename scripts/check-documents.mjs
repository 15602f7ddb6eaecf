#!/usr/bin/env node
// `pnpm check:documents`: the documents an executive director signs, checked the way they are
// read — on paper. Every sample document (the MOU of case study 1, the seven-partner agreement
// of case study 2; in French, in English, and side by side in both orders) is rendered to DOCX
// from the sources, converted to PDF by LibreOffice, and read back with poppler:
//   - every page is Letter (portrait or landscape);
//   - no word is broken across lines: every word pdftotext reads is a word of the document's
//     text (renderText) or of its page footer, so "Tâch e" or "organi- sation" fail;
//   - each organization's signatures are on one page, and a block of four signatories or fewer
//     is on one page whole.
// The same documents as HTML are laid out in headless Chromium at 816 px (Letter) and 390 px (a
// phone): nothing may stick out of the page, and side by side the two languages of a section
// must sit in two columns at 816 px; printed, they come out on Letter pages with « Page 1 de 5 ».
// LibreOffice and poppler come from Debian (libreoffice-writer, poppler-utils); `npm test`
// installs them when missing, as it does Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, requireChromium } from './lib/chromium.mjs';
import { findSoffice, missingOfficePackages } from './lib/office.mjs';
import { seconds } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'node_modules', '.cache', 'check-documents');
const CASES = [
  ['mou', 'caseStudy1'],
  ['partnership-agreement', 'caseStudy2'],
];
const LOCALES = ['fr', 'en', 'fr-en', 'en-fr'];

/** The renderers and samples, bundled from the sources (no build needed, never stale). */
async function loadKit() {
  const outfile = path.join(work, 'kit.mjs');
  await build({
    stdin: {
      contents: [
        "export { buildDocument, renderHtml, renderText, PAGE_LABELS } from './src/index.ts';",
        "export { renderDocx } from './src/docx.ts';",
        "export { caseStudy1, caseStudy2 } from './src/samples.ts';",
      ].join('\n'),
      resolveDir: path.join(root, 'packages', 'templates'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@partnership-kit/source'],
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** Runs a command and returns its output; throws with its error output when it fails. */
function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
  }
  return result.stdout;
}

/** Lower-case words (letters and digits), as pdftotext and renderText both spell them. */
const wordsOf = (text) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('fr-CA')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const flat = (text) => text.normalize('NFKC').replace(/\s+/g, ' ');

/**
 * A compound may break after one of its hyphens ("quatre-vingt-" / "dix"): pdftotext then joins
 * the two halves without the hyphen ("vingtdix"), which is still the source's word. These are
 * every run of a compound's parts, joined.
 */
function compoundJoins(text) {
  const joins = [];
  for (const [compound] of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) {
    const parts = wordsOf(compound);
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i + 2; j <= parts.length; j += 1) joins.push(parts.slice(i, j).join(''));
    }
  }
  return joins;
}

/** The size of every page, in points, from pdfinfo. */
function pageSizes(pdf) {
  return [
    ...output('pdfinfo', ['-f', '1', '-l', '9999', pdf]).matchAll(
      /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/gm,
    ),
  ].map((m) => [Number(m[1]), Number(m[2])]);
}

const isLetter = ([w, h]) =>
  (Math.abs(w - 612) < 1 && Math.abs(h - 792) < 1) ||
  (Math.abs(w - 792) < 1 && Math.abs(h - 612) < 1);

/** Checks one PDF against the document it was made from; returns the problems found. */
function checkPdf(pdf, doc, kit, partnership) {
  const problems = [];
  const sizes = pageSizes(pdf);
  if (sizes.length === 0) problems.push('no page');
  sizes.forEach((size, i) => {
    if (!isLetter(size)) problems.push(`page ${i + 1} is ${size.join(' × ')} pt, not Letter`);
  });
  const pages = sizes.map((_, i) =>
    output('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']),
  );
  // The footer's words ("Page 2 de 5") are the only ones the document text does not hold.
  const footer = doc.title.flatMap((t) => kit.PAGE_LABELS[t.lang]).join(' ');
  const text = `${kit.renderText(doc)} ${footer}`;
  const known = new Set([...wordsOf(text), ...compoundJoins(text)]);
  for (let page = 1; page <= sizes.length; page += 1) known.add(String(page));
  const unknown = new Set(pages.flatMap((page) => wordsOf(page)).filter((w) => !known.has(w)));
  if (unknown.size > 0) {
    problems.push(`words broken or unknown: ${[...unknown].slice(0, 12).join(', ')}`);
  }
  problems.push(...checkSignatures(pages.map(flat), partnership));
  return { problems, pages: sizes.length, words: pages.flatMap(wordsOf).length };
}

/** Each organization's signatories on one page; a block of four or fewer on one page whole. */
function checkSignatures(pages, partnership) {
  const problems = [];
  const signatories = partnership.agreement?.signatories ?? [];
  const pageOf = (name) => pages.flatMap((text, i) => (text.includes(name) ? [i + 1] : []));
  const all = new Set();
  for (const organization of partnership.organizations) {
    const names = signatories
      .filter((s) => s.organizationId === organization.id && s.name)
      .map((s) => s.name);
    const found = new Set(names.flatMap(pageOf));
    for (const page of found) all.add(page);
    if (names.length > 0 && found.size !== 1) {
      problems.push(
        `signatures of ${organization.legalName} on pages ${[...found].join(', ') || 'none'}`,
      );
    } else if (
      found.size === 1 &&
      !pages[[...found][0] - 1].includes(flat(organization.legalName))
    ) {
      problems.push(`${organization.legalName} is not on the page of its signatures`);
    }
  }
  if (signatories.length <= 4 && all.size > 1) {
    problems.push(
      `a signature block of ${signatories.length} split over pages ${[...all].join(', ')}`,
    );
  }
  return problems;
}

/** What sticks out of the page or of the document, and whether side-by-side sections are in columns. */
function layoutProblems(width) {
  const problems = [];
  const page = document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) {
    problems.push(`the page is ${page.scrollWidth} px wide at ${width} px`);
  }
  const article = document.querySelector('[data-pk-document]');
  const edge = article.getBoundingClientRect().right + 1;
  for (const element of article.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > edge) {
      const name = element.closest('[data-section]')?.getAttribute('data-section');
      problems.push(`<${element.tagName.toLowerCase()}> sticks out in ${name} at ${width} px`);
      break;
    }
  }
  if (width >= 816) {
    for (const section of article.querySelectorAll('[data-layout="columns"]')) {
      const [a, b] = [...section.querySelectorAll(':scope > [data-part="language"]')];
      if (a && b && Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > 1) {
        problems.push(
          `${section.dataset.section}: the languages are not side by side at ${width} px`,
        );
      }
    }
  }
  return problems;
}

/** The HTML of each job in Chromium: layout at two widths, then printed to PDF. */
async function checkHtml(jobs) {
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const job of jobs) {
      const html = job.kit.renderHtml(job.doc);
      for (const width of [816, 390]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.setContent(html);
        job.problems.push(...(await page.evaluate(layoutProblems, width)));
      }
      const pdf = path.join(work, `${job.name}.html.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      const sizes = pageSizes(pdf);
      if (!sizes.every(isLetter)) job.problems.push('printed HTML is not on Letter pages');
      const [label] = job.kit.PAGE_LABELS[job.doc.title[0].lang];
      if (!output('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).includes(`${label} 1 `)) {
        job.problems.push('printed HTML has no page number');
      }
    }
  } finally {
    await browser.close();
  }
}

const soffice = findSoffice();
const missing = missingOfficePackages();
if (!soffice || missing.length > 0) {
  console.error(
    `The documents check needs LibreOffice and poppler. Missing: ${missing.join(', ')}.\n` +
      `Debian: apt-get install -y --no-install-recommends ${missing.join(' ')}` +
      ' (npm test installs them by itself when run as root). Or set SOFFICE_PATH.',
  );
  process.exit(1);
}

const started = performance.now();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const kit = await loadKit();
const bundled = performance.now();

const jobs = [];
for (const [templateId, sampleName] of CASES) {
  for (const locale of LOCALES) {
    const partnership = kit[sampleName];
    const doc = kit.buildDocument(templateId, partnership, { locale });
    const file = path.join(work, `${templateId}.${locale}.docx`);
    writeFileSync(file, await kit.renderDocx(doc));
    jobs.push({ name: `${templateId}.${locale}`, file, doc, partnership, kit, problems: [] });
  }
}
const rendered = performance.now();

// One LibreOffice run converts every file; its own profile keeps it apart from any other.
output(soffice, [
  `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
  '--headless',
  '--convert-to',
  'pdf',
  '--outdir',
  work,
  ...jobs.map((job) => job.file),
]);
const converted = performance.now();
await checkHtml(jobs);
const browsed = performance.now();

let failed = false;
console.log('document                          pages  words  result');
for (const job of jobs) {
  const pdf = job.file.replace(/\.docx$/, '.pdf');
  const { problems: found, pages, words } = checkPdf(pdf, job.doc, kit, job.partnership);
  const problems = [...found, ...job.problems];
  failed ||= problems.length > 0;
  console.log(
    `${job.name.padEnd(32)} ${String(pages).padStart(6)} ${String(words).padStart(6)}  ${problems.length === 0 ? 'ok' : 'FAILED'}`,
  );
  for (const problem of problems) console.log(`  ✖ ${problem}`);
}
const checked = performance.now();
console.log(
  `\nbundle ${seconds(bundled - started)}, DOCX ${seconds(rendered - bundled)}, ` +
    `LibreOffice ${seconds(converted - rendered)}, HTML in Chromium ${seconds(browsed - converted)}, ` +
    `PDF checks ${seconds(checked - browsed)}, ` +
    `total ${seconds(checked - started)} — PDFs in ${path.relative(root, work)}`,
);
if (failed) process.exit(1);
