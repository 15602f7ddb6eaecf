import { formatCsvLine, neutralizeCsvText, parseCsv, restoreCsvText } from '../common/csv';
import { isUsableId } from '../common/validators';
import { type Locale, resolveLocale } from '../i18n/locale';
import { type Language, localize } from '../i18n/localized-text';
import type { Issue } from '../issues/issue';
import type { IssueCode } from '../issues/issue.messages';
import { type Organization, organizationLabel } from '../organization/organization.schema';
import { createRaciMatrix, type RaciTaskInit } from './raci.create';
import { MAX_RACI_LABEL_LENGTH, type RaciMatrix } from './raci.schema';
import { taskCell } from './raci-cells';
import type { RaciLetter } from './raci-letter.schema';
import { formatRaciLetters, parseRaciLetters } from './raci-letters';

type Partner = Pick<Organization, 'id' | 'legalName' | 'shortName'>;

const HEADERS: Record<Locale, { task: string; lead: string }> = {
  'fr-CA': { task: 'Tâche', lead: 'Organisme chef de file' },
  'en-CA': { task: 'Task', lead: 'Lead organization' },
};

/** Options of {@link raciToCsv}. */
export interface RaciToCsvOptions {
  /**
   * Language of the two fixed headers and of the task labels and role titles (a text missing in
   * that language is written in the other one). Any tag; `fr…` or `en…` decides.
   */
  readonly locale: string;
  /** Partners, to write lead organizations by name rather than by id. */
  readonly organizations?: readonly Partner[];
  /** `,` by default; `;` suits spreadsheets set to French, where `,` is the decimal mark. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Start with a byte-order mark, which Excel needs to read accents in UTF-8. Default false. */
  readonly bom?: boolean;
}

/**
 * Writes a RACI matrix as CSV for spreadsheets: a header row (task, lead organization, then one
 * column per role title), one row per task in order, cells as the guide prints them (`R/A`).
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) is neutralized with a
 * leading apostrophe; {@link raciFromCsv} removes it again. Lines end with CRLF (RFC 4180).
 *
 * @example
 * ```ts
 * const csv = raciToCsv(partnership.raci, { locale: 'fr-CA', organizations: partnership.organizations, bom: true });
 * download(new Blob([csv], { type: 'text/csv' }), 'matrice-raci.csv');
 * ```
 */
export function raciToCsv(matrix: RaciMatrix, options: RaciToCsvOptions): string {
  const delimiter = options.delimiter ?? ',';
  const headers = HEADERS[resolveLocale(options.locale)];
  const partners = new Map((options.organizations ?? []).map((o) => [o.id, o]));
  const leadName = (id: string | undefined) => {
    if (id === undefined) return '';
    const partner = partners.get(id);
    return partner ? organizationLabel(partner) : id;
  };
  const text = (value: Parameters<typeof localize>[0]) => localize(value, options.locale).text;
  const lines = [
    [headers.task, headers.lead, ...matrix.roles.map((role) => text(role.title))],
    ...matrix.tasks.map((task) => [
      text(task.label),
      leadName(task.leadOrganizationId),
      ...matrix.roles.map((role) => formatRaciLetters(taskCell(task, role.id))),
    ]),
  ].map((fields) => formatCsvLine(fields.map(neutralizeCsvText), delimiter));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Options of {@link raciFromCsv}. */
export interface RaciFromCsvOptions {
  /** Partners, to read lead organizations written by id, legal name or short name. */
  readonly organizations?: readonly Partner[];
  /**
   * The language the file's task labels and role titles are written in. By default, the
   * language of its headers (« Tâche » → French, "Task" → English).
   */
  readonly language?: Language;
}

/** The most rows, and the most columns, a file may have: a matrix, not a database. */
export const MAX_CSV_ROWS = 5_000;

/** What {@link raciFromCsv} gives: the matrix with any warnings, or the errors that stop it. */
export type RaciFromCsvResult =
  | { readonly ok: true; readonly value: RaciMatrix; readonly issues: readonly Issue<IssueCode>[] }
  | { readonly ok: false; readonly issues: readonly Issue<IssueCode>[] };

const normalize = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

const TASK_HEADERS = /* @__PURE__ */ (() =>
  new Set(Object.values(HEADERS).map((h) => normalize(h.task))))();
// Files written by the first release said « Organisation responsable »: still read.
const LEAD_HEADERS = /* @__PURE__ */ (() =>
  new Set(
    [...Object.values(HEADERS).map((h) => h.lead), 'Organisation responsable'].map(normalize),
  ))();

/**
 * The delimiter a file uses: whichever of `,` `;` tab appears most in its first record, outside
 * quoted fields (a role title such as "Coach, senior" must not tip the count).
 */
function detectDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Reads a RACI matrix from CSV, as written by {@link raciToCsv} or by hand in a spreadsheet:
 * headers in French or English (accents and case do not matter), `,` `;` or tab as delimiter,
 * cells such as `R`, `A/R`, `r, a`. Tasks and roles get the ids `task-1…` and `role-1…`; the
 * matrix starts as a draft. Problems come back as issues with the line they are on; the lead
 * organization of a task is matched to the partners by id, legal name or short name.
 *
 * @example
 * ```ts
 * const result = raciFromCsv(await file.text(), { organizations: partnership.organizations });
 * if (result.ok) setMatrix(result.value);
 * else showIssues(result.issues);
 * ```
 */
export function raciFromCsv(text: string, options: RaciFromCsvOptions = {}): RaciFromCsvResult {
  const issues: Issue<IssueCode>[] = [];
  const error = (code: IssueCode, line: number, params: Record<string, string | number> = {}) =>
    issues.push({ code, severity: 'error', path: ['line', line], params: { line, ...params } });

  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = parseCsv(source, detectDelimiter(source));
  if (!parsed.ok) {
    error('CSV_UNTERMINATED_QUOTE', parsed.unterminatedQuoteLine);
    return { ok: false, issues };
  }
  const [header, ...rows] = parsed.records;
  if (!header) {
    issues.push({ code: 'CSV_EMPTY', severity: 'error', path: [], params: {} });
    return { ok: false, issues };
  }
  if (rows.length > MAX_CSV_ROWS || header.fields.length > MAX_CSV_ROWS) {
    issues.push({
      code: 'CSV_TOO_MANY_ROWS',
      severity: 'error',
      path: [],
      params: { maximum: MAX_CSV_ROWS },
    });
    return { ok: false, issues };
  }
  const [taskHeader = '', leadHeader = '', ...roleTitles] = header.fields.map(restoreCsvText);
  if (!TASK_HEADERS.has(normalize(taskHeader)) || !LEAD_HEADERS.has(normalize(leadHeader))) {
    error('CSV_HEADER_INVALID', header.line, {
      taskColumn: `${HEADERS['fr-CA'].task} / ${HEADERS['en-CA'].task}`,
      leadColumn: `${HEADERS['fr-CA'].lead} / ${HEADERS['en-CA'].lead}`,
    });
    return { ok: false, issues };
  }
  const language: Language =
    options.language ?? (normalize(taskHeader) === normalize(HEADERS['fr-CA'].task) ? 'fr' : 'en');
  const textOf = (value: string, line: number) => {
    if (value.length > MAX_RACI_LABEL_LENGTH)
      error('CSV_TEXT_TOO_LONG', line, { maximum: MAX_RACI_LABEL_LENGTH });
    return value === '' ? {} : language === 'fr' ? { fr: value } : { en: value };
  };

  const partners = options.organizations;
  const findPartner = (name: string) => {
    const wanted = normalize(name);
    return partners?.find(
      (p) =>
        p.id === name ||
        normalize(p.legalName) === wanted ||
        normalize(p.shortName ?? '') === wanted,
    );
  };
  const roles = roleTitles.map((title, index) => ({
    id: `role-${index + 1}`,
    title: textOf(title, header.line),
  }));
  const tasks: RaciTaskInit[] = [];
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      error('CSV_ROW_LENGTH', row.line, {
        found: row.fields.length,
        expected: header.fields.length,
      });
      continue;
    }
    const [label = '', lead = '', ...values] = row.fields.map(restoreCsvText);
    const id = `task-${tasks.length + 1}`;
    let leadOrganizationId: string | undefined;
    if (lead.trim() !== '') {
      const partner = findPartner(lead.trim());
      leadOrganizationId = partner?.id ?? lead.trim();
      if (!isUsableId(leadOrganizationId)) {
        // Not a partner, and not something that can be kept as an id either.
        error('CSV_UNKNOWN_ORGANIZATION', row.line, { organization: lead.trim() });
        leadOrganizationId = undefined;
      } else if (partners && !partner) {
        issues.push({
          code: 'CSV_UNKNOWN_ORGANIZATION',
          severity: 'warning',
          path: ['line', row.line],
          params: { line: row.line, organization: lead.trim() },
        });
      }
    }
    const cells: Record<string, RaciLetter[]> = {};
    values.forEach((value, index) => {
      const letters = parseRaciLetters(value);
      const role = roleTitles[index];
      if (role === undefined) return;
      if (letters === undefined) error('CSV_INVALID_LETTERS', row.line, { column: role, value });
      else if (letters.length > 0) cells[`role-${index + 1}`] = letters;
    });
    tasks.push({
      id,
      label: textOf(label, row.line),
      ...(leadOrganizationId === undefined ? {} : { leadOrganizationId }),
      cells,
    });
  }
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return { ok: true, value: createRaciMatrix({ tasks, roles }), issues };
}
