/** One record of a CSV file, with the line it starts on (1-based) for error messages. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** What {@link parseCsv} found: the records, or the line of a quote that never closes. */
export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly unterminatedQuoteLine: number };

/**
 * What a spreadsheet may read as the start of a formula (OWASP "CSV injection"): `=`, `+`, `-`,
 * `@`, and any control character (tab, carriage return, NUL…), which some spreadsheets skip
 * before looking for a formula.
 */
function startsLikeFormula(value: string): boolean {
  const first = value.charCodeAt(0);
  return first < 0x20 || first === 0x7f || (value !== '' && '=+-@'.includes(value.charAt(0)));
}

/**
 * Reads CSV text (RFC 4180): fields in double quotes may hold the delimiter, quotes (doubled)
 * and line breaks; CRLF, LF and a leading byte-order mark are accepted. Lines that are empty are
 * skipped. Spaces are kept as typed.
 */
export function parseCsv(text: string, delimiter: string): CsvParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) return { ok: false, unterminatedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

/**
 * Makes text safe to open in a spreadsheet: a value that starts like a formula (`=`, `+`, `-`,
 * `@`, or a control character such as tab, carriage return or NUL) gets a leading apostrophe, which spreadsheets show as text. A value
 * that already starts with an apostrophe gets one more, so {@link restoreCsvText} can undo
 * exactly what was added.
 */
export function neutralizeCsvText(value: string): string {
  return startsLikeFormula(value) || value.startsWith("'") ? `'${value}` : value;
}

/** Undoes {@link neutralizeCsvText}: drops the apostrophe it added, and only that one. */
export function restoreCsvText(value: string): string {
  return value.startsWith("'") && (startsLikeFormula(value.slice(1)) || value[1] === "'")
    ? value.slice(1)
    : value;
}

/**
 * One CSV line. A field is quoted when it holds a quote, a line break or any of the usual
 * delimiters (`,` `;` tab), not only the one in use: then the delimiter is the only one of them
 * left outside quotes, and a reader that detects it cannot guess wrong.
 */
export function formatCsvLine(fields: readonly string[], delimiter: string): string {
  return fields
    .map((field) => (/[",;\t\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(delimiter);
}
