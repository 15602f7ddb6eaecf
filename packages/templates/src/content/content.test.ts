import { LEADERSHIP_AWARE_QUESTION_ID, WORKSHEET_IDS } from '@partnership-kit/core';
import { typeset } from '@partnership-kit/core/format';
import { validateRaci } from '@partnership-kit/core/raci';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_TEMPLATE } from '../document/agreement.template';
import { FIELDS } from '../document/fields';
import { MOU_TEMPLATE } from '../document/mou.template';
import { RACI_LEGEND } from '../raci/raci-legend.content';
import { CONVERSATION_GUIDE_WORKSHEET } from './conversation-guide.worksheet';
import { RACI_PRESET_ROLES, RACI_PRESET_TASKS, raciPresetMatrix } from './raci.presets';
import { SELF_REFLECTION_WORKSHEET } from './self-reflection.worksheet';
import { SWOT_WORKSHEET } from './swot.worksheet';

/** Every `{ fr, en }` pair anywhere inside a value, with where it is. */
function localizedTexts(value: unknown, path = ''): [string, { fr: unknown; en: unknown }][] {
  if (typeof value !== 'object' || value === null) return [];
  if ('fr' in value && 'en' in value) return [[path, value as { fr: unknown; en: unknown }]];
  return Object.entries(value).flatMap(([key, inner]) => localizedTexts(inner, `${path}.${key}`));
}

const CONTENT = {
  SELF_REFLECTION_WORKSHEET,
  CONVERSATION_GUIDE_WORKSHEET,
  SWOT_WORKSHEET,
  RACI_PRESET_ROLES,
  RACI_PRESET_TASKS,
  MOU_TEMPLATE,
  AGREEMENT_TEMPLATE,
  RACI_LEGEND,
  FIELDS,
};

describe('French content shown as written (worksheets, RACI presets and legend)', () => {
  // Screens print these strings as they are: they carry Canadian typography themselves (no
  // space before ? ; !, no-break space before : and inside « », typographic apostrophes), one
  // term per concept (« organisme », never « organisation ») and inclusive forms.
  const shown = localizedTexts({
    SELF_REFLECTION_WORKSHEET,
    CONVERSATION_GUIDE_WORKSHEET,
    SWOT_WORKSHEET,
    RACI_PRESET_ROLES,
    RACI_PRESET_TASKS,
    RACI_LEGEND,
  }).flatMap(([path, t]) => (typeof t.fr === 'string' ? [[path, t.fr] as const] : []));

  it('is already typeset for Canadian French', () => {
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.filter(([, fr]) => typeset(fr, 'fr') !== fr)).toEqual([]);
  });

  it('says « organisme » and writes job seekers and job coaches in inclusive forms', () => {
    const texts = shown.map(([, fr]) => fr).join('\n');
    expect(texts).not.toMatch(/organisation/i);
    expect(texts).not.toMatch(/(?<!demandeuses et )\bdemandeurs d’emploi/);
    expect(texts).not.toMatch(/(?<!formatrice ou )\bformateur en milieu/i);
  });
});

describe('content parity', () => {
  const texts = localizedTexts(CONTENT);

  it('finds the content to check', () => {
    expect(texts.length).toBeGreaterThan(140);
  });

  it('has every string in both languages, none blank', () => {
    const broken = texts.filter(
      ([, t]) =>
        typeof t.fr !== 'string' ||
        typeof t.en !== 'string' ||
        t.fr.trim() === '' ||
        t.en.trim() === '',
    );
    expect(broken.map(([path]) => path)).toEqual([]);
  });

  it('never leaves English in the French side (or the reverse) by copy-paste', () => {
    // Short words are the same in both languages ("Parties", "Description", ", ").
    const same = texts.filter(([, t]) => t.fr === t.en && String(t.fr).length > 12);
    expect(same.map(([path]) => path)).toEqual([]);
  });
});

describe('worksheets', () => {
  it('self-reflection has the ten questions of WS-SELF, the last about leadership', () => {
    const questions = SELF_REFLECTION_WORKSHEET.sections.flatMap((s) => s.questions);
    expect(questions).toHaveLength(10);
    expect(questions.at(-1)?.id).toBe(LEADERSHIP_AWARE_QUESTION_ID);
    expect(SELF_REFLECTION_WORKSHEET).toMatchObject({
      id: WORKSHEET_IDS.selfReflection,
      asksNextSteps: true,
    });
  });

  it('the conversation guide has the six sections of WS-TALK, and "impact on our clients" only once', () => {
    expect(CONVERSATION_GUIDE_WORKSHEET.sections.map((s) => s.id)).toEqual([
      'purpose',
      'impacts',
      'objectives',
      'value',
      'alternatives',
      'next-steps',
    ]);
    const texts = CONVERSATION_GUIDE_WORKSHEET.sections.flatMap((s) =>
      s.questions.map((q) => q.text.en),
    );
    expect(texts.filter((t) => /impact be on our clients/.test(t))).toHaveLength(1);
  });

  it('the SWOT grid has the four quadrants of the document', () => {
    expect(SWOT_WORKSHEET.sections.map((s) => s.id)).toEqual([
      'strengths',
      'weaknesses',
      'opportunities',
      'threats',
    ]);
  });

  it('uses unique question ids within each worksheet', () => {
    for (const worksheet of [
      SELF_REFLECTION_WORKSHEET,
      CONVERSATION_GUIDE_WORKSHEET,
      SWOT_WORKSHEET,
    ]) {
      const ids = worksheet.sections.flatMap((s) => s.questions.map((q) => q.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('raciPresetMatrix', () => {
  it("starts from the guide's five roles and six tasks, in the partnership's languages only", () => {
    const fr = raciPresetMatrix(['fr']);
    expect(fr.roles.map((r) => r.title)).toEqual(
      RACI_PRESET_ROLES.map((r) => ({ fr: r.title.fr })),
    );
    expect(raciPresetMatrix(['en']).tasks.map((t) => t.label)).toEqual(
      RACI_PRESET_TASKS.map((t) => ({ en: t.label.en })),
    );
    expect(raciPresetMatrix().roles[0]?.title).toEqual(RACI_PRESET_ROLES[0]?.title);
    expect(fr.tasks.every((t) => Object.keys(t.cells).length === 0)).toBe(true);
  });

  it('with the example letters, follows every rule except the leads, which depend on the partners', () => {
    const issues = validateRaci(raciPresetMatrix(['en'], { withExampleLetters: true }), {
      organizations: [],
    });
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['RACI_TASK_NO_LEAD']));
  });
});
