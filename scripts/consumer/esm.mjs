// Run by scripts/check-packages.mjs inside a fresh consumer project: the packages as a Node ESM
// application sees them.
import assert from 'node:assert/strict';
import { resolveLocale } from '@partnership-kit/core';
import { RaciLegend } from '@partnership-kit/react';
import { raciLegend } from '@partnership-kit/templates';
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
console.log(`  ESM: imported the three packages and rendered RaciLegend (React ${version})`);
