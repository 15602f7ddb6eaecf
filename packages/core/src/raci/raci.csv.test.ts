import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizationsArb, raciMatrixArb } from '../../test/arbitraries';
import { PROPERTY_TEST_MS } from '../../test/budgets';
import { GUIDE_ORGANIZATIONS, guideRaci } from '../../test/fixtures/guide-example';
import { localize } from '../i18n/localized-text';
import { raciFromCsv, raciToCsv } from './raci.csv';
import { type RaciMatrix, RaciMatrixSchema } from './raci.schema';
import { raciCell } from './raci-cells';

const organizations = GUIDE_ORGANIZATIONS;

/** What a spreadsheet in one language shows of a matrix: everything but ids and role organizations. */
const visible = (matrix: RaciMatrix, lang: 'fr' | 'en') => ({
  tasks: matrix.tasks.map((t) => [localize(t.label, lang).text, t.leadOrganizationId]),
  roles: matrix.roles.map((r) => localize(r.title, lang).text),
  cells: matrix.tasks.map((t) => matrix.roles.map((r) => raciCell(matrix, t.id, r.id).join(''))),
});

describe('raciToCsv', () => {
  describe("given the guide's example in French", () => {
    it('writes the header, one line per task in order, leads by name and cells as the guide prints them', () => {
      const csv = raciToCsv(guideRaci(), { locale: 'fr-CA', organizations });
      expect(csv.split('\r\n').slice(0, 3)).toEqual([
        'Tâche,Organisme chef de file,Formatrice ou formateur en milieu de travail,Spécialiste de l’emploi,Agente ou agent d’admission,Gestionnaire de programme,Direction générale',
        'Formulaires d’admission,Agency B,C,C,R,A,I',
        'Évaluation et vérification de l’admissibilité,Agency B,C,C,R,A,I',
      ]);
      expect(csv.endsWith('\r\n')).toBe(true);
    });
  });

  it('writes English headers, another delimiter and a byte-order mark on request', () => {
    const csv = raciToCsv(guideRaci(), { locale: 'en', delimiter: ';', bom: true });
    expect(csv.startsWith('\uFEFFTask;Lead organization;Job coach;')).toBe(true);
    expect(csv).toContain('\r\nIntake forms;agency-b;C;C;R;A;I\r\n');
  });

  it('neutralizes text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    const matrix = structuredClone(guideRaci());
    (matrix.tasks[0] as { label: object }).label = { en: '=HYPERLINK("http://x","click")' };
    (matrix.roles[0] as { title: object }).title = { en: '@SUM(1+1), "coach"' };
    const [header = '', first = ''] = raciToCsv(matrix, { locale: 'en' }).split('\r\n');
    expect(first.startsWith(`"'=HYPERLINK(""http://x"",""click"")"`)).toBe(true);
    expect(header).toContain(`"'@SUM(1+1), ""coach"""`);
  });

  it('neutralizes text that starts with a control character, NUL included (G1 item 16)', () => {
    const matrix = structuredClone(guideRaci());
    (matrix.tasks[0] as { label: object }).label = { en: '\u0000=1+1' };
    (matrix.tasks[1] as { label: object }).label = { en: '\u0008cmd' };
    const lines = raciToCsv(matrix, { locale: 'en' }).split('\r\n');
    expect(lines[1]?.startsWith("'\u0000=1+1")).toBe(true);
    expect(lines[2]?.startsWith("'\u0008cmd")).toBe(true);
    const back = raciFromCsv(raciToCsv(matrix, { locale: 'en' }));
    expect(back.ok && back.value.tasks[0]?.label).toEqual({ en: '\u0000=1+1' });
  });

  it('writes each text in the requested language, the other one when it is missing', () => {
    const matrix = structuredClone(guideRaci());
    (matrix.tasks[0] as { label: object }).label = { en: 'Intake forms' };
    const lines = raciToCsv(matrix, { locale: 'fr' }).split('\r\n');
    expect(lines[1]?.startsWith('Intake forms,')).toBe(true);
    expect(lines[2]?.startsWith('Évaluation')).toBe(true);
  });
});

describe('raciFromCsv', () => {
  it('reads back the guide example, in either language, with leads matched to partners', () => {
    for (const locale of ['fr-CA', 'en-CA']) {
      const result = raciFromCsv(raciToCsv(guideRaci(), { locale, organizations }), {
        organizations,
      });
      const lang = locale === 'fr-CA' ? 'fr' : 'en';
      expect(result.ok && visible(result.value, lang)).toEqual(visible(guideRaci(), lang));
      expect(result.ok && result.value.tasks[0]?.label).toEqual(
        lang === 'fr' ? { fr: 'Formulaires d’admission' } : { en: 'Intake forms' },
      );
      expect(result.ok && result.value.status).toBe('draft');
    }
  });

  it('accepts what people type in spreadsheets: semicolons, accents dropped, A/R in any form', () => {
    const text = 'TACHE;organisation RESPONSABLE;Coach;Manager\nIntake;Agency B;r, a;\n';
    const result = raciFromCsv(text, { organizations });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tasks).toEqual([
      {
        id: 'task-1',
        label: { fr: 'Intake' },
        leadOrganizationId: 'agency-b',
        cells: { 'role-1': ['R', 'A'] },
      },
    ]);
  });

  describe('given malformed CSV', () => {
    it('reports each problem with its line number', () => {
      const text =
        'Task,Lead organization,Coach\r\nA,Agency A,R\r\nB,Agency A\r\nC,Agency A,X\r\n"D,Agency A,R\r\n';
      const result = raciFromCsv(text, { organizations });
      expect(result).toMatchObject({
        ok: false,
        issues: [{ code: 'CSV_UNTERMINATED_QUOTE', params: { line: 5 } }],
      });
      const fixed = raciFromCsv(text.replace('"D', 'D'), { organizations });
      expect(fixed.ok).toBe(false);
      expect(!fixed.ok && fixed.issues.map((i) => [i.code, i.params.line])).toEqual([
        ['CSV_ROW_LENGTH', 3],
        ['CSV_INVALID_LETTERS', 4],
      ]);
    });

    it('counts lines inside quoted fields', () => {
      const result = raciFromCsv(
        'Task,Lead organization,Coach\n"Two\nlines",Agency A,R\nNext,Agency A,Z\n',
        { organizations },
      );
      expect(!result.ok && result.issues[0]?.params.line).toBe(4);
    });

    it('returns issues, never a matrix that would not load: a label over 500 characters, a lead that cannot be an id', () => {
      const long = raciFromCsv(`Task,Lead organization,Coach\n${'x'.repeat(501)},,R\n`);
      expect(long).toMatchObject({
        ok: false,
        issues: [{ code: 'CSV_TEXT_TOO_LONG', params: { line: 2 } }],
      });
      const proto = raciFromCsv('Task,Lead organization,Coach\nA,__proto__,R\n');
      expect(proto).toMatchObject({
        ok: false,
        issues: [{ code: 'CSV_UNKNOWN_ORGANIZATION', severity: 'error' }],
      });
    });

    it('refuses a file with more rows than a matrix can have', () => {
      const text = `Task,Lead organization\n${'A,\n'.repeat(5_001)}`;
      expect(raciFromCsv(text)).toMatchObject({
        ok: false,
        issues: [{ code: 'CSV_TOO_MANY_ROWS' }],
      });
    });

    it('refuses an empty file and a file without the two fixed columns', () => {
      expect(raciFromCsv('')).toMatchObject({ ok: false, issues: [{ code: 'CSV_EMPTY' }] });
      expect(raciFromCsv('Name,Coach\nA,R\n')).toMatchObject({
        ok: false,
        issues: [{ code: 'CSV_HEADER_INVALID', params: { line: 1 } }],
      });
    });

    it('keeps an unknown lead organization as written, with a warning', () => {
      const result = raciFromCsv('Task,Lead organization,Coach\nA,Agency Z,R\n', { organizations });
      expect(result).toMatchObject({
        ok: true,
        value: { tasks: [{ leadOrganizationId: 'Agency Z' }] },
        issues: [{ code: 'CSV_UNKNOWN_ORGANIZATION', severity: 'warning', params: { line: 2 } }],
      });
    });
  });

  it('detects the delimiter from the first record, ignoring commas inside quoted titles', () => {
    const text =
      'Task\tLead organization\t"Coach, senior, town A"\t"Manager, B"\nIntake\tAgency A\tR\tA\n';
    const result = raciFromCsv(text, { organizations });
    expect(result.ok && result.value.roles.map((r) => r.title)).toEqual([
      { en: 'Coach, senior, town A' },
      { en: 'Manager, B' },
    ]);
  });

  it('round-trips any matrix: what the spreadsheet shows comes back the same', {
    timeout: PROPERTY_TEST_MS,
  }, () => {
    fc.assert(
      fc.property(
        organizationsArb.chain((orgs) =>
          fc.tuple(fc.constant(orgs), raciMatrixArb(orgs.map((o) => o.id))),
        ),
        fc.constantFrom(',' as const, ';' as const, '\t' as const),
        fc.boolean(),
        ([orgs, matrix], delimiter, bom) => {
          // A matrix with no role and no task is one header line: still a valid file.
          const csv = raciToCsv(matrix, { locale: 'en', organizations: orgs, delimiter, bom });
          const result = raciFromCsv(csv, { organizations: orgs, language: 'en' });
          expect(result.ok ? visible(result.value, 'en') : result.issues).toEqual(
            visible(matrix, 'en'),
          );
          // Every value that comes back is a valid one.
          expect(result.ok && RaciMatrixSchema.safeParse(result.value).success).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
