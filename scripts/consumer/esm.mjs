// Run by scripts/check-packages.mjs inside a fresh consumer project: the packages as a Node ESM
// application sees them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveLocale } from '@partnership-kit/core';
import { RaciLegend, RaciMatrix } from '@partnership-kit/react';
import { buildDocument, raciLegend, renderHtml } from '@partnership-kit/templates';
import { caseStudy1 } from '@partnership-kit/templates/samples';
import { createElement, version } from 'react';
import { renderToString } from 'react-dom/server';

for (const name of ['core', 'templates', 'react']) {
  assert.match(import.meta.resolve(`@partnership-kit/${name}`), /\/dist\/index\.js$/);
}
assert.equal(resolveLocale('en-US'), 'en-CA');
assert.equal(raciLegend('en-CA')[1]?.name, 'Accountable');
const html = renderToString(createElement(RaciLegend, { locale: 'fr-CA' }));
assert.match(html, /^<dl /);
assert.match(html, /Assume la responsabilité/);
assert.match(
  renderToString(
    createElement(RaciMatrix, {
      'aria-label': 'RACI',
      organizations: caseStudy1.organizations,
      defaultValue: caseStudy1.raci,
    }),
  ),
  /role="grid"/,
);
const doc = buildDocument('mou', caseStudy1, { locale: 'fr-en' });
assert.match(renderHtml(doc), /<html lang="fr-CA">/);
// Every subpath entry the manifests declare loads and exports something (the stylesheet aside).
const subpaths = [];
for (const name of ['core', 'templates', 'react']) {
  const manifest = JSON.parse(
    readFileSync(new URL(`./node_modules/@partnership-kit/${name}/package.json`, import.meta.url)),
  );
  for (const key of Object.keys(manifest.exports)) {
    if (key === '.' || key.endsWith('.css') || key.endsWith('.json')) continue;
    const specifier = `@partnership-kit/${name}${key.slice(1)}`;
    const module = await import(specifier);
    assert.ok(Object.keys(module).length > 0, `${specifier} exports nothing`);
    subpaths.push(specifier);
  }
}
console.log(
  `  ESM: imported the three packages and ${subpaths.length} subpath entries, rendered RaciLegend and an MOU to HTML (React ${version})`,
);
