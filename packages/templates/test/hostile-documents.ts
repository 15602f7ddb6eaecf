// Documents full of what an attacker, or an unlucky copy-paste, could type: every renderer's
// escaping is tested on them (src/render/escaping.test.ts).
import { CLAUSE_IDS } from '@partnership-kit/core';
import { expect } from 'vitest';
import { buildDocument } from '../src/document/build-document';
import type { PartnershipDocument } from '../src/document/document.types';
import { caseStudy2 } from '../src/samples';

/** Text an attacker, or an unlucky copy-paste, could put in any field of a partnership. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)" x="',
  "' autofocus onfocus='alert(1)",
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '[your bank](https://evil.example/phish)',
  '![pixel](https://evil.example/p.png)',
  '<https://evil.example>',
  '<!-- hidden --> comment',
  '<style>body{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '# fake heading\n- fake item\n    indented code\n1. fake list',
  '   # heading after spaces\n  1. numbered after spaces\n - item after a space\n  > quote\n   ---',
  'Agency #1 ###',
  'line one\n   === setext?\n+ plus item',
  '`code` *bold* _em_ ~~strike~~ | pipe |',
  'NUL\u0000 BEL\u0007 ESC\u001b[31m',
  'invoice \u202Egnp.exe\u202C and \u2066isolate\u2069',
  ']]> and &amp; and &lt;',
  'lone \uD800 surrogate and \uFFFF',
  'x'.repeat(10_000),
];

/** Case study 2 with every text a person typed replaced by a payload, in both languages. */
export function hostile(): PartnershipDocument[] {
  const payload = (i: number) => PAYLOADS[i % PAYLOADS.length] as string;
  let n = 0;
  const next = () => payload(n++);
  const both = () => ({ fr: next(), en: next() });
  const p = structuredClone(caseStudy2);
  p.name = both();
  p.purpose = both();
  p.scope = both();
  p.why = both();
  p.values = both();
  p.organizations = p.organizations.map((o, i) => ({
    ...o,
    legalName: i === 0 ? 'Agency #1 ###' : next(),
    address: next(),
    mission: both(),
    pointsOfContact: [{ id: `${o.id}-c`, title: both() }],
  }));
  p.raci = {
    ...p.raci,
    tasks: p.raci.tasks.map((t) => ({ ...t, label: both() })),
    roles: p.raci.roles.map((r) => ({ ...r, title: both() })),
  };
  p.resources = p.resources.map((r) => ({ ...r, description: both() }));
  const agreement = p.agreement as NonNullable<typeof p.agreement>;
  p.agreement = {
    ...agreement,
    signatories: agreement.signatories.map((s) => ({ ...s, name: next(), title: both() })),
    clauses: Object.fromEntries(CLAUSE_IDS.map((id) => [id, both()])),
  };
  expect(n).toBeGreaterThan(PAYLOADS.length * 2); // every payload is used, most of them twice or more
  return (['fr', 'en', 'fr-en', 'en-fr'] as const).flatMap((locale) => [
    buildDocument('partnership-agreement', p, { locale }),
    buildDocument('mou', p, { locale }),
  ]);
}
