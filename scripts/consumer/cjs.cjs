// Run by scripts/check-packages.mjs inside a fresh consumer project: the packages as a
// CommonJS application (or Jest, or an older server) sees them.
const assert = require('node:assert/strict');
const { resolveLocale } = require('@partnership-kit/core');
const { raciLegend, buildDocument, renderMarkdown } = require('@partnership-kit/templates');
const { caseStudy2 } = require('@partnership-kit/templates/samples');
const { RaciLegend, RaciLegendDialog } = require('@partnership-kit/react');
const { createElement, version } = require('react');
const { renderToString } = require('react-dom/server');

for (const name of ['core', 'templates', 'react']) {
  assert.match(require.resolve(`@partnership-kit/${name}`), /[\\/]dist[\\/]index\.cjs$/);
}
assert.equal(resolveLocale(['de', 'fr-BE']), 'fr-CA');
assert.equal(raciLegend('fr-CA')[0].name, 'Responsable');
assert.match(renderToString(createElement(RaciLegend, { locale: 'en-CA' })), /Accountable/);
assert.match(
  renderToString(createElement(RaciLegendDialog, { locale: 'en-CA' })),
  /What do R, A, C and I mean\?/,
);
assert.match(
  renderMarkdown(buildDocument('partnership-agreement', caseStudy2, { locale: 'fr' })),
  /^# Accord de partenariat/,
);
// Every subpath entry the manifests declare can be required (the stylesheet aside).
let subpaths = 0;
for (const name of ['core', 'templates', 'react']) {
  const manifest = require(`@partnership-kit/${name}/package.json`);
  for (const key of Object.keys(manifest.exports)) {
    if (key === '.' || key.endsWith('.css') || key.endsWith('.json')) continue;
    const specifier = `@partnership-kit/${name}${key.slice(1)}`;
    assert.ok(Object.keys(require(specifier)).length > 0, `${specifier} exports nothing`);
    subpaths += 1;
  }
}
console.log(
  `  CJS: required the three packages and ${subpaths} subpath entries, rendered both components (React ${version})`,
);
