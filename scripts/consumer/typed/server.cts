// Type-checked by scripts/check-packages.mjs (tsconfig.json): CommonJS server code.
import '@partnership-kit/react/styles.css'; // resolved through the `require` condition

import core = require('@partnership-kit/core');
import templates = require('@partnership-kit/templates');

function markdownOf(saved: string, acceptLanguage: readonly string[]): string | undefined {
  const loaded = core.parsePartnership(JSON.parse(saved));
  if (!loaded.ok) return undefined;
  const locale = core.resolveLocale(acceptLanguage) === 'fr-CA' ? 'fr' : 'en';
  return templates.renderMarkdown(templates.buildDocument('mou', loaded.value, { locale }));
}

export = { markdownOf };
