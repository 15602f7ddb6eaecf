import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Vitest gives every test 5 s. Heavy tests (property and fuzz runs, axe, jsdom parsing,
// html-validate, zipping a Word file, writing a PDF, a TypeScript program, a child process) take a second or less on an idle machine, and ten times
// that on a small CI machine busy with other work: there they failed one after the other. Each
// heavy test therefore states its own budget (`it(name, fn, BUDGET)`, or `{ timeout }` on the
// test or an enclosing describe), sized in each package's test/budgets.ts; this test finds
// those that do not. `pnpm test:under-load` runs the whole suite beside two busy processes.
const root = fileURLToPath(new URL('..', import.meta.url));

/** What makes a test heavy: the calls below, in the test or in a helper of its file. */
const HEAVY =
  /\bfc\.assert\(|\bexpectNoAxeViolations\(|\baxe\.run\(|\brender(?:Docx|Pdf)(?:Blob)?\(|\bnew JSDOM\(|\bvalidator\.validate\w*\(|\bts\.createProgram\(|\bspawnSync\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    if (entry.isDirectory()) return testFiles(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const TEST_FUNCTIONS = new Set(['it', 'test']);

/** `it`, `it.each(…)`, `it.only`, `test.concurrent.each(…)`…: the name at the root of the callee. */
function rootName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return rootName(expression.expression);
  if (ts.isCallExpression(expression)) return rootName(expression.expression);
  return undefined;
}

const hasTimeoutOption = (node: ts.Node | undefined) =>
  node !== undefined &&
  ts.isObjectLiteralExpression(node) &&
  node.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'timeout');

/** Whether a test call, or a describe around it, sets its own time budget. */
function hasBudget(call: ts.CallExpression): boolean {
  const [, second, third] = call.arguments;
  if (third !== undefined || hasTimeoutOption(second)) return true;
  for (let node: ts.Node = call.parent; !ts.isSourceFile(node); node = node.parent) {
    if (ts.isCallExpression(node) && rootName(node.expression) === 'describe') {
      if (hasTimeoutOption(node.arguments[1]) || node.arguments[2] !== undefined) return true;
    }
  }
  return false;
}

/** The tests of one file that do heavy work without a budget of their own. */
function unbudgeted(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // Helpers declared in the file (functions and arrow functions) that do heavy work, directly
  // or through another such helper.
  const helpers = new Map<string, string>();
  const collect = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name) helpers.set(node.name.text, node.getText());
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      helpers.set(node.name.text, node.initializer.getText());
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const heavyHelpers = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, body] of helpers) {
      if (heavyHelpers.has(name)) continue;
      const callsHeavy = [...heavyHelpers].some((h) => new RegExp(`\\b${h}\\(`).test(body));
      if (HEAVY.test(body) || callsHeavy) {
        heavyHelpers.add(name);
        grew = true;
      }
    }
  }
  const isHeavy = (body: string) =>
    HEAVY.test(body) || [...heavyHelpers].some((h) => new RegExp(`\\b${h}\\(`).test(body));

  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && TEST_FUNCTIONS.has(rootName(node.expression) ?? '')) {
      const body = node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
      const [name] = node.arguments;
      if (body && isHeavy(body.getText()) && !hasBudget(node)) {
        const title = name && ts.isStringLiteralLike(name) ? name.text : name?.getText();
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${path.relative(root, file)}:${line + 1} ${title}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('heavy tests', () => {
  const files = ['packages', 'apps', 'test'].flatMap((dir) => testFiles(path.join(root, dir)));

  it('are found where they live (the scan sees the test files)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((file) => file.endsWith('partnership.parse.test.ts'))).toBe(true);
  });

  it('each state their own time budget instead of relying on the 5 s default', () => {
    expect(files.flatMap(unbudgeted)).toEqual([]);
  });
});
